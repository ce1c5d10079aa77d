package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Neo4jTest;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/** Under JUnit's parallel execution, tests on one server never see each other's data. */
@ExtendWith(BackendUnderTest.class)
class ParallelTest {

    @Test
    void concurrent_classes_and_methods_do_not_leak_data_into_each_other() {
        EngineExecutionResults results = Kit.run(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"),
                A.class, B.class, C.class, OtherServer.class);

        results.testEvents().assertStatistics(stats -> stats.started(40).succeeded(40));
        assertThat(Kit.recorded("thread")).isNotEmpty();
    }

    static void isolated(Driver driver, String label, int size) {
        Kit.record("thread", Thread.currentThread().getName());
        assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).as("left over from another test").isZero();
        driver.executableQuery("UNWIND range(1, $size) AS i CREATE (:" + label + " {i: i})")
                .withParameters(Map.of("size", size))
                .execute();
        assertThat(Kit.count(driver, "MATCH (n) RETURN count(n)")).as("nodes of other tests seen").isEqualTo(size);
    }

    @Neo4jTest
    static class A {
        @RepeatedTest(10)
        void writes(Driver driver, RepetitionInfo info) {
            isolated(driver, "A", 10 + info.getCurrentRepetition());
        }
    }

    @Neo4jTest
    static class B {
        @RepeatedTest(10)
        void writes(Driver driver, RepetitionInfo info) {
            isolated(driver, "B", 100 + info.getCurrentRepetition());
        }
    }

    @Neo4jTest
    static class C {
        @RepeatedTest(10)
        void writes(Driver driver, RepetitionInfo info) {
            isolated(driver, "C", 1000 + info.getCurrentRepetition());
        }
    }

    @Neo4jTest(settings = "db.transaction.timeout=77s")
    static class OtherServer {
        @RepeatedTest(10)
        void writes(Driver driver, RepetitionInfo info) {
            isolated(driver, "D", 50 + info.getCurrentRepetition());
        }
    }
}
