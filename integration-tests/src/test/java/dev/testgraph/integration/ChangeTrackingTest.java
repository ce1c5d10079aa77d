package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * A test that changed nothing lets the next one reuse the cleaned, loaded database; any committed change, from
 * wherever it comes, makes the next test reset. Runs on every backend; the external server has no Testgraph
 * plugin, so there every test resets (the fallback).
 */
@ExtendWith(BackendUnderTest.class)
class ChangeTrackingTest {

    static final String REUSED = "reused fixture state";

    @Test
    void reuses_the_state_after_read_only_tests_and_resets_after_any_committed_change() {
        EngineExecutionResults results = Kit.run(Tracked.class);

        results.testEvents().assertStatistics(stats -> stats.started(13).succeeded(13));
        List<String> reports = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .toList();
        if (BackendUnderTest.backend().equals("external")) {
            assertThat(reports).hasSize(13).allMatch(report -> report.startsWith("reset"));
            return;
        }
        List<String> kinds = reports.stream()
                .map(ChangeTrackingTest::kind)
                .toList();
        assertThat(kinds).containsExactly(
                "reset: first test on this server since a load", // 1 reads
                REUSED,                                           // 2 reads
                REUSED,                                           // 3 writes through the injected driver
                "UNDONE",                                         // 4 reads
                REUSED,                                           // 5 writes through a driver of its own
                "UNDONE",                                         // 6 reads
                REUSED,                                           // 7 creates an index
                "CHANGED, SCHEMA",                                // 8 reads (a full reset)
                REUSED,                                           // 9 calls a procedure that writes
                "UNDONE",                                         // 10 reads
                REUSED,                                           // 11 rolls a write back
                REUSED,                                           // 12 reads
                "reset: other fixtures");                         // 13 has another fixture
        // what the server itself says: a reused state is the very same committed state
        List<Object> ids = Kit.recorded("transaction");
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(ids.get(3)).isNotEqualTo(ids.get(2));
        assertThat(ids.get(11)).isEqualTo(ids.get(10));
    }

    @Test
    void without_fixtures_a_clean_that_found_nothing_keeps_the_id_it_read() {
        EngineExecutionResults results = Kit.run(WithoutFixtures.class);

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        List<String> kinds = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .map(ChangeTrackingTest::kind)
                .toList();
        if (BackendUnderTest.backend().equals("external")) {
            // the documented behaviour without Testgraph's plugin: every test resets
            assertThat(kinds).hasSize(6).first().isEqualTo("reset: first test on this server since a load");
            assertThat(kinds.subList(1, 6)).containsOnly("reset: last committed transaction id unavailable");
            return;
        }
        assertThat(kinds).containsExactly(
                "reset: first test on this server since a load", // 1 writes a node
                "UNDONE",                                         // 2 creates only a token (nothing to delete)
                "UNDONE",                                         // 3 reads (an undo of nothing)
                REUSED,                                           // 4 reads
                REUSED,                                           // 5 writes a node
                "UNDONE");                                        // 6 sees none
    }

    @Test
    void the_state_procedure_reports_id_nodes_and_schema_in_one_call() {
        assumeFalse(BackendUnderTest.backend().equals("external"),
                "an external server has no Testgraph plugin, so there is no procedure to test");
        Kit.run(StateProcedure.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Neo4jTest
    static class StateProcedure {
        @Test
        void reports(Driver driver) {
            driver.executableQuery("CREATE (:A {id: 1}), (:A {id: 2}), (:B)").execute();
            driver.executableQuery("CREATE CONSTRAINT a_id FOR (a:A) REQUIRE a.id IS UNIQUE").execute();
            driver.executableQuery("CREATE INDEX b_name FOR (b:B) ON (b.name)").execute();
            driver.executableQuery("CALL db.awaitIndexes(60)").execute();

            org.neo4j.driver.Record state = driver.executableQuery("CALL testgraph.state()").execute().records().get(0);

            assertThat(state.get("nodes").asLong()).isEqualTo(3);
            assertThat(state.get("constraints").asList()).containsExactly("a_id");
            // the index behind the constraint is not listed: dropping the constraint drops it
            assertThat(state.get("indexes").asList()).contains("b_name").doesNotContain("a_id");
            assertThat(state.get("transactionId").asLong()).isEqualTo(Kit.count(driver,
                    "CALL testgraph.lastCommittedTransactionId() YIELD transactionId RETURN transactionId"));
        }
    }

    static String kind(String report) {
        if (report.matches("reset: [1-9][0-9]* transactions since load")) {
            return "CHANGED";
        }
        if (report.matches("reset: [1-9][0-9]* transactions since load; undone \\(([0-9]+ nodes and relationships put back|nothing to put back)\\)")) {
            // the journal of testgraph-server-plugin put back what the test changed (UndoTest)
            return "UNDONE";
        }
        if (report.matches("reset: [1-9][0-9]* transactions since load; not undone: the schema changed since the mark")) {
            return "CHANGED, SCHEMA";
        }
        return report.matches("reset: [1-9][0-9]* transactions since load; nothing to clean")
                ? "CHANGED, NOTHING TO CLEAN"
                : report;
    }

    @Neo4jTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class WithoutFixtures {
        @Test
        @Order(1)
        void writes_a_node(Driver driver) {
            driver.executableQuery("CREATE (:Temporary)").execute();
        }

        @Test
        @Order(2)
        void creates_only_a_token(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).isZero();
            driver.executableQuery("CALL db.createLabel('OnlyAToken')").execute();
        }

        @Test
        @Order(3)
        void reads(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).isZero();
        }

        @Test
        @Order(4)
        void reads_again(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).isZero();
        }

        @Test
        @Order(5)
        void writes_again(Driver driver) {
            driver.executableQuery("CREATE (:Temporary)").execute();
        }

        @Test
        @Order(6)
        void sees_none(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).isZero();
        }
    }

    @Neo4jTest
    @Fixture("social/people.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Tracked {

        private static void observe(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
            assertThat(Kit.count(driver, "MATCH (n) WHERE NOT n:Person RETURN count(n)")).isZero();
            if (!BackendUnderTest.backend().equals("external")) {
                Kit.record("transaction", Kit.count(driver,
                        "CALL testgraph.lastCommittedTransactionId() YIELD transactionId RETURN transactionId"));
            }
        }

        @Test
        @Order(1)
        void reads(Driver driver) {
            observe(driver);
        }

        @Test
        @Order(2)
        void reads_again(Driver driver) {
            observe(driver);
        }

        @Test
        @Order(3)
        void writes_through_the_injected_driver(Driver driver) {
            observe(driver);
            driver.executableQuery("CREATE (:Person:Extra {name: 'Dave'})").execute();
        }

        @Test
        @Order(4)
        void reads_after_a_write(Driver driver) {
            observe(driver);
        }

        @Test
        @Order(5)
        void writes_through_a_driver_of_its_own(Driver driver, Neo4jConnectionInfo details) {
            observe(driver);
            try (Driver own = GraphDatabase.driver(details.boltUri(), details.authToken())) {
                own.executableQuery("MATCH (p:Person {name: 'Alice'}) SET p.name = 'Alicia'").execute();
            }
        }

        @Test
        @Order(6)
        void reads_after_a_foreign_write(Driver driver) {
            observe(driver);
            assertThat(Kit.count(driver, "MATCH (p:Person {name: 'Alice'}) RETURN count(p)")).isEqualTo(1);
        }

        @Test
        @Order(7)
        void creates_an_index(Driver driver) {
            observe(driver);
            driver.executableQuery("CREATE INDEX tracked_name IF NOT EXISTS FOR (p:Person) ON (p.name)").execute();
        }

        @Test
        @Order(8)
        void reads_after_a_schema_change(Driver driver) {
            observe(driver);
        }

        @Test
        @Order(9)
        void calls_a_procedure_that_writes(Driver driver) {
            observe(driver);
            driver.executableQuery("CALL db.createLabel('MadeByAProcedure')").execute();
        }

        @Test
        @Order(10)
        void reads_after_the_procedure(Driver driver) {
            observe(driver);
        }

        @Test
        @Order(11)
        void rolls_a_write_back(Driver driver, Session session) {
            observe(driver);
            try (Transaction tx = session.beginTransaction()) {
                tx.run("MATCH (p:Person {name: 'Bob'}) SET p.name = 'Robert'").consume();
                tx.rollback();
            }
        }

        @Test
        @Order(12)
        void reads_after_the_rollback(Driver driver) {
            observe(driver);
            assertThat(Kit.count(driver, "MATCH (p:Person {name: 'Bob'}) RETURN count(p)")).isEqualTo(1);
        }

        @Test
        @Order(13)
        @Fixture("social/extra-friendships.json")
        void wants_other_fixtures(Driver driver) {
            assertThat(Kit.count(driver, "MATCH ()-[k:KNOWS]->() RETURN count(k)")).isEqualTo(2);
        }
    }

}
