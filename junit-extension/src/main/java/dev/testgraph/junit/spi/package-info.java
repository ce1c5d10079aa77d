/**
 * Service provider interface for backends: where the Neo4j server of a {@code @Neo4jTest} comes from. Testgraph's
 * own backends (external, Testcontainers, embedded) implement it; a third-party backend is one
 * {@link dev.testgraph.junit.spi.Neo4jServerProvider} and a {@code META-INF/services} entry. Users of
 * {@code @Neo4jTest} do not need it.
 */
package dev.testgraph.junit.spi;
