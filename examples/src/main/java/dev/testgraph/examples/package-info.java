/**
 * A small social graph (people, friendships, interests) written the way the Neo4j Java driver guidance says:
 * one configured driver, managed transactions with idempotent {@code MERGE}, parameters only, async where it
 * helps, batched imports, schema at start-up, deliberate result consumption and a clear error taxonomy.
 * The tests in the same package show how Testgraph tests each practice.
 */
package dev.testgraph.examples;
