package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.Neo4jServerProvider.Availability;
import java.util.Optional;

/**
 * The Testcontainers core on the test class path, read without initialising it. Testgraph runs its containers with
 * {@code testcontainers-neo4j} 2.x, which needs Testcontainers core 2.x; a BOM that pins the core to 1.x (Spring Boot
 * 3.x's does) puts the two lines side by side, and the container start then fails deep inside Testcontainers.
 */
final class TestcontainersOnClassPath {

    /** The oldest Testcontainers core line Testgraph's containers run on. */
    static final int MINIMUM_MAJOR = 2;

    private static final String CORE_CLASS = "org.testcontainers.DockerClientFactory";

    private TestcontainersOnClassPath() {}

    /**
     * @return the backend's "unavailable" answer when the loader sees a Testcontainers core older than
     *         {@link #MINIMUM_MAJOR}; empty when it is new enough, absent, or its version cannot be read
     */
    static Optional<Availability> coreTooOld(ClassLoader loader) {
        return coreVersion(loader).filter(version -> major(version) < MINIMUM_MAJOR).map(version -> Availability
                .unavailable("Testcontainers core " + version + " is on the test class path, older than the "
                        + MINIMUM_MAJOR + ".x line Testgraph's containers need",
                        "Put Testcontainers core 2.0 or newer on the test class path: Testgraph's containers use"
                        + " testcontainers-neo4j 2.x, which needs it, and a BOM probably pins the core to " + version
                        + " (Spring Boot 3.x manages 1.x). Set the property <testcontainers.version>2.0.5"
                        + "</testcontainers.version> with Spring Boot's parent or BOM (Gradle:"
                        + " ext['testcontainers.version'] = '2.0.5'), or import"
                        + " org.testcontainers:testcontainers-bom:2.0.5 before other BOMs"));
    }

    /** @return the Testcontainers core version the loader sees, as its jar's manifest says; empty if it says nothing */
    static Optional<String> coreVersion(ClassLoader loader) {
        return SupportedVersions.implementationVersion(loader, CORE_CLASS);
    }

    private static int major(String version) {
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? Integer.MAX_VALUE : Integer.parseInt(version.substring(0, end));
    }
}
