/**
 * Benchmarks of Testgraph against the ways teams test Neo4j today. Not API and never published: run
 * {@code benchmarks/run.sh}, which writes {@code BENCHMARKS.md}.
 */
package dev.testgraph.benchmarks;
