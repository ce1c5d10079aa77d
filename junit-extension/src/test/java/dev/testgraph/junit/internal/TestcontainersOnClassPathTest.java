package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.spi.Neo4jServerProvider.Availability;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers core line, read from real jars: the one this build runs on, and core 1.21.3 alone (copied to
 * {@code target/old-testcontainers} by the build), the line Spring Boot 3.x's BOM pins.
 */
class TestcontainersOnClassPathTest {

    @Test
    void the_core_of_this_build_is_new_enough() {
        assertThat(TestcontainersOnClassPath.coreVersion(getClass().getClassLoader()))
                .contains(org.testcontainers.DockerClientFactory.class.getPackage().getImplementationVersion());
        assertThat(TestcontainersOnClassPath.coreTooOld(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void core_1_makes_the_backend_unavailable_with_the_version_and_the_fix() throws Exception {
        URL jar = Path.of("target", "old-testcontainers", "testcontainers-1.21.3.jar").toUri().toURL();
        try (URLClassLoader old = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            Optional<Availability> availability = TestcontainersOnClassPath.coreTooOld(old);

            assertThat(availability).hasValueSatisfying(unavailable -> {
                assertThat(unavailable.isAvailable()).isFalse();
                assertThat(unavailable.reason()).isEqualTo("Testcontainers core 1.21.3 is on the test class path,"
                        + " older than the 2.x line Testgraph's containers need");
                assertThat(unavailable.fix()).contains("<testcontainers.version>2.0.5</testcontainers.version>")
                        .contains("testcontainers-bom:2.0.5");
            });
        }
    }

    @Test
    void without_testcontainers_nothing_is_claimed() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThat(TestcontainersOnClassPath.coreVersion(empty)).isEmpty();
        }
    }
}
