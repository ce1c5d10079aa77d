package dev.testgraph.junit;

/**
 * Testgraph's own backends: where the Neo4j server of a {@link Neo4jTest} comes from. Each is a
 * {@link dev.testgraph.junit.spi.Neo4jServerProvider} named after the constant in lower case; a third-party backend
 * is chosen by its provider's name instead ({@link Neo4jTest#backendName()}).
 */
public enum Backend {
    /** The run-wide {@code testgraph.backend}, else the first available backend: external, Docker, embedded. */
    AUTO,
    /** A container of the official {@code neo4j} image, started through Testcontainers. */
    TESTCONTAINERS,
    /** An in-process server from neo4j-harness; needs {@code dev.testgraph:testgraph-embedded} on the class path. */
    EMBEDDED,
    /** A running server given by {@code TESTGRAPH_URI}, {@code TESTGRAPH_USER} and {@code TESTGRAPH_PASSWORD}. */
    EXTERNAL
}
