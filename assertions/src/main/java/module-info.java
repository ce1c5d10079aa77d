/**
 * Testgraph assertions: AssertJ-style assertions for Neo4j driver results, summaries, plans and whole graphs; the
 * API is {@link dev.testgraph.assertions.Neo4jAssertions} and the other types of {@code dev.testgraph.assertions}.
 *
 * <p>{@code dev.testgraph.assertions.internal} is not API and not exported.
 *
 * <p>On the module path, {@link dev.testgraph.assertions.Neo4jSoftAssertions} needs what AssertJ's soft assertions
 * on custom assertions need there: Byte Buddy resolved ({@code --add-modules net.bytebuddy}; AssertJ requires it
 * statically), and, with AssertJ 3.27, {@code --add-exports
 * org.assertj.core/org.assertj.core.api.recursive.assertion=dev.testgraph.assertions}, because the soft proxies AssertJ
 * generates in this module refer to that package, which AssertJ does not export.
 */
module dev.testgraph.assertions {
    requires transitive org.assertj.core;
    requires transitive org.neo4j.driver;
    requires transitive dev.testgraph.fixtures;

    exports dev.testgraph.assertions;
}
