package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The reset before a test with a fixture, which deletes a small graph inside the fixture's transaction: what a test
 * leaves (nodes, schema, a constraint the fixture's data breaks, a graph too large for one transaction) is gone when
 * the next test starts from its fixture. Runs on every backend.
 */
@ExtendWith(BackendUnderTest.class)
class ResetWithFixtureTest {

    @Test
    void the_next_test_sees_its_fixture_and_the_baseline_schema_only() {
        Kit.run(LeavesNodesAndSchema.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(Kit.recorded("nodes")).containsExactly(2L, 2L);
        assertThat(Kit.recorded("schema")).containsExactly(Kit.recorded("baseline").get(0));
    }

    @Test
    void a_constraint_the_fixture_breaks_is_dropped_before_the_fixture_loads_again() {
        Kit.run(LeavesConstraint.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(Kit.recorded("nodes")).containsExactly(2L);
        assertThat(Kit.recorded("constraints")).containsExactly(0L);
    }

    @Test
    void a_graph_too_large_for_the_fixtures_transaction_is_deleted_in_batches() {
        Kit.run(LeavesLargeGraph.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(Kit.recorded("nodes")).containsExactly(2L);
    }

    static long nodes(Driver driver) {
        return Kit.count(driver, "MATCH (n) RETURN count(n)");
    }

    @Neo4jTest
    @Fixture("reset/twins.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LeavesNodesAndSchema {
        @Test
        @Order(1)
        void writes_nodes_and_schema(Driver driver) {
            Kit.record("nodes", nodes(driver));
            Kit.record("baseline", CleaningTest.schema(driver));
            driver.executableQuery("CREATE (:Note)-[:ON]->(:Note)").execute();
            driver.executableQuery("CREATE INDEX left_by_a_test FOR (n:Note) ON (n.text)").execute();
            driver.executableQuery("CREATE CONSTRAINT left_by_a_test_too FOR (n:Tag) REQUIRE n.name IS UNIQUE").execute();
        }

        @Test
        @Order(2)
        void sees_the_fixture_only(Driver driver) {
            Kit.record("nodes", nodes(driver));
            Kit.record("schema", CleaningTest.schema(driver));
        }
    }

    @Neo4jTest
    @Fixture("reset/twins.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LeavesConstraint {
        @Test
        @Order(1)
        void makes_the_twins_name_unique(Driver driver) {
            driver.executableQuery("MATCH (p:Person) WITH p LIMIT 1 DETACH DELETE p").execute();
            driver.executableQuery("CREATE CONSTRAINT one_twin FOR (p:Person) REQUIRE p.name IS UNIQUE").execute();
        }

        @Test
        @Order(2)
        void has_both_twins_again(Driver driver) {
            Kit.record("nodes", Kit.count(driver, "MATCH (p:Person {name: 'Twin'}) RETURN count(p)"));
            Kit.record("constraints", Kit.count(driver, "SHOW CONSTRAINTS YIELD name RETURN count(name)"));
        }
    }

    @Neo4jTest
    @Fixture("reset/twins.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LeavesLargeGraph {
        @Test
        @Order(1)
        void writes_more_nodes_than_one_transaction_deletes(Driver driver) {
            driver.executableQuery("UNWIND range(1, 1500) AS i CREATE (:Big {i: i})").execute();
        }

        @Test
        @Order(2)
        void sees_the_fixture_only(Driver driver) {
            Kit.record("nodes", nodes(driver));
        }
    }
}
