package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Identifies one shared server: two test classes with equal keys use the same server. Only what makes a difference
 * to the server is part of it (the image means nothing to the embedded backend, settings nothing to an external
 * server).
 */
record ServerKey(Backend backend, String image, SortedMap<String, String> settings, String externalUri) {

    ServerKey {
        settings = new TreeMap<>(settings);
    }

    String lockName() {
        return "dev.testgraph.neo4j:" + this;
    }

    @Override
    public String toString() {
        return switch (backend) {
            case TESTCONTAINERS -> "testcontainers " + image + (settings.isEmpty() ? "" : " " + settings);
            case EMBEDDED -> "embedded" + (settings.isEmpty() ? "" : " " + settings);
            case EXTERNAL -> "external " + externalUri;
            case AUTO -> throw new IllegalStateException("unresolved backend");
        };
    }
}
