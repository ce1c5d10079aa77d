package dev.testgraph.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * What the generated test classes share, so that the four ways of writing the suite run exactly the same test
 * bodies against exactly the same graph.
 */
public final class SuiteWork {

    /** Nodes in the per-test fixture. */
    public static final int FIXTURE_NODES = 200;
    /** The password of the peers' containers. */
    public static final String PASSWORD = "benchmark-password";

    private static String cypherFixture;

    private SuiteWork() {}

    /**
     * The body of every suite test: checks that the test starts from the fixture, writes, and reads its write back.
     * Other tests' writes must not be visible to the count of people.
     */
    public static void exercise(Driver driver, String test) {
        long people = count(driver, "MATCH (p:Person) RETURN count(p) AS c", Map.of());
        if (people != FIXTURE_NODES) {
            throw new AssertionError("expected " + FIXTURE_NODES + " people at the start of " + test + ", found " + people);
        }
        driver.executableQuery("MATCH (p:Person {uid: $uid}) CREATE (p)-[:WROTE]->(:Note {test: $test})")
                .withParameters(Map.of("uid", Math.floorMod(test.hashCode(), FIXTURE_NODES), "test", test))
                .execute();
        long notes = count(driver, "MATCH (:Person)-[:WROTE]->(n:Note {test: $test}) RETURN count(n) AS c",
                Map.of("test", test));
        if (notes != 1) {
            throw new AssertionError("expected the note of " + test + ", found " + notes);
        }
    }

    /** Tests 1 to 3 of a suite class read, the others write: most tests in a real suite only read. */
    static String bodyOf(int test) {
        return test <= READING_TESTS_PER_CLASS ? "read" : "exercise";
    }

    /** How many of a suite class's tests only read. */
    public static final int READING_TESTS_PER_CLASS = 3;

    /**
     * The body of the suite's reading tests: checks that the test starts from the fixture and reads one person's
     * friends; writes nothing.
     */
    public static void read(Driver driver, String test) {
        long people = count(driver, "MATCH (p:Person) RETURN count(p) AS c", Map.of());
        if (people != FIXTURE_NODES) {
            throw new AssertionError("expected " + FIXTURE_NODES + " people at the start of " + test + ", found " + people);
        }
        long friends = count(driver, "MATCH (:Person {uid: $uid})-[:KNOWS]->(f) RETURN count(f) AS c",
                Map.of("uid", Math.floorMod(test.hashCode(), FIXTURE_NODES)));
        if (friends != 2) {
            throw new AssertionError("expected 2 friends in " + test + ", found " + friends);
        }
    }

    private static long count(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).execute().records().get(0).get("c").asLong();
    }

    /** The 200-node fixture as one Cypher {@code CREATE} statement (a class path resource written by the run). */
    public static synchronized String cypherFixture() {
        if (cypherFixture == null) {
            try (InputStream in = SuiteWork.class.getResourceAsStream("/people-200.cypher")) {
                if (in == null) {
                    throw new IllegalStateException("people-200.cypher is not on the class path");
                }
                cypherFixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cypherFixture;
    }

    /** The hand-written clean and fixture load of the Testcontainers peer, run before each of its tests. */
    public static void deleteAllAndCreateFixture(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
            session.run(cypherFixture()).consume();
        }
    }

    private static GraphData largeFixture;
    private static java.util.List<Map<String, Object>> largeNodeRows;
    private static java.util.List<Map<String, Object>> largeRelationshipRows;

    /**
     * The hand-written clean and reload of scenario 5's Testcontainers peer, run before each of its tests: one
     * {@code MATCH (n) DETACH DELETE n}, then the same graph as the Testgraph JSON fixture loaded the way a careful
     * hand-written setup does it: an index on {@code :Person(uid)} (created once, kept across cleans), the nodes by
     * one parameterised {@code UNWIND ... CREATE}, the relationships by one {@code UNWIND ... MATCH ... CREATE}.
     * The parameter rows are built once per JVM, not per test.
     */
    public static void deleteAllAndLoadLargeFixture(Driver driver, int nodes) {
        synchronized (SuiteWork.class) {
            if (largeFixture == null || largeFixture.nodes() != nodes) {
                largeFixture = new GraphData(nodes);
                largeNodeRows = largeFixture.nodeRows();
                largeRelationshipRows = largeFixture.relationshipRows();
            }
        }
        try (Session session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
            session.run("CREATE INDEX bench_person_uid IF NOT EXISTS FOR (p:Person) ON (p.uid)").consume();
            session.run("UNWIND $rows AS row CREATE (:Person {uid: row.uid, name: row.name, age: row.age})",
                    Map.of("rows", largeNodeRows)).consume();
            session.run("UNWIND $rows AS row MATCH (a:Person {uid: row.from}), (b:Person {uid: row.to})"
                    + " CREATE (a)-[:KNOWS {since: row.since}]->(b)", Map.of("rows", largeRelationshipRows)).consume();
        }
    }

    /**
     * The body of scenario 5's read-only tests: reads the fixture (count of people and of one person's friends)
     * and fails if it is not all there; writes nothing.
     */
    public static void readLargeFixture(Driver driver, int nodes, int repetition) {
        long people = count(driver, "MATCH (p:Person) RETURN count(p) AS c", Map.of());
        if (people != nodes) {
            throw new AssertionError("expected " + nodes + " people, found " + people);
        }
        long friends = count(driver, "MATCH (:Person {uid: $uid})-[:KNOWS]->(f) RETURN count(f) AS c",
                Map.of("uid", Math.floorMod(repetition * 7919, nodes)));
        if (friends != 2) {
            throw new AssertionError("expected 2 friends, found " + friends);
        }
    }

    /**
     * The Testcontainers peer's container: the image Testgraph uses, with the same small-server settings Testgraph
     * gives its own container (so that only the pattern differs), usage reporting off, and the same {@code /etc/hosts}
     * line: Neo4j's Bolt start asks the name of {@code 0.0.0.0}, and where the container's DNS server does not answer
     * (this machine) the lookup waits out a 10 s timeout, which Testgraph's containers are spared by default; the
     * peers get the line too, so that the comparison is about the patterns and not about this machine's DNS.
     */
    public static Neo4jContainer container() {
        return new Neo4jContainer(DockerImageName.parse(Versions.get("image")).asCompatibleSubstituteFor("neo4j"))
                .withAdminPassword(PASSWORD)
                .withNeo4jConfig("dbms.usage_report.enabled", "false")
                .withNeo4jConfig("server.memory.heap.initial_size", "256m")
                .withNeo4jConfig("server.memory.heap.max_size", "512m")
                .withNeo4jConfig("server.memory.pagecache.size", "64m")
                .withNeo4jConfig("db.tx_log.rotation.retention_policy", "1 files")
                .withExtraHost("0.0.0.0", "0.0.0.0");
    }

    /** The 1M-node / 2M-relationship graph of the large-clean scenario, built in batched transactions. */
    public static void buildLargeGraph(Driver driver, int groups) {
        try (Session session = driver.session()) {
            session.run("UNWIND range(0, $groups - 1) AS g CALL (g) {"
                            + " CREATE (a:Item {g: g}), (b:Item {g: g}), (c:Item {g: g}), (d:Item {g: g}),"
                            + " (a)-[:NEXT]->(b), (b)-[:NEXT]->(c), (c)-[:NEXT]->(d), (d)-[:NEXT]->(a),"
                            + " (b)-[:PREV]->(a), (c)-[:PREV]->(b), (d)-[:PREV]->(c), (a)-[:PREV]->(d)"
                            + " } IN TRANSACTIONS OF 2500 ROWS",
                            Map.of("groups", groups))
                    .consume();
        }
    }

    /** Counts nodes and relationships. */
    public static long[] counts(Driver driver) {
        var record = driver.executableQuery("RETURN COUNT { (n) } AS n, COUNT { ()-->() } AS r")
                .execute().records().get(0);
        return new long[] {record.get("n").asLong(), record.get("r").asLong()};
    }
}
