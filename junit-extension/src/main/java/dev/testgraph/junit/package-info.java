/**
 * {@link dev.testgraph.junit.Neo4jTest}: a real Neo4j for JUnit Jupiter tests, shared per JVM and configuration,
 * with an injected driver and a clean database for every test.
 */
package dev.testgraph.junit;
