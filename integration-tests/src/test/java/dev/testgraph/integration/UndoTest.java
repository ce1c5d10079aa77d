package dev.testgraph.integration;

import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * A reset after a test's writes undoes exactly what they changed (testgraph-server-plugin's journal) instead of
 * deleting and loading the whole fixture: every test of {@link Undone} first checks that the database is the fixture,
 * property types, labels, parallel and self relationships included, and that every key of the loaded graph still
 * finds its entity (a node the undo created again has a new element id), then writes something else. Where the undo
 * cannot be exact (a schema change, too much written) the reset is a full one, and the next small write is undone
 * again. The external server has no plugin: there every reset is a full one, and the checks hold the same.
 */
@ExtendWith(BackendUnderTest.class)
class UndoTest {

    @Test
    void a_reset_undoes_what_each_test_wrote_and_falls_back_to_a_full_reset_when_it_cannot_be_exact() {
        EngineExecutionResults results = Kit.run(Undone.class);

        results.testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));
        List<String> reports = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .toList();
        assertThat(reports).as(Kit.testFailures(results)).hasSize(12);
        if (BackendUnderTest.backend().equals("external")) {
            assertThat(reports).allMatch(report -> report.startsWith("reset") && !report.contains("undone"));
            return;
        }
        assertThat(reports.get(0)).isEqualTo("reset: first test on this server since a load");
        for (int test : new int[] {2, 3, 4, 5, 6, 7, 8, 12}) {
            assertThat(reports.get(test - 1)).as("test %d", test).startsWith("reset: ").contains("; undone (");
        }
        assertThat(reports.get(8)).as("after a rolled-back write").isEqualTo(ChangeTrackingTest.REUSED);
        assertThat(reports.get(9)).as("after an index was created")
                .contains("not undone: the schema changed since the mark").doesNotContain("; undone (");
        assertThat(reports.get(10)).as("after 20,001 nodes were created")
                .contains("not undone: more than 20000 nodes and relationships changed").doesNotContain("; undone (");
    }

    @Test
    void a_reset_undoes_a_swap_of_unique_values() {
        EngineExecutionResults results = Kit.run(UniqueValuesSwapped.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        if (BackendUnderTest.backend().equals("external")) {
            return;
        }
        List<String> reports = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .toList();
        // before the undo took differing values away first, it put a's email back while b still held it, the unique
        // constraint refused the undo ("undo failed: ... IndexEntryConflictException") and the reset was a full one
        assertThat(reports.get(1)).as(Kit.testFailures(results)).startsWith("reset: ").contains("; undone (");
    }

    @Neo4jTest
    @Fixture("undo/unique.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class UniqueValuesSwapped {

        @Test
        @Order(1)
        void swaps_two_unique_values(Driver driver) {
            assertThatGraph(driver).containsNode("(:User {email: 'a@example.com'})");
            driver.executableQuery("MATCH (a:User {email: 'a@example.com'}), (b:User {email: 'b@example.com'})"
                    + " SET a.email = 'swapping' SET b.email = 'a@example.com' SET a.email = 'b@example.com'").execute();
        }

        @Test
        @Order(2)
        void is_the_fixture_again(Driver driver, LoadedGraph graph) {
            assertThatGraph(driver).isEqualTo(graph.fixture());
        }

        /**
         * The fixture's constraint would stay on the external server, shared by the whole run, where Testgraph never
         * drops schema it found at start: the classes run after this one must not find it.
         */
        @AfterAll
        static void dropTheFixturesConstraint(Driver driver) {
            driver.executableQuery("DROP CONSTRAINT undo_user_email IF EXISTS").execute();
        }
    }

    @Neo4jTest
    @Fixture("undo/typed.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Undone {

        static void isTheFixture(Driver driver, LoadedGraph graph) {
            assertThatGraph(driver).isEqualTo(graph.fixture());
            for (String key : List.of("alice", "bob", "carol", "acme", "blank")) {
                assertThat(graph.node(key).elementId()).isEqualTo(graph.nodeId(key));
            }
            assertThat(graph.node("alice").get("name").asString()).isEqualTo("Alice");
            assertThat(graph.node("bob").get("name").asString()).isEqualTo("Bob");
            assertThat(graph.node("blank").labels()).isEmpty();
            Map<String, String> types = Map.of("ab", "KNOWS", "ab2", "KNOWS", "bc", "KNOWS", "cc", "SELF",
                    "aw", "WORKS_AT", "bw", "WORKS_AT");
            types.forEach((key, type) -> assertThat(graph.relationship(key).type()).as(key).isEqualTo(type));
            assertThat(graph.relationship("ab").get("since").asLong()).isEqualTo(2020);
            assertThat(graph.relationship("ab2").get("since").asLong()).isEqualTo(2021);
            assertThat(graph.relationship("cc").startNodeElementId()).isEqualTo(graph.nodeId("carol"))
                    .isEqualTo(graph.relationship("cc").endNodeElementId());
            assertThat(graph.relationship("aw").startNodeElementId()).isEqualTo(graph.nodeId("alice"));
        }

        static void run(Driver driver, String query) {
            driver.executableQuery(query).execute();
        }

        @Test
        @Order(1)
        void creates_a_node_and_a_relationship_to_a_fixture_node(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (a {name: 'Alice'}) CREATE (a)-[:LIKES {how: 'much'}]->(:Thing {x: 1})");
        }

        @Test
        @Order(2)
        void deletes_a_fixture_node_with_its_relationships(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (b {name: 'Bob'}) DETACH DELETE b");
        }

        @Test
        @Order(3)
        void changes_properties_and_labels(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (a {name: 'Alice'}) SET a.age = 43, a.new = 1, a.tags = ['z'], a:Extra"
                    + " REMOVE a.score, a.born, a:Admin");
            run(driver, "MATCH (:Person {name: 'Alice'})-[r:KNOWS {since: 2020}]->() SET r.since = 1999 REMOVE r.via");
            run(driver, "MATCH ()-[r:WORKS_AT {role: 'CTO'}]->() SET r.role = 'CEO', r.extra = true");
            run(driver, "MATCH (n) WHERE size(labels(n)) = 0 SET n:Labelled, n.now = 'set'");
        }

        @Test
        @Order(4)
        void deletes_relationships_and_creates_a_parallel_one(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH ()-[r:SELF]->() DELETE r");
            run(driver, "MATCH ()-[r:WORKS_AT {role: 'CTO'}]->() DELETE r");
            run(driver, "MATCH (a {name: 'Alice'}), (b {name: 'Bob'}) CREATE (a)-[:KNOWS {since: 2020}]->(b)");
        }

        @Test
        @Order(5)
        void changes_then_deletes_over_several_transactions(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (c {name: 'Carol'}) SET c.name = 'Caroline', c:Renamed");
            run(driver, "MATCH (c {name: 'Caroline'}) DETACH DELETE c");
            run(driver, "CREATE (:Temporary {n: 1})");
            run(driver, "MATCH (t:Temporary) SET t.n = 2");
            run(driver, "MATCH (t:Temporary) DELETE t");
            // the freed ids may be given to what is created next
            run(driver, "MATCH (c:Company) DETACH DELETE c");
            run(driver, "CREATE (:Company {name: 'Acme'}), (:Company {name: 'Other'})");
            run(driver, "MATCH (a {name: 'Alice'}), (c:Company {name: 'Acme'}) CREATE (a)-[:WORKS_AT {role: 'CTO'}]->(c)");
        }

        @Test
        @Order(6)
        void deletes_everything(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (n) DETACH DELETE n");
        }

        @Test
        @Order(7)
        void deletes_nodes_created_again_by_an_earlier_undo(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (a {name: 'Alice'}) DETACH DELETE a");
            run(driver, "MATCH (n) WHERE size(labels(n)) = 0 DELETE n");
        }

        @Test
        @Order(8)
        void rolls_a_write_back(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
                tx.run("MATCH (n) DETACH DELETE n").consume();
                tx.rollback();
            }
        }

        @Test
        @Order(9)
        void creates_an_index(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "CREATE INDEX undo_test_name FOR (p:Person) ON (p.name)");
            run(driver, "MATCH (c {name: 'Carol'}) SET c.name = 'Caroline'");
        }

        @Test
        @Order(10)
        void writes_more_than_the_journal_keeps(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            assertThat(Kit.count(driver, "SHOW INDEXES YIELD name WHERE name = 'undo_test_name' RETURN count(*)"))
                    .isZero();
            run(driver, "UNWIND range(1, 20001) AS i CREATE (:Many {i: i})");
        }

        @Test
        @Order(11)
        void writes_a_little_after_full_resets(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
            run(driver, "MATCH (b {name: 'Bob'}) SET b.name = 'Robert'");
        }

        @Test
        @Order(12)
        void is_the_fixture_at_the_end(Driver driver, LoadedGraph graph) {
            isTheFixture(driver, graph);
        }
    }
}
