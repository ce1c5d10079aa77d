/**
 * Testgraph in Spring Boot tests: with {@code testgraph-spring} on the test class path, a test class annotated with
 * {@link dev.testgraph.junit.Neo4jTest @Neo4jTest} and {@code @SpringBootTest} or {@code @DataNeo4jTest} gets a Boot
 * {@code Neo4jConnectionDetails} bean pointing at Testgraph's shared server. Nothing to call: the module registers a
 * Spring {@code ContextCustomizerFactory} in {@code META-INF/spring.factories}.
 */
package dev.testgraph.spring;
