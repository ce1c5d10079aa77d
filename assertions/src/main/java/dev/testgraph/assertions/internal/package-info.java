/**
 * Internals of Testgraph assertions: rendering, pattern parsing, graph snapshots and comparison, error messages.
 *
 * <p><strong>This package is not API.</strong> Its types may change or disappear in any release without notice;
 * use {@link dev.testgraph.assertions.Neo4jAssertions} instead.
 */
package dev.testgraph.assertions.internal;
