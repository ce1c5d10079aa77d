package dev.testgraph.benchmarks;

import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;

import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.Fixtures;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * How long the whole-graph assertions take on a graph of about 3,000 entities (1,000 nodes, 2,000 relationships) in
 * an in-process Neo4j: {@code isEqualTo} and {@code containsGraph}, each including reading the graph from the
 * database, best of several runs after a warm-up. This replaces the wall-clock bound the assertions' unit tests used
 * to assert; timings belong here, not in tests. Not part of {@code run.sh}; run it by hand:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" dev.testgraph.benchmarks.GraphComparisonMain [nodes] [runs]
 * </pre>
 */
public final class GraphComparisonMain {

    private GraphComparisonMain() {}

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        FixtureGraph.Builder builder = FixtureGraph.builder();
        for (int i = 0; i < nodes; i++) {
            builder.node("n" + i, java.util.List.of(i % 10 == 0 ? "Tag" : "Item"),
                    Map.of("i", (long) i, "name", "item " + (i % 97)));
        }
        for (int i = 0; i < nodes; i++) {
            builder.relationship("LINKS", "n" + i, "n" + ((i * 7 + 1) % nodes), Map.of("w", (long) (i % 5)));
            builder.relationship("TAGGED", "n" + i, "n" + ((i / 10) * 10), Map.of());
        }
        FixtureGraph graph = builder.build();
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                        .withConfig(GraphDatabaseSettings.udc_enabled, false).build();
                Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            Fixtures.load(driver, graph);
            System.out.printf("graph: %d nodes, %d relationships%n", graph.nodes().size(),
                    graph.relationships().size());
            System.out.printf("isEqualTo, reading the graph included: best of %d: %d ms%n", runs,
                    best(runs, () -> assertThatGraph(driver).isEqualTo(graph)));
            System.out.printf("containsGraph, reading the graph included: best of %d: %d ms%n", runs,
                    best(runs, () -> assertThatGraph(driver).containsGraph(graph)));
        }
    }

    private static long best(int runs, Runnable comparison) {
        comparison.run(); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            comparison.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }
}
