package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/** {@code @Fixture} on classes and methods, layered, with every cleaning policy; runs on every backend. */
@ExtendWith(BackendUnderTest.class)
class FixtureTest {

    @Test
    void class_fixtures_load_before_every_test_and_method_fixtures_are_added_on_top() {
        EngineExecutionResults results = Kit.run(Friends.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(Kit.recorded("knows")).containsExactly(2L, 1L, 1L);
    }

    @Test
    void before_all_loads_the_class_fixtures_once() {
        EngineExecutionResults results = Kit.run(ReadOnly.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("people")).containsExactly(3L, 3L);
        // loaded once: both tests see the very same nodes (a clean and reload would have made new ones)
        assertThat(Kit.recorded("bob")).hasSize(2).containsOnly(Kit.recorded("bob").get(0));
    }

    @Test
    void key_property_stores_each_node_key_and_the_loaded_state_is_still_reused_by_a_read_only_test() {
        EngineExecutionResults results = Kit.run(KeysAsIds.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("ids")).containsExactly("alice,bob,carol", "alice,bob,carol");
        if (BackendUnderTest.backend().equals("external")) {
            // an external server has no Testgraph plugin to tell that nothing changed: every test reloads there
            assertThat(Kit.recorded("bob")).hasSize(2).doesNotHaveDuplicates();
            return;
        }
        assertThat(Kit.recorded("bob")).hasSize(2).containsOnly(Kit.recorded("bob").get(0));
    }

    @Test
    void a_broken_fixture_fails_the_class_before_any_test_with_file_and_location_and_writes_nothing() {
        EngineExecutionResults results = Kit.run(Broken.class, AfterBroken.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(Broken.class),
                finishedWithFailure(message(m -> m.contains("broken.json") && m.contains("line 4")
                        && m.contains("alice")))));
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(Kit.recorded("nodes")).containsExactly(0L);
    }

    @Test
    void a_missing_fixture_lists_the_places_that_were_tried() {
        EngineExecutionResults results = Kit.run(Missing.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(Missing.class),
                finishedWithFailure(message(m -> m.contains("no-such-file.json")
                        && m.contains("dev/testgraph/integration/no-such-file.json")))));
    }

    @Neo4jTest
    @Fixture("social/people.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Friends {
        @Test
        @Order(1)
        @Fixture("social/extra-friendships.json")
        void friends_of_friends(Driver driver, LoadedGraph graph) {
            Kit.record("knows", Kit.count(driver, "MATCH ()-[k:KNOWS]->() RETURN count(k)"));
            assertThat(graph.node("alice").get("name").asString()).isEqualTo("Alice");
            assertThat(graph.node("carol").elementId()).isEqualTo(graph.nodeId("carol"));
            long reachable = Kit.count(driver,
                    "MATCH (:Person {name: 'Alice'})-[:KNOWS*2]->(f:Person) RETURN count(f)");
            assertThat(reachable).isEqualTo(1);
        }

        @Test
        @Order(2)
        void only_the_class_fixture(Driver driver, LoadedGraph graph) {
            Kit.record("knows", Kit.count(driver, "MATCH ()-[k:KNOWS]->() RETURN count(k)"));
            assertThat(graph.nodeCount()).isEqualTo(3);
            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        }

        @Test
        @Order(3)
        void reloaded_after_the_previous_test_deleted_everything(Driver driver) {
            Kit.record("knows", Kit.count(driver, "MATCH ()-[k:KNOWS]->() RETURN count(k)"));
        }
    }

    @Neo4jTest(clean = CleanPolicy.BEFORE_ALL)
    @Fixture("social/people.json")
    static class ReadOnly {
        @Test
        void first(Driver driver) {
            Kit.record("people", Kit.count(driver, "MATCH (p:Person) RETURN count(p)"));
            Kit.record("bob", bob(driver));
        }

        @Test
        void second(Driver driver, LoadedGraph graph) {
            Kit.record("people", Kit.count(driver, "MATCH (p:Person) RETURN count(p)"));
            Kit.record("bob", bob(driver));
            assertThat(graph.nodeId("bob")).isEqualTo(bob(driver));
        }

        private static String bob(Driver driver) {
            return driver.executableQuery("MATCH (p:Person {name: 'Bob'}) RETURN elementId(p) AS id").execute()
                    .records().get(0).get("id").asString();
        }
    }

    @Neo4jTest
    @Fixture(value = "social/people.json", keyProperty = "id")
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class KeysAsIds {
        @Test
        void first(Driver driver) {
            record(driver);
        }

        @Test
        void second(Driver driver) {
            record(driver);
        }

        private static void record(Driver driver) {
            Kit.record("ids", driver.executableQuery("MATCH (p:Person) WITH p ORDER BY p.id"
                    + " RETURN reduce(s = '', id IN collect(p.id) | s + CASE s WHEN '' THEN '' ELSE ',' END + id) AS ids")
                    .execute().records().get(0).get("ids").asString());
            Kit.record("bob", driver.executableQuery("MATCH (p:Person {id: 'bob'}) RETURN elementId(p) AS id")
                    .execute().records().get(0).get("id").asString());
        }
    }

    @Neo4jTest
    @Fixture("social/broken.json")
    static class Broken {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(clean = CleanPolicy.NEVER)
    static class AfterBroken {
        @Test
        void sees_nothing_written(Driver driver) {
            Kit.record("nodes", Kit.count(driver, "MATCH (n:BrokenFixture) RETURN count(n)"));
        }
    }

    @Neo4jTest
    @Fixture("no-such-file.json")
    static class Missing {
        @Test
        void never_runs() {}
    }
}
