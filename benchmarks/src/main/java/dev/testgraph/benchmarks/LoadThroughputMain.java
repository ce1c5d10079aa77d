package dev.testgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.testgraph.fixtures.internal.CypherNames;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadedGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The forked JVM of the fixture-load scenario: one in-process Neo4j with APOC, the same graph loaded by each
 * approach into an empty database, counts checked after every load.
 *
 * <p>Arguments: result file, work directory, APOC plugin directory, full node count, subset node count,
 * Testgraph repetitions, APOC repetitions.
 */
public final class LoadThroughputMain {

    /** The server floor's query: the benchmark graph of {@code $n} nodes generated in Cypher (see {@link #generated}). */
    static final String FLOOR = "UNWIND range(0, $n - 1) AS i CREATE (p:Person {uid: i, name: 'person-' + i, age: i % 90}) "
            + "WITH collect(p) AS ps UNWIND range(0, 2 * $n - 1) AS r "
            + "WITH ps, r, r / 2 AS f "
            + "WITH ps, r, f, CASE r % 2 WHEN 0 THEN (f + 1) % $n ELSE (f * 31 + 7) % $n END AS t "
            + "WITH ps[f] AS a, ps[CASE WHEN t = f THEN (f + 2) % $n ELSE t END] AS b, r "
            + "CREATE (a)-[:KNOWS {since: 2000 + r % 25}]->(b)";

    private static final String DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

    private final Driver driver;
    private final List<Map<String, Object>> runs = new ArrayList<>();
    /** While true, loads are checked and cleaned up after but not recorded. */
    private boolean warmUp;

    private LoadThroughputMain(Driver driver) {
        this.driver = driver;
    }

    public static void main(String[] args) throws Exception {
        Path resultFile = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path plugins = Path.of(args[2]);
        GraphData full = new GraphData(Integer.parseInt(args[3]));
        GraphData subset = new GraphData(Integer.parseInt(args[4]));
        int testgraphRepetitions = Integer.parseInt(args[5]);
        int apocRepetitions = Integer.parseInt(args[6]);

        Map<String, Path> files = new LinkedHashMap<>();
        for (GraphData graph : List.of(full, subset)) {
            String base = "graph-" + graph.nodes();
            files.put(base + ".json", work.resolve(base + ".json"));
            files.put(base + ".jsonl", work.resolve(base + ".jsonl"));
            files.put(base + ".cypher", work.resolve(base + ".cypher"));
            graph.writeTestgraphJson(files.get(base + ".json"));
            graph.writeApocJsonLines(files.get(base + ".jsonl"));
            graph.writeCypherScript(files.get(base + ".cypher"));
        }

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .withConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath())
                .withConfig(GraphDatabaseSettings.pagecache_memory, 1024L * 1024 * 1024)
                .build();
        Map<String, Object> result = new LinkedHashMap<>();
        try (Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build())) {
            LoadThroughputMain bench = new LoadThroughputMain(driver);
            // parse alone, once, for the record
            Fixtures.clearCache();
            long parseStart = System.nanoTime();
            Fixtures.read(files.get("graph-" + full.nodes() + ".json"));
            result.put("testgraphParseFullMillis", (System.nanoTime() - parseStart) / 1e6);
            Fixtures.clearCache();

            // Warm-up, not counted: every approach once, so that no measured run pays for class loading and
            // JIT compilation, neither Testgraph's nor APOC's nor the server's query plans.
            GraphData tiny = new GraphData(Math.min(200, subset.nodes()));
            bench.warmUp = true;
            bench.testgraph(full, files.get("graph-" + full.nodes() + ".json"));
            bench.apoc(full, files.get("graph-" + full.nodes() + ".jsonl"));
            bench.generated(full);
            bench.perEntityCreate(tiny);
            bench.cypherScript(tiny, writeScript(tiny, work));
            bench.warmUp = false;

            for (GraphData graph : List.of(full, subset)) {
                String base = "graph-" + graph.nodes();
                // alternated, so that a busy moment of the machine does not fall on one approach only
                for (int i = 0; i < Math.max(testgraphRepetitions, apocRepetitions); i++) {
                    if (i < testgraphRepetitions) {
                        bench.testgraph(graph, files.get(base + ".json"));
                    }
                    if (i < apocRepetitions) {
                        bench.apoc(graph, files.get(base + ".jsonl"));
                    }
                }
            }
            for (int i = 0; i < testgraphRepetitions; i++) {
                bench.generated(full);
            }
            bench.perEntityCreate(subset);
            bench.cypherScript(subset, files.get("graph-" + subset.nodes() + ".cypher"));
            result.put("runs", bench.runs);
        } finally {
            neo4j.close();
        }
        result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(resultFile.toFile(), result);
        System.exit(0);
    }

    /** Testgraph: {@code Fixtures.load} of the Testgraph JSON file, parse included (the cache is emptied first). */
    private void testgraph(GraphData graph, Path file) {
        Fixtures.clearCache();
        long start = System.nanoTime();
        LoadedGraph loaded = Fixtures.load(driver, file);
        long nanos = System.nanoTime() - start;
        record("testgraph", graph, nanos, "loaded " + loaded.nodeCount() + "/" + loaded.relationshipCount());
    }

    /** APOC: {@code apoc.import.json} of the same graph in APOC's JSON lines, with the constraint it needs. */
    private void apoc(GraphData graph, Path file) throws java.io.IOException {
        try (Session session = driver.session()) {
            session.run("CREATE CONSTRAINT import_id IF NOT EXISTS FOR (p:Person) REQUIRE p.neo4jImportId IS UNIQUE")
                    .consume();
            session.run("CALL db.awaitIndexes(300)").consume();
            long start = System.nanoTime();
            // The file's bytes, not its URL: with a URL, APOC 5.26 goes through Hadoop's file system classes,
            // which the neo4j-harness class path has only in part (hadoop-common without its shaded Guava).
            byte[] data = Files.readAllBytes(file);
            session.run("CALL apoc.import.json($data)", Map.of("data", data)).consume();
            record("apoc.import.json", graph, System.nanoTime() - start, "constraint on neo4jImportId created first, not timed");
        }
    }

    private static Path writeScript(GraphData graph, Path work) {
        Path file = work.resolve("graph-" + graph.nodes() + ".cypher");
        graph.writeCypherScript(file);
        return file;
    }

    /**
     * The server's own floor: the same graph generated by one Cypher query from {@code range()}, in one transaction,
     * with no file, no parsing and no parameters; nodes are linked by their position in a collected list, so no
     * lookup either. What any loader that sends the graph to the server over Bolt can at best approach.
     */
    private void generated(GraphData graph) {
        try (Session session = driver.session()) {
            long start = System.nanoTime();
            try (Transaction tx = session.beginTransaction()) {
                tx.run(FLOOR, Map.of("n", graph.nodes())).consume();
                tx.commit();
            }
            record("server floor: graph generated in Cypher", graph, System.nanoTime() - start,
                    "one query from range(), no file, no parameters, one transaction");
        }
    }

    /** One parameterised query per entity, each its own auto-commit transaction; an index on uid (not timed). */
    private void perEntityCreate(GraphData graph) {
        try (Session session = driver.session()) {
            session.run("CREATE INDEX person_uid IF NOT EXISTS FOR (p:Person) ON (p.uid)").consume();
            session.run("CALL db.awaitIndexes(300)").consume();
            long start = System.nanoTime();
            for (int i = 0; i < graph.nodes(); i++) {
                session.run("CREATE (:Person {uid: $uid, name: $name, age: $age})",
                        Map.of("uid", i, "name", "person-" + i, "age", GraphData.age(i))).consume();
            }
            for (int r = 0; r < graph.relationships(); r++) {
                session.run("MATCH (a:Person {uid: $from}), (b:Person {uid: $to}) CREATE (a)-[:KNOWS {since: $since}]->(b)",
                        Map.of("from", graph.from(r), "to", graph.to(r), "since", GraphData.since(r))).consume();
            }
            record("per-entity CREATE", graph, System.nanoTime() - start, "one auto-commit query per entity");
        }
    }

    /** A script of CREATE statements run statement by statement: the index first, then all data in one transaction. */
    private void cypherScript(GraphData graph, Path file) throws Exception {
        String[] statements = Files.readString(file, StandardCharsets.UTF_8).split(";\n");
        try (Session session = driver.session()) {
            long start = System.nanoTime();
            session.run(statements[0]).consume();
            session.run("CALL db.awaitIndexes(300)").consume();
            try (Transaction tx = session.beginTransaction()) {
                for (int i = 1; i < statements.length; i++) {
                    if (!statements[i].isBlank()) {
                        tx.run(statements[i]).consume();
                    }
                }
                tx.commit();
            }
            record("Cypher script", graph, System.nanoTime() - start, "one statement per entity, one transaction");
        }
    }

    private void record(String approach, GraphData graph, long nanos, String note) {
        long[] counts = SuiteWork.counts(driver);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("approach", approach);
        run.put("nodes", graph.nodes());
        run.put("relationships", graph.relationships());
        run.put("millis", nanos / 1e6);
        run.put("note", note);
        run.put("countsOk", counts[0] == graph.nodes() && counts[1] == graph.relationships());
        run.put("counts", counts[0] + "/" + counts[1]);
        if (!warmUp) {
            runs.add(run);
        }
        System.out.println((warmUp ? "warm-up " : "load ") + run);
        clean();
    }

    private void clean() {
        try (Session session = driver.session()) {
            session.run(DELETE_ALL).consume();
            List<String> drops = new ArrayList<>();
            session.run("SHOW CONSTRAINTS YIELD name").forEachRemaining(r -> drops.add(
                    "DROP CONSTRAINT " + CypherNames.quote(r.get(0).asString())));
            session.run("SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name")
                    .forEachRemaining(r -> drops.add("DROP INDEX " + CypherNames.quote(r.get(0).asString())));
            for (String drop : drops) {
                session.run(drop).consume();
            }
        }
    }
}
