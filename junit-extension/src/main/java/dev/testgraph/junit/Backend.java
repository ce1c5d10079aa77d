package dev.testgraph.junit;

/** Where the Neo4j server of a {@link Neo4jTest} comes from. */
public enum Backend {
    /** The run-wide {@code testgraph.backend}, else external if configured, else Docker, else embedded. */
    AUTO,
    /** A container of the official {@code neo4j} image, started through Testcontainers. */
    TESTCONTAINERS,
    /** An in-process server from neo4j-harness; needs {@code dev.testgraph:testgraph-embedded} on the class path. */
    EMBEDDED,
    /** A running server given by {@code TESTGRAPH_URI}, {@code TESTGRAPH_USER} and {@code TESTGRAPH_PASSWORD}. */
    EXTERNAL
}
