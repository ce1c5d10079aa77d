/**
 * The embedded backend of {@code @Neo4jTest}: put {@code dev.testgraph:testgraph-embedded} on the test class path
 * and classes run against an in-process Neo4j where no Docker is available.
 */
package dev.testgraph.embedded;
