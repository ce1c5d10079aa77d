package dev.testgraph.benchmarks;

import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.FixtureNode;
import dev.testgraph.fixtures.FixtureRelationship;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * How the fixture loader's design choices compare, on one in-process Neo4j: its batch size; matching relationship
 * endpoints by the element ids the node batches return (the loader) or by a temporary key property with an index;
 * labels and types written into the statement text (the loader, one statement per label set and type) or passed as
 * values with dynamic labels and types ({@code CREATE (n:$($labels))}, Neo4j 5.26 and later); and the time to export
 * the loaded graph, parse the export and read it again from the cache. Each load is the best of several runs, after
 * a warm-up, into an empty database, with the counts checked.
 *
 * <p>This replaces the timing half of the former {@code LoadSpeedEmbeddedTest}, which printed timings on every build
 * and ran the comparison only when asked. Not part of {@code run.sh}; run it by hand:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" dev.testgraph.benchmarks.LoadStrategiesMain [nodes] [runs]
 * </pre>
 *
 * Defaults: 10,000 nodes ({@code :Person}, every tenth {@code :Company}) and twice as many relationships
 * ({@code :KNOWS} and {@code :LIKES}), best of 3.
 */
public final class LoadStrategiesMain {

    private static final String DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

    private final Driver driver;
    private final FixtureGraph graph;
    private final int runs;

    private LoadStrategiesMain(Driver driver, FixtureGraph graph, int runs) {
        this.driver = driver;
        this.graph = graph;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 1024L * 1024 * 1024)
                .build();
        try (Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build())) {
            new LoadStrategiesMain(driver, socialGraph(nodes), runs).run();
        } finally {
            neo4j.close();
        }
    }

    /** {@code nodes} nodes, every tenth a company, and twice as many relationships spread over them. */
    private static FixtureGraph socialGraph(int nodes) {
        FixtureGraph.Builder builder = FixtureGraph.builder().source("generated");
        for (int i = 0; i < nodes; i++) {
            builder.node("p" + i, List.of(i % 10 == 0 ? "Company" : "Person"),
                    Map.of("name", "name " + i, "i", (long) i, "score", i / 7.0));
        }
        for (int i = 0; i < 2 * nodes; i++) {
            int from = (int) ((i * 7919L) % nodes);
            int to = (int) ((i * 104729L + 1) % nodes);
            builder.relationship(i % 2 == 0 ? "KNOWS" : "LIKES", "p" + from, "p" + to, Map.of("weight", (long) i));
        }
        return builder.build();
    }

    private void run() throws Exception {
        System.out.printf("%,d nodes and %,d relationships, best of %d%n", graph.nodes().size(),
                graph.relationships().size(), runs);
        // warm-up, not counted: every way once
        load(LoadOptions.DEFAULT_BATCH_SIZE);
        temporaryKey(LoadOptions.DEFAULT_BATCH_SIZE);
        dynamicNames(LoadOptions.DEFAULT_BATCH_SIZE);
        for (int batchSize : List.of(500, 1_000, 2_000, 5_000, 10_000)) {
            report("element ids, names in the text (the loader), batch " + batchSize, best(() -> load(batchSize)));
        }
        for (int batchSize : List.of(1_000, LoadOptions.DEFAULT_BATCH_SIZE, 5_000)) {
            report("temporary key property + index, batch " + batchSize, best(() -> temporaryKey(batchSize)));
        }
        report("element ids, dynamic labels and types, batch " + LoadOptions.DEFAULT_BATCH_SIZE,
                best(() -> dynamicNames(LoadOptions.DEFAULT_BATCH_SIZE)));

        Fixtures.load(driver, graph);
        long start = System.nanoTime();
        String json = Fixtures.export(driver);
        report("export", Duration.ofNanos(System.nanoTime() - start));
        Path file = Files.createTempFile("testgraph-load-strategies", ".json");
        try {
            Files.writeString(file, json);
            Fixtures.clearCache();
            start = System.nanoTime();
            Fixtures.read(file);
            report("parse " + Files.size(file) / 1024 + " KiB of Testgraph JSON", Duration.ofNanos(System.nanoTime() - start));
            start = System.nanoTime();
            Fixtures.read(file);
            report("read again (cache hit)", Duration.ofNanos(System.nanoTime() - start));
        } finally {
            Files.delete(file);
        }
    }

    /** A load into the empty database; returns how long it took, after checking the counts and emptying it again. */
    private interface Load {
        Duration run();
    }

    private Duration best(Load load) {
        Duration best = null;
        for (int i = 0; i < runs; i++) {
            Duration time = load.run();
            best = best == null || time.compareTo(best) < 0 ? time : best;
        }
        return best;
    }

    private Duration load(int batchSize) {
        Duration time = Fixtures.load(driver, graph, LoadOptions.defaults().withBatchSize(batchSize)).loadTime();
        return checkedAndCleaned(time);
    }

    /** A temporary label and key property with an index; endpoints matched by it, both removed afterwards. */
    private Duration temporaryKey(int batchSize) {
        long start = System.nanoTime();
        try (Session session = driver.session()) {
            session.run("CREATE INDEX tmp_key IF NOT EXISTS FOR (n:`__Fixture`) ON (n.`__key`)").consume();
            session.run("CALL db.awaitIndexes(300)").consume();
            try (Transaction tx = session.beginTransaction()) {
                for (Map.Entry<String, List<Object>> group : nodeRows(true).entrySet()) {
                    runBatches(tx, "UNWIND $rows AS row CREATE (n:`__Fixture`:`" + group.getKey()
                            + "`) SET n = row.p, n.`__key` = row.k", group.getValue(), batchSize);
                }
                for (Map.Entry<String, List<Object>> group : relationshipRowsByType().entrySet()) {
                    runBatches(tx, "UNWIND $rows AS row MATCH (a:`__Fixture` {`__key`: row.s}) "
                            + "MATCH (b:`__Fixture` {`__key`: row.e}) CREATE (a)-[r:`" + group.getKey()
                            + "`]->(b) SET r = row.p", group.getValue(), batchSize);
                }
                tx.run("MATCH (n:`__Fixture`) REMOVE n:`__Fixture`, n.`__key`").consume();
                tx.commit();
            }
            session.run("DROP INDEX tmp_key").consume();
        }
        return checkedAndCleaned(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The loader's statements with labels and types as values: one statement for all nodes and one for all
     * relationships, batches pipelined in one transaction, endpoints by element id.
     */
    private Duration dynamicNames(int batchSize) {
        long start = System.nanoTime();
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            List<Result> results = new ArrayList<>();
            List<Object> nodes = nodeRows(false).get("");
            for (int from = 0; from < nodes.size(); from += batchSize) {
                results.add(tx.run("UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.p "
                                + "RETURN collect(row.k) AS k, collect(elementId(n)) AS id",
                        Map.of("rows", nodes.subList(from, Math.min(nodes.size(), from + batchSize)))));
            }
            Map<String, String> ids = new LinkedHashMap<>();
            for (Result result : results) {
                var record = result.single();
                List<Object> keys = record.get("k").asList();
                List<Object> elementIds = record.get("id").asList();
                for (int i = 0; i < keys.size(); i++) {
                    ids.put((String) keys.get(i), (String) elementIds.get(i));
                }
            }
            List<Object> relationships = new ArrayList<>();
            for (FixtureRelationship relationship : graph.relationships()) {
                relationships.add(Map.of("s", ids.get(relationship.from()), "e", ids.get(relationship.to()),
                        "t", relationship.type(), "p", relationship.properties()));
            }
            runBatches(tx, "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.s MATCH (b) WHERE elementId(b) = row.e "
                    + "CREATE (a)-[r:$(row.t)]->(b) SET r = row.p", relationships, batchSize);
            tx.commit();
        }
        return checkedAndCleaned(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Node rows {@code {k, p}} grouped by label (every node of this graph has one); or, for dynamic labels, rows
     * {@code {k, p, labels}} in one group named {@code ""}.
     */
    private Map<String, List<Object>> nodeRows(boolean byLabel) {
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (FixtureNode node : graph.nodes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", node.key());
            row.put("p", node.properties());
            if (!byLabel) {
                row.put("labels", List.copyOf(new TreeSet<>(node.labels())));
            }
            groups.computeIfAbsent(byLabel ? node.labels().get(0) : "", k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /** Relationship rows {@code {s, e, p}} by fixture key, grouped by type. */
    private Map<String, List<Object>> relationshipRowsByType() {
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (FixtureRelationship relationship : graph.relationships()) {
            groups.computeIfAbsent(relationship.type(), k -> new ArrayList<>())
                    .add(Map.of("s", relationship.from(), "e", relationship.to(), "p", relationship.properties()));
        }
        return groups;
    }

    private static void runBatches(Transaction tx, String cypher, List<Object> rows, int batchSize) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            tx.run(cypher, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + batchSize)))).consume();
        }
    }

    private Duration checkedAndCleaned(Duration time) {
        try (Session session = driver.session()) {
            long nodes = session.run("MATCH (n) RETURN count(n)").single().get(0).asLong();
            long relationships = session.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong();
            if (nodes != graph.nodes().size() || relationships != graph.relationships().size()) {
                throw new IllegalStateException("loaded " + nodes + " nodes and " + relationships
                        + " relationships instead of " + graph.nodes().size() + " and " + graph.relationships().size());
            }
            session.run(DELETE_ALL).consume();
        }
        return time;
    }

    private void report(String what, Duration time) {
        double seconds = time.toNanos() / 1e9;
        int entities = graph.nodes().size() + graph.relationships().size();
        System.out.printf("%-66s %8d ms%s%n", what, time.toMillis(),
                what.contains("batch") ? String.format(" (%,.0f entities/s)", entities / seconds) : "");
    }
}
