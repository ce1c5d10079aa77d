/**
 * AssertJ-style assertions for Neo4j: nodes, relationships, paths, records, result summaries, query plans and
 * whole graphs. Start from {@link dev.testgraph.assertions.Neo4jAssertions} or
 * {@link dev.testgraph.assertions.Neo4jSoftAssertions}.
 */
package dev.testgraph.assertions;
