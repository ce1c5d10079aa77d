package dev.testgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.spi.Neo4jServerProvider.Availability;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What Java the harness on the class path needs, read from real neo4j-harness jars: the one the build runs on, and the
 * newest calendar release alone (copied to {@code target/current-harness} by the build).
 */
class HarnessOnClassPathTest {

    @Test
    void the_harness_this_build_runs_on_can_run_on_this_jvm() {
        HarnessOnClassPath harness = HarnessOnClassPath.find(getClass().getClassLoader()).orElseThrow();

        assertThat(harness.version()).isEqualTo(org.neo4j.harness.Neo4jBuilders.class.getPackage()
                .getImplementationVersion());
        assertThat(harness.javaRelease()).isEqualTo(harness.version().startsWith("5.") ? 17 : 21);
        assertThat(harness.tooNewFor(Runtime.version().feature())).isEmpty();
    }

    @Test
    void a_calendar_release_on_java_17_is_unavailable_with_the_reason_and_what_to_do() throws Exception {
        try (URLClassLoader current = currentHarness()) {
            HarnessOnClassPath harness = HarnessOnClassPath.find(current).orElseThrow();
            assertThat(harness.version()).matches("20\\d\\d\\.\\d\\d\\.\\d+");
            assertThat(harness.javaRelease()).isGreaterThanOrEqualTo(21);

            Availability onJava17 = EmbeddedNeo4jServerProvider.availability(current, 17);

            assertThat(onJava17.isAvailable()).isFalse();
            assertThat(onJava17.reason()).isEqualTo("Neo4j " + harness.version()
                    + " (neo4j-harness on the test class path) needs Java " + harness.javaRelease() + "+, this JVM is 17");
            assertThat(onJava17.fix()).contains("newer JDK").contains("Backend.TESTCONTAINERS");
            assertThat(EmbeddedNeo4jServerProvider.availability(current, harness.javaRelease()).isAvailable()).isTrue();
        }
    }

    @Test
    void without_a_harness_nothing_is_claimed() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThat(HarnessOnClassPath.find(empty)).isEmpty();
        }
    }

    private static URLClassLoader currentHarness() throws Exception {
        try (Stream<Path> jars = Files.list(Path.of("target", "current-harness"))) {
            URL[] urls = jars.filter(jar -> jar.toString().endsWith(".jar"))
                    .map(jar -> {
                        try {
                            return jar.toUri().toURL();
                        } catch (java.net.MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toArray(URL[]::new);
            assertThat(urls).hasSize(1);
            return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        }
    }
}
