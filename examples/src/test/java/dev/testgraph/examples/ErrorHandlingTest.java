package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Practice: an error taxonomy. Client errors are not retried, transient errors are retried by managed
 * transactions, and an unreachable server is reported as the application's own clear exception. The transient
 * case is real: two transactions lock two people in opposite order, the server detects the deadlock and fails
 * one of them, and the managed transaction runs that one again.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("people.json")
class ErrorHandlingTest {

    static final String ADD_KARMA = "MATCH (p:Person {email: $email}) SET p.karma = coalesce(p.karma, 0) + 1";

    static SocialGraphApp app;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void startApplication(Neo4jConnectionInfo neo4j) {
        app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
    }

    @AfterAll
    static void stopApplication() {
        app.close();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Locks {@code first}, waits until the other transaction holds its first lock too, then locks {@code second}. */
    static void lockInOrder(TransactionContext tx, String first, String second, CyclicBarrier bothHoldOneLock,
            boolean firstAttempt) throws InterruptedException, BrokenBarrierException, TimeoutException {
        tx.run(ADD_KARMA, Map.of("email", first)).consume();
        if (firstAttempt) {
            bothHoldOneLock.await(30, TimeUnit.SECONDS);
        }
        tx.run(ADD_KARMA, Map.of("email", second)).consume();
    }

    @Test
    void a_deadlock_is_retried_by_the_managed_transaction_and_both_writes_succeed(Driver driver) throws Exception {
        CyclicBarrier bothHoldOneLock = new CyclicBarrier(2);
        long attemptsBefore = app.transactions().attempts("karma");

        Callable<Integer> aliceThenBob = managedKarma("alice@example.com", "bob@example.com", bothHoldOneLock);
        Callable<Integer> bobThenAlice = managedKarma("bob@example.com", "alice@example.com", bothHoldOneLock);
        Future<Integer> first = threads.submit(aliceThenBob);
        Future<Integer> second = threads.submit(bobThenAlice);

        // both calls succeed; together they needed three attempts: the deadlock victim ran twice
        assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(1, 2);
        assertThat(app.transactions().attempts("karma") - attemptsBefore).isEqualTo(3);
        assertThatGraph(driver)
                .containsNode("(:Person {email: 'alice@example.com', karma: 2})")
                .containsNode("(:Person {email: 'bob@example.com', karma: 2})");
    }

    /** @return a call that returns how many attempts its managed transaction needed */
    static Callable<Integer> managedKarma(String first, String second, CyclicBarrier bothHoldOneLock) {
        return () -> {
            AtomicInteger attempts = new AtomicInteger();
            app.transactions().write("karma", tx -> {
                try {
                    lockInOrder(tx, first, second, bothHoldOneLock, attempts.incrementAndGet() == 1);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other transaction never took its first lock", e);
                }
                return null;
            });
            return attempts.get();
        };
    }

    @Test
    void without_a_managed_transaction_the_same_deadlock_reaches_the_caller(Driver driver) throws Exception {
        // the contrast that proves the deadlock above is real: an explicit transaction is not retried
        CyclicBarrier bothHoldOneLock = new CyclicBarrier(2);
        Future<?> first = threads.submit(explicitKarma(driver, "alice@example.com", "bob@example.com", bothHoldOneLock));
        Future<?> second = threads.submit(explicitKarma(driver, "bob@example.com", "alice@example.com", bothHoldOneLock));

        List<Throwable> failures = new java.util.ArrayList<>();
        for (Future<?> call : List.of(first, second)) {
            try {
                call.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(failures).singleElement()
                .isInstanceOfSatisfying(TransientException.class, deadlock ->
                        assertThat(deadlock.code()).isEqualTo("Neo.TransientError.Transaction.DeadlockDetected"));
        assertThatGraph(driver)
                .containsNode("(:Person {email: 'alice@example.com', karma: 1})")
                .containsNode("(:Person {email: 'bob@example.com', karma: 1})");
    }

    static Callable<Void> explicitKarma(Driver driver, String first, String second, CyclicBarrier bothHoldOneLock) {
        return () -> {
            try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
                tx.run(ADD_KARMA, Map.of("email", first)).consume();
                bothHoldOneLock.await(30, TimeUnit.SECONDS);
                tx.run(ADD_KARMA, Map.of("email", second)).consume();
                tx.commit();
            }
            return null;
        };
    }

    @Test
    void a_client_error_is_not_retried(Driver driver) {
        long attemptsBefore = app.transactions().attempts("changeEmail");

        assertThatThrownBy(() -> app.people().changeEmail("bob@example.com", "alice@example.com"))
                .isInstanceOf(DuplicateEmailException.class);

        assertThat(app.transactions().attempts("changeEmail") - attemptsBefore).isEqualTo(1);
        assertThatGraph(driver).containsNode("(:Person {email: 'bob@example.com', name: 'Bob'})");
    }

    @Test
    void a_syntax_error_is_not_retried() {
        assertThatThrownBy(() -> app.transactions().write("typo", tx -> tx.run("MATCH (p:Person RETURN p").consume()))
                .isInstanceOfSatisfying(ClientException.class, error ->
                        assertThat(error.code()).isEqualTo("Neo.ClientError.Statement.SyntaxError"));

        assertThat(app.transactions().attempts("typo")).isEqualTo(1);
    }

    @Test
    void an_unreachable_server_is_reported_clearly(Neo4jConnectionInfo neo4j) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort(); // free now, and closed again below: nothing listens there
        }
        Properties properties = ApplicationUnderTest.propertiesFor(neo4j);
        properties.setProperty("socialgraph.neo4j.uri", "bolt://127.0.0.1:" + closedPort);
        properties.setProperty("socialgraph.neo4j.connection-timeout", "PT2S");

        assertThatThrownBy(() -> SocialGraphApp.start(SocialGraphConfig.fromProperties(properties)))
                .isInstanceOfSatisfying(SocialGraphUnavailableException.class, unavailable ->
                        assertThat(unavailable.uri()).hasToString("bolt://127.0.0.1:" + closedPort))
                .hasMessageStartingWith("Neo4j at bolt://127.0.0.1:" + closedPort + " is unavailable: Unable to connect")
                .hasMessageEndingWith("Check that the server is running and that socialgraph.neo4j.uri points at it.")
                .hasCauseInstanceOf(ServiceUnavailableException.class);
    }
}
