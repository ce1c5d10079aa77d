package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.integration.procedures.BrokenSignature;
import dev.testgraph.integration.procedures.Friends;
import dev.testgraph.integration.procedures.Statistics;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import dev.testgraph.junit.spi.PluginJars;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/**
 * The user's own procedures, functions and aggregation functions, and APOC, from one annotation: the same class runs
 * in process (embedded) and in a container, where the classes are packed into a jar and APOC's jars are copied in.
 */
@ExtendWith(BackendUnderTest.class)
class ProceduresTest {

    @Test
    void procedures_functions_aggregations_and_apoc_work_and_writes_through_them_reset_the_database() {
        assumeFalse(BackendUnderTest.backend().equals("external"), "an external server gets no code from Testgraph");
        assumeTrue(!BackendUnderTest.backend().equals("embedded") || PluginJars.find("apoc").isPresent(),
                "APOC in process needs APOC on the class path: this module's embedded-apoc run has it");

        EngineExecutionResults results = Kit.run(WithProceduresAndApoc.class, WithoutProcedures.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        List<Object> uris = Kit.recorded("uri");
        assertThat(uris.get(0)).as("same configuration").isEqualTo(uris.get(1)).isEqualTo(uris.get(2));
        assertThat(uris.get(3)).as("other procedures: another server").isNotEqualTo(uris.get(0));
        List<String> reports = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .filter(java.util.Objects::nonNull)
                .toList();
        // the procedure's and APOC's writes count as changes: the tests after them reset
        assertThat(reports.get(1)).startsWith("reset: ").doesNotContain("reused");
        assertThat(reports.get(2)).startsWith("reset: ");
    }

    @Test
    void a_procedure_neo4j_would_refuse_is_named_before_any_server_starts() {
        EngineExecutionResults results = Kit.run(Broken.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(Broken.class),
                finishedWithFailure(message("@Neo4jTest on " + Broken.class.getName() + ": the procedure "
                        + BrokenSignature.class.getName() + ".answer() (it.broken.answer) returns java.lang.String, but"
                        + " Neo4j refuses a @Procedure that returns neither a Stream of records (a class with public"
                        + " fields, one per column) nor void. Return Stream<YourRecord>, or make it a"
                        + " @UserFunction."))));
    }

    @Test
    void the_external_backend_refuses_procedures_it_does_not_have() {
        assumeTrue(BackendUnderTest.backend().equals("external"), "only an external server can lack procedures");

        EngineExecutionResults results = Kit.run(WithProceduresAndApoc.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(WithProceduresAndApoc.class),
                finishedWithFailure(message(m -> m.contains("lacks [it.friends.befriend, it.friends.greeting,"
                        + " it.friends.longestName, apoc.version], asked for by "
                        + WithProceduresAndApoc.class.getName()) && m.contains("Testgraph installs code only on"
                        + " servers it starts")))));
    }

    @Test
    void a_procedure_gets_the_library_the_test_lists_for_it() {
        assumeFalse(BackendUnderTest.backend().equals("external"), "an external server gets no code from Testgraph");

        EngineExecutionResults results = Kit.run(WithDependency.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void in_a_container_a_procedure_lacks_a_library_the_test_does_not_list() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"),
                "only a container lacks the test's class path; this runs in the Testcontainers run");

        EngineExecutionResults results = Kit.run(WithoutDependency.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m -> m.contains(
                "it.stats.median") && m.contains(
                "ClassNotFoundException: org.apache.commons.math3.stat.descriptive.DescriptiveStatistics")))));
    }

    @Test
    void a_dependency_without_procedures_or_of_the_jdk_is_refused_before_any_server_starts() {
        EngineExecutionResults results = Kit.run(DependencyWithoutProcedures.class, JdkDependency.class);

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(DependencyWithoutProcedures.class), finishedWithFailure(message(
                        "@Neo4jTest on " + DependencyWithoutProcedures.class.getName() + " lists"
                                + " org.apache.commons.math3.stat.descriptive.DescriptiveStatistics in"
                                + " procedureDependencies but no procedures: dependencies are copied for the classes"
                                + " of procedures = ... . List the procedure classes too, or remove"
                                + " procedureDependencies."))))
                .haveExactly(1, event(container(JdkDependency.class), finishedWithFailure(message(
                        "@Neo4jTest on " + JdkDependency.class.getName() + " lists java.util.List in"
                                + " procedureDependencies, but it is part of the JDK, which the server has. Remove it"
                                + " from procedureDependencies."))));
    }

    @Neo4jTest(procedures = Statistics.class, procedureDependencies = DescriptiveStatistics.class)
    static class WithDependency {
        @Test
        void median(Driver driver) {
            assertThat(driver.executableQuery("RETURN it.stats.median([3.0, 1.0, 2.0]) AS m").execute().records()
                    .get(0).get("m").asDouble()).isEqualTo(2.0);
        }
    }

    @Neo4jTest(procedures = Statistics.class)
    static class WithoutDependency {
        @Test
        void median(Driver driver) {
            driver.executableQuery("RETURN it.stats.median([3.0, 1.0, 2.0]) AS m").execute();
        }
    }

    @Neo4jTest(procedureDependencies = DescriptiveStatistics.class)
    static class DependencyWithoutProcedures {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(procedures = Statistics.class, procedureDependencies = List.class)
    static class JdkDependency {
        @Test
        void never_runs() {}
    }

    // APOC is released per Neo4j line and Maven Central has it up to 5.26: kept on that image in a -Dtestgraph.image run
    @Neo4jTest(procedures = Friends.class, plugins = "apoc", image = "neo4j:5.26-community")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class WithProceduresAndApoc {
        @Test
        @Order(1)
        void calls_the_procedure_the_function_and_the_aggregation(Driver driver, Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
            var rows = driver.executableQuery("CALL it.friends.befriend('Alice', 'Bob') YIELD from, to"
                    + " RETURN from, to").execute().records();
            assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("to").asString()).isEqualTo("Bob"));
            assertThat(driver.executableQuery("RETURN it.friends.greeting('Ann') AS g").execute().records().get(0)
                    .get("g").asString()).isEqualTo("Hello, Ann!");
            assertThat(driver.executableQuery("UNWIND ['Al', 'Beatrice', 'Cy'] AS n RETURN it.friends.longestName(n)"
                    + " AS l").execute().records().get(0).get("l").asString()).isEqualTo("Beatrice");
            assertThat(Kit.count(driver, "MATCH (:Person)-[f:FRIEND]->(:Person) RETURN count(f)")).isEqualTo(1);
        }

        @Test
        @Order(2)
        void calls_apoc_that_writes(Driver driver, Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
            assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).as("the procedure's write was cleaned").isZero();
            driver.executableQuery("CALL apoc.create.node(['Made'], {by: 'apoc'})").execute();
            driver.executableQuery("CALL apoc.periodic.iterate('UNWIND range(1, 100) AS i RETURN i',"
                    + " 'CREATE (:Batch {i: i})', {batchSize: 10})").execute();
            assertThat(Kit.count(driver, "MATCH (n:Batch) RETURN count(n)")).isEqualTo(100);
        }

        @Test
        @Order(3)
        void streams_an_apoc_export(Driver driver, Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
            assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).as("APOC's writes were cleaned").isZero();
            driver.executableQuery("CREATE (:Exported {name: 'x'})").execute();
            String data = driver.executableQuery("CALL apoc.export.json.all(null, {stream: true}) YIELD data"
                    + " RETURN data").execute().records().get(0).get("data").asString();
            assertThat(data).contains("\"labels\":[\"Exported\"]");
        }
    }

    @Neo4jTest
    static class WithoutProcedures {
        @Test
        void has_none(Driver driver, Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
            assertThat(Kit.count(driver, "SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'it.friends' RETURN count(*)"))
                    .isZero();
        }
    }

    @Neo4jTest(procedures = BrokenSignature.class)
    static class Broken {
        @Test
        void never_runs() {}
    }
}
