package dev.testgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadedGraph;
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
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The forked JVM of the CSV scenario: one in-process Neo4j whose import directory ({@code server.directories.import})
 * holds the benchmark graph as CSV files in the {@code neo4j-admin database import} format, loaded into an empty
 * database four ways, in rounds that alternate them after a warm-up: Testgraph's CSV fixture, the same graph as a
 * Testgraph JSON fixture, and {@code LOAD CSV} of the same CSV files inside the server, once with
 * {@code CALL { ... } IN TRANSACTIONS} and once in one transaction. Every load is checked: counts and checksums over
 * every property and every relationship's endpoints, so a load that drops or mistypes a value does not count.
 *
 * <p>Arguments: result file, work directory, node count, rounds.
 */
public final class CsvLoadMain {

    private static final String DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

    /** Rows per inner transaction of the {@code IN TRANSACTIONS} variant. */
    static final int ROWS_PER_TRANSACTION = 10_000;

    /** The import tool's headers are the row keys of {@code LOAD CSV WITH HEADERS}. */
    static final String LOAD_NODES = """
            LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row
            CREATE (:Person {uid: toInteger(row.`uid:long`), name: row.name, age: toInteger(row.`age:int`)})""";
    static final String LOAD_RELATIONSHIPS = """
            LOAD CSV WITH HEADERS FROM 'file:///knows.csv' AS row
            MATCH (a:Person {uid: toInteger(row.`:START_ID`)})
            MATCH (b:Person {uid: toInteger(row.`:END_ID`)})
            CREATE (a)-[:KNOWS {since: toInteger(row.`since:int`)}]->(b)""";

    private final Driver driver;
    private final GraphData graph;
    private final List<Map<String, Object>> runs = new ArrayList<>();
    private boolean warmUp;
    private int round;

    private CsvLoadMain(Driver driver, GraphData graph) {
        this.driver = driver;
        this.graph = graph;
    }

    public static void main(String[] args) throws Exception {
        Path resultFile = Path.of(args[0]);
        Path work = Path.of(args[1]);
        GraphData graph = new GraphData(Integer.parseInt(args[2]));
        int rounds = Integer.parseInt(args[3]);

        Path importDirectory = Files.createDirectories(work.resolve("import"));
        Path descriptor = graph.writeCsvFixture(importDirectory.resolve("graph.csv-fixture.json"));
        Path json = work.resolve("graph-" + graph.nodes() + ".json");
        graph.writeTestgraphJson(json);

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 1024L * 1024 * 1024)
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDirectory.toAbsolutePath())
                .build();
        Map<String, Object> result = new LinkedHashMap<>();
        try (Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build())) {
            CsvLoadMain bench = new CsvLoadMain(driver, graph);
            // warm-up, not counted: every way once, so no measured run pays for class loading, JIT or query plans
            bench.warmUp = true;
            bench.all(descriptor, json);
            bench.warmUp = false;
            for (int i = 1; i <= rounds; i++) {
                bench.round = i;
                bench.all(descriptor, json);
            }
            result.put("runs", bench.runs);
        } finally {
            neo4j.close();
        }
        result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        result.put("csvBytes", Files.size(importDirectory.resolve("people.csv")) + Files.size(importDirectory.resolve("knows.csv")));
        result.put("jsonBytes", Files.size(json));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(resultFile.toFile(), result);
        System.exit(0);
    }

    /** One load of each way; the way that goes first changes with the round, so none always follows the same one. */
    private void all(Path descriptor, Path json) {
        List<Runnable> ways = List.of(
                () -> fixture("Testgraph CSV fixture", descriptor),
                () -> fixture("Testgraph JSON fixture", json),
                this::loadCsvInTransactions,
                this::loadCsvOneTransaction);
        for (int i = 0; i < ways.size(); i++) {
            ways.get((i + round) % ways.size()).run();
        }
    }

    /** {@code Fixtures.load} of a file, parse included (the fixture cache is emptied first), one transaction. */
    private void fixture(String way, Path file) {
        Fixtures.clearCache();
        long start = System.nanoTime();
        LoadedGraph loaded = Fixtures.load(driver, file);
        record(way, System.nanoTime() - start, "loaded " + loaded.nodeCount() + "/" + loaded.relationshipCount());
    }

    private void loadCsvInTransactions() {
        try (Session session = driver.session()) {
            index(session, "CREATE INDEX person_uid IF NOT EXISTS FOR (p:Person) ON (p.uid)");
            long start = System.nanoTime();
            session.run(inTransactions(LOAD_NODES)).consume();
            session.run(inTransactions(LOAD_RELATIONSHIPS)).consume();
            record("LOAD CSV, IN TRANSACTIONS", System.nanoTime() - start, "two auto-commit queries");
            index(session, "DROP INDEX person_uid");
        }
    }

    private void loadCsvOneTransaction() {
        try (Session session = driver.session()) {
            index(session, "CREATE INDEX person_uid IF NOT EXISTS FOR (p:Person) ON (p.uid)");
            long start = System.nanoTime();
            try (Transaction tx = session.beginTransaction()) {
                tx.run(LOAD_NODES).consume();
                tx.run(LOAD_RELATIONSHIPS).consume();
                tx.commit();
            }
            record("LOAD CSV, one transaction", System.nanoTime() - start, "two queries, one transaction");
            index(session, "DROP INDEX person_uid");
        }
    }

    /**
     * The index LOAD CSV's relationship lookups need ({@code MATCH (a:Person {uid: ...})}), created on the empty
     * database before the load and dropped after it, neither timed; the fixture loads match by element id and
     * need none.
     */
    private static void index(Session session, String statement) {
        session.run(statement).consume();
        session.run("CALL db.awaitIndexes(300)").consume();
    }

    /** A LOAD CSV query with its body in {@code CALL (row) { ... } IN TRANSACTIONS}. */
    static String inTransactions(String loadCsv) {
        int body = loadCsv.indexOf('\n');
        return loadCsv.substring(0, body) + "\nCALL (row) {" + loadCsv.substring(body) + "\n} IN TRANSACTIONS OF "
                + ROWS_PER_TRANSACTION + " ROWS";
    }

    private void record(String way, long nanos, String note) {
        Record check;
        try (Session session = driver.session()) {
            check = session.run("""
                    CALL () { MATCH (p:Person) RETURN count(p) AS nodes, sum(p.uid) AS uids, sum(p.age) AS ages,
                                  sum(size(p.name)) AS names }
                    CALL () { MATCH (a:Person)-[k:KNOWS]->(b:Person)
                              RETURN count(k) AS relationships, sum(k.since) AS since, sum(a.uid * 3 + b.uid) AS ends }
                    RETURN nodes, uids, ages, names, relationships, since, ends""").single();
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("way", way);
        run.put("round", warmUp ? 0 : round);
        run.put("nodes", graph.nodes());
        run.put("relationships", graph.relationships());
        run.put("millis", nanos / 1e6);
        run.put("note", note);
        run.put("checked", check.asMap().equals(expected()));
        run.put("check", check.asMap().toString());
        if (!warmUp) {
            runs.add(run);
        }
        System.out.println((warmUp ? "warm-up " : "load ") + run);
        try (Session session = driver.session()) {
            session.run(DELETE_ALL).consume();
        }
    }

    /** The checksums of the benchmark graph, computed from {@link GraphData}. */
    private Map<String, Object> expected() {
        long uids = 0;
        long ages = 0;
        long names = 0;
        for (int i = 0; i < graph.nodes(); i++) {
            uids += i;
            ages += GraphData.age(i);
            names += ("person-" + i).length();
        }
        long since = 0;
        long ends = 0;
        for (int r = 0; r < graph.relationships(); r++) {
            since += GraphData.since(r);
            ends += graph.from(r) * 3L + graph.to(r);
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("nodes", (long) graph.nodes());
        expected.put("uids", uids);
        expected.put("ages", ages);
        expected.put("names", names);
        expected.put("relationships", (long) graph.relationships());
        expected.put("since", since);
        expected.put("ends", ends);
        return expected;
    }
}
