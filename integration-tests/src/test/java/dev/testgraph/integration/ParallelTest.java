package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
        // one server's tests never ran side by side (isolated() fails otherwise), the two servers' did
        assertThat(Kit.recorded("overlap")).containsExactlyInAnyOrderElementsOf(
                BackendUnderTest.backend().equals("external")
                        ? List.of()
                        : List.of("A met OtherServer", "OtherServer met A"));
    }

    /** Tests on one server running at the moment, by lock: A, B and C share one server, OtherServer has its own. */
    private static final Map<String, AtomicInteger> RUNNING = Map.of("shared", new AtomicInteger(),
            "other", new AtomicInteger());
    /**
     * The first test of A and the first of OtherServer wait here for each other: they can only meet if classes on
     * different servers really run at the same time (on the external backend all classes share the one server).
     */
    private static final CyclicBarrier MEET = new CyclicBarrier(2);

    static void meet(String who, String other) {
        if (BackendUnderTest.backend().equals("external")) {
            return;
        }
        try {
            MEET.await(60, TimeUnit.SECONDS);
            Kit.record("overlap", who + " met " + other);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new AssertionError(who + " never ran at the same time as " + other, e);
        }
    }

    static void isolated(Driver driver, String label, int size) {
        AtomicInteger running = RUNNING.get(label.equals("D") && !BackendUnderTest.backend().equals("external")
                ? "other" : "shared");
        assertThat(running.incrementAndGet()).as("tests running on this server at once").isEqualTo(1);
        try {
            write(driver, label, size);
        } finally {
            running.decrementAndGet();
        }
    }

    private static void write(Driver driver, String label, int size) {
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
            if (info.getCurrentRepetition() == 1) {
                meet("A", "OtherServer");
            }
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
            if (info.getCurrentRepetition() == 1) {
                meet("OtherServer", "A");
            }
            isolated(driver, "D", 50 + info.getCurrentRepetition());
        }
    }
}
