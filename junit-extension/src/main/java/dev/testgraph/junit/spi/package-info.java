/**
 * Service provider interface for backends that live in their own module, such as {@code testgraph-embedded}.
 * Users of {@code @Neo4jTest} do not need it.
 */
package dev.testgraph.junit.spi;
