package dev.testgraph.examples;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Runs every unit of work of the application as a managed transaction: {@code executeWrite} for writes,
 * {@code executeRead} for reads, one short-lived session each.
 *
 * <p>The driver retries a managed transaction when the server reports a transient error (a deadlock, a lock
 * timeout, a leader switch) for up to {@link SocialGraphConfig#maxTransactionRetryTime()}. A client error (bad
 * Cypher, a constraint violation) is not retried, because running it again gives the same answer. Because a
 * function can run more than once, it must be idempotent: {@code MERGE} instead of {@code CREATE}, and no side
 * effects outside the transaction.
 *
 * <p>Each attempt is counted per operation name, which is what a metrics system would export.
 *
 * <pre>{@code
 * boolean created = transactions.write("befriend", tx ->
 *         tx.run(BEFRIEND, Map.of("a", a, "b", b)).consume().counters().relationshipsCreated() > 0);
 * }</pre>
 */
public final class ManagedTransactions {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final URI uri;
    private final Map<String, LongAdder> attempts = new ConcurrentHashMap<>();

    ManagedTransactions(Driver driver, SocialGraphConfig config) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(config.database());
        this.uri = config.uri();
    }

    /**
     * Runs a write transaction, retried on transient errors.
     *
     * @param operation the name the attempts are counted under
     * @param work the transaction function; may run more than once, so it must be idempotent
     * @param <T> the result type
     * @return what the function returned in the attempt that committed
     * @throws SocialGraphUnavailableException if the server cannot be reached
     * @throws org.neo4j.driver.exceptions.Neo4jException a client error, or a transient error after the retries ran out
     */
    public <T> T write(String operation, TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(counted(operation, work));
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new SocialGraphUnavailableException(uri, e);
        }
    }

    /**
     * Runs a read transaction, retried on transient errors. In a cluster it goes to a reader.
     *
     * @param operation the name the attempts are counted under
     * @param work the transaction function; must not write (the server refuses writes in read transactions)
     * @param <T> the result type
     * @return what the function returned
     * @throws SocialGraphUnavailableException if the server cannot be reached
     * @throws org.neo4j.driver.exceptions.Neo4jException a client error, or a transient error after the retries ran out
     */
    public <T> T read(String operation, TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(counted(operation, work));
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new SocialGraphUnavailableException(uri, e);
        }
    }

    /**
     * @param operation an operation name
     * @return how many times a transaction function of that name has been started, retries included
     */
    public long attempts(String operation) {
        LongAdder counter = attempts.get(operation);
        return counter == null ? 0 : counter.sum();
    }

    private <T> TransactionCallback<T> counted(String operation, TransactionCallback<T> work) {
        LongAdder counter = attempts.computeIfAbsent(operation, name -> new LongAdder());
        return tx -> {
            counter.increment();
            return work.execute(tx);
        };
    }
}
