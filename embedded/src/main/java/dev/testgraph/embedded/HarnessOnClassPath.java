package dev.testgraph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The neo4j-harness the test class path holds: its version, and the Java release its classes are compiled for (read
 * from a class file's header, without loading the class: on a JVM too old for it, loading fails with a bare
 * {@link UnsupportedClassVersionError}). Neo4j 5.26 is compiled for Java 17, 2025.01 and later for Java 21.
 *
 * @param version the harness version, e.g. {@code 5.26.30} or {@code 2026.08.1}, or {@code "unknown"}
 * @param javaRelease the Java feature release its classes need, e.g. 17 or 21
 */
record HarnessOnClassPath(String version, int javaRelease) {

    private static final String PROBE = "org/neo4j/harness/Neo4jBuilders.class";
    private static final String POM = "META-INF/maven/org.neo4j.test/neo4j-harness/pom.properties";
    /** Class file major version of Java 1.0's successors: major 61 is Java 17, 65 is Java 21, 69 is Java 25. */
    private static final int MAJOR_OF_JAVA_ZERO = 44;

    /**
     * @param loader the class loader to look in
     * @return the harness it sees, or empty when it has none
     */
    static Optional<HarnessOnClassPath> find(ClassLoader loader) {
        int major;
        try (InputStream in = loader.getResourceAsStream(PROBE)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] header = in.readNBytes(8);
            if (header.length < 8) {
                return Optional.empty();
            }
            major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        } catch (IOException e) {
            throw new UncheckedIOException("Testgraph cannot read " + PROBE + " from the test class path", e);
        }
        String version = "unknown";
        try (InputStream in = loader.getResourceAsStream(POM)) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                version = pom.getProperty("version", version);
            }
        } catch (IOException e) {
            // the version only makes the message nicer
        }
        return Optional.of(new HarnessOnClassPath(version, major - MAJOR_OF_JAVA_ZERO));
    }

    /**
     * @param runningRelease the feature release of this JVM ({@code Runtime.version().feature()})
     * @return why this JVM cannot run the harness, or empty when it can
     */
    Optional<String> tooNewFor(int runningRelease) {
        if (runningRelease >= javaRelease) {
            return Optional.empty();
        }
        return Optional.of("Neo4j " + version + " (neo4j-harness on the test class path) needs Java " + javaRelease
                + "+, this JVM is " + runningRelease);
    }
}
