package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/** Each cleaning policy, and the schema clean; runs on every backend. */
@ExtendWith(BackendUnderTest.class)
class CleaningTest {

    @Test
    void before_each_removes_the_previous_tests_nodes_relationships_and_schema() {
        EngineExecutionResults results = Kit.run(BeforeEach.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("seen")).containsExactly(0L, 0L);
        assertThat(Kit.recorded("schema")).containsExactly(Kit.recorded("baseline").get(0), Kit.recorded("baseline").get(0));
    }

    @Test
    void before_all_keeps_data_between_the_tests_of_a_class_and_cleans_before_the_next_class() {
        EngineExecutionResults results = Kit.run(BeforeAll.class, BeforeAllNext.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(Kit.recorded("seen")).containsExactly(0L, 1L, 0L);
    }

    @Test
    void never_leaves_the_data_alone() {
        EngineExecutionResults results = Kit.run(BeforeAll.class, Never.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(Kit.recorded("seen")).containsExactly(0L, 1L, 2L);
    }

    @Test
    void keep_schema_keeps_indexes_and_constraints_that_tests_created() {
        EngineExecutionResults results = Kit.run(KeepSchema.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("indexes")).containsExactly(false, true);
    }

    @Test
    void a_large_graph_is_deleted_in_batches() {
        EngineExecutionResults results = Kit.run(LargeGraph.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("seen")).containsExactly(0L);
    }

    static long nodes(Driver driver) {
        return Kit.count(driver, "MATCH (n) RETURN count(n)");
    }

    static Object schema(Driver driver) {
        return driver.executableQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names").execute()
                .records().get(0).get("names").asList().stream().sorted().toList();
    }

    @Neo4jTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class BeforeEach {
        @Test
        @Order(1)
        void writes(Driver driver) {
            Kit.record("seen", nodes(driver));
            Kit.record("schema", schema(driver));
            Kit.record("baseline", schema(driver));
            driver.executableQuery("CREATE (:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'})").execute();
            driver.executableQuery("CREATE INDEX person_name FOR (p:Person) ON (p.name)").execute();
            driver.executableQuery("CREATE CONSTRAINT person_email FOR (p:Person) REQUIRE p.email IS UNIQUE").execute();
        }

        @Test
        @Order(2)
        void sees_nothing(Driver driver) {
            Kit.record("seen", nodes(driver));
            Kit.record("schema", schema(driver));
        }
    }

    @Neo4jTest(clean = CleanPolicy.BEFORE_ALL)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class BeforeAll {
        @Test
        @Order(1)
        void writes(Driver driver) {
            Kit.record("seen", nodes(driver));
            driver.executableQuery("CREATE (:Shared)").execute();
        }

        @Test
        @Order(2)
        void sees_it(Driver driver) {
            Kit.record("seen", nodes(driver));
        }
    }

    @Neo4jTest(clean = CleanPolicy.BEFORE_ALL)
    static class BeforeAllNext {
        @Test
        void starts_empty(Driver driver) {
            Kit.record("seen", nodes(driver));
        }
    }

    @Neo4jTest(clean = CleanPolicy.NEVER)
    static class Never {
        @Test
        void sees_what_the_previous_class_left(Driver driver) {
            driver.executableQuery("CREATE (:Mine)").execute();
            Kit.record("seen", nodes(driver));
        }
    }

    @Neo4jTest(keepSchema = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KeepSchema {
        @Test
        @Order(1)
        void creates_an_index(Driver driver) {
            driver.executableQuery("DROP INDEX kept_index IF EXISTS").execute();
            Kit.record("indexes", schema(driver).toString().contains("kept_index"));
            driver.executableQuery("CREATE INDEX kept_index FOR (p:Kept) ON (p.name)").execute();
        }

        @Test
        @Order(2)
        void still_has_it(Driver driver) {
            Kit.record("indexes", schema(driver).toString().contains("kept_index"));
            driver.executableQuery("DROP INDEX kept_index").execute();
        }
    }

    @Neo4jTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LargeGraph {
        @Test
        @Order(1)
        void writes_more_than_one_batch(Driver driver) {
            driver.executableQuery("UNWIND range(1, 25000) AS i CREATE (:Big {i: i})-[:NEXT]->(:Big {i: -i})")
                    .execute();
        }

        @Test
        @Order(2)
        void sees_nothing(Driver driver) {
            Kit.record("seen", nodes(driver));
        }
    }
}
