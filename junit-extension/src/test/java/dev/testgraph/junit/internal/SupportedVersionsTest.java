package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run on a JUnit Jupiter older than 5.13 or a driver older than 5.26 stops when the launcher session opens, with the
 * fix, before any test: on real JUnit 5.10 and 5.12 jars, each in a JVM of its own, and real driver 5.15 and 5.22 jars
 * (copied to {@code target/old-junit} and {@code target/old-driver} by the build).
 */
class SupportedVersionsTest {

    @Test
    void the_jupiter_and_driver_of_this_build_are_new_enough() {
        assertThat(SupportedVersions.problems(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void driver_5_15_is_too_old_with_its_version_and_the_fix() throws Exception {
        URL jar = Path.of("target", "old-driver", "neo4j-java-driver-5.15.0.jar").toUri().toURL();
        try (URLClassLoader old = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            assertThat(SupportedVersions.driverTooOld(old)).contains("5.15.0");
            assertThat(SupportedVersions.problems(old)).containsExactly(SupportedVersions.driverMessage("5.15.0"));
        }
        assertThat(SupportedVersions.driverMessage("5.15.0")).startsWith(
                "Testgraph needs neo4j-java-driver 5.26 or newer; this run has 5.15.0")
                .contains("<neo4j-java-driver.version>5.28.15</neo4j-java-driver.version>");
    }

    @Test
    void driver_5_22_has_gql_status_objects_but_is_still_too_old() throws Exception {
        URL jar = Path.of("target", "old-driver", "neo4j-java-driver-5.22.0.jar").toUri().toURL();
        try (URLClassLoader old = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            assertThat(old.loadClass("org.neo4j.driver.summary.GqlStatusObject")).isNotNull();
            assertThat(SupportedVersions.driverTooOld(old)).contains("5.22.0");
        }
        assertThat(SupportedVersions.olderThan("5.26.0", "5.26")).isFalse();
        assertThat(SupportedVersions.olderThan("6.0.5", "5.26")).isFalse();
        assertThat(SupportedVersions.olderThan("5.25.9", "5.26")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.10.3", "5.12.2"})
    void an_older_jupiter_stops_the_run_before_any_test_with_what_to_change(String version) throws Exception {
        Path jars = Path.of("target", "old-junit", version);
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> old = Files.list(jars)) {
            old.map(Path::toString).sorted().forEach(classPath::add);
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("junit-jupiter") && !name.startsWith("junit-platform")) {
                classPath.add(entry);
            }
        }
        Path output = Files.createTempFile("old-junit", ".txt");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(File.pathSeparator, classPath), OldJUnitRun.class.getName())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run on JUnit %s ended", version).isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(printed).as("output on JUnit %s", version)
                    .contains("session refused: " + SupportedVersions.junitMessage(version))
                    .doesNotContain("tests started");
            assertThat(process.exitValue()).isEqualTo(3);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
