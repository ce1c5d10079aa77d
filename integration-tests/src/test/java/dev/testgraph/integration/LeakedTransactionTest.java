package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.time.Duration;
import java.util.List;
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
 * The most common bug in driver code, a session never closed with a write transaction open in it, holds locks on the
 * fixture's nodes. Left alone, the next test's clean waits for them for ever (Neo4j's transaction timeout is
 * unlimited by default). Testgraph terminates such transactions after the test, blames it, and the next test runs.
 */
@ExtendWith(BackendUnderTest.class)
class LeakedTransactionTest {

    @Test
    void the_test_that_leaves_a_transaction_open_fails_with_what_it_left_and_the_next_test_runs() {
        EngineExecutionResults results = Kit.run(Leaks.class);

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test("leaves_a_write_transaction_open"), finishedWithFailure(
                        instanceOf(AssertionError.class), message(m -> m.startsWith(Leaks.class.getName()
                                + "#leaves_a_write_transaction_open left 1 transaction(s) open on the Neo4j server: ")
                                && m.matches("(?s).*, [1-9][0-9]* locks, .*") && m.contains("Testgraph terminated them")
                                && m.contains("try (Session session = driver.session())")
                                && m.endsWith("Set testgraph.leakedTransactions=warn to report this without failing"
                                        + " the test.")))))
                .haveExactly(1, event(test("runs_after_the_leak"), finishedSuccessfully()));
        Duration fromLeakToNextTest = (Duration) Kit.recorded("leak to next test").get(0);
        // not a timing assertion: without the fix the next test never starts; the figure goes into the report
        System.out.println("LeakedTransactionTest: from the leak to the next test's body: " + fromLeakToNextTest.toMillis()
                + " ms");
    }

    @Test
    void with_warn_the_leak_is_reported_but_the_test_passes() {
        EngineExecutionResults results = MisconfigurationTest.withProperty("testgraph.leakedTransactions", "warn",
                () -> Kit.run(Leaks.class));

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> leaks = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()
                        .get("testgraph-leaked-transactions"))
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(leaks).hasSize(1).first().asString().containsPattern(", [1-9][0-9]* locks, ");
    }

    @Test
    void a_transaction_left_open_in_an_injected_session_is_rolled_back_without_blame() {
        EngineExecutionResults results = Kit.run(ForgetsInInjectedSession.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Neo4jTest
    @Fixture("social/people.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Leaks {
        static long leftAt;

        @Test
        @Order(1)
        @SuppressWarnings("resource") // the bug under test
        void leaves_a_write_transaction_open(Driver driver) {
            Session session = driver.session();
            Transaction transaction = session.beginTransaction();
            transaction.run("MATCH (p:Person) SET p.touched = true").consume();
            leftAt = System.nanoTime();
        }

        @Test
        @Order(2)
        void runs_after_the_leak(Driver driver) {
            Kit.record("leak to next test", Duration.ofNanos(System.nanoTime() - leftAt));
            assertThat(Kit.count(driver, "MATCH (p:Person) WHERE p.touched RETURN count(p)")).isZero();
            driver.executableQuery("MATCH (p:Person) SET p.touched = true").execute();
        }
    }

    @Neo4jTest
    @Fixture("social/people.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ForgetsInInjectedSession {
        @Test
        @Order(1)
        void leaves_a_transaction_open_in_the_injected_session(Session session) {
            Transaction transaction = session.beginTransaction();
            transaction.run("MATCH (p:Person) SET p.touched = true").consume();
        }

        @Test
        @Order(2)
        void sees_it_rolled_back(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (p:Person) WHERE p.touched RETURN count(p)")).isZero();
        }
    }
}
