package dev.testgraph.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions the build used (filtered from the parent POM's properties). */
final class Versions {

    private static final Properties VERSIONS = new Properties();

    static {
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            VERSIONS.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Versions() {}

    static String get(String name) {
        return VERSIONS.getProperty(name);
    }
}
