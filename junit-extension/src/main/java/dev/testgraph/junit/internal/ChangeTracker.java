package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.Neo4jServer;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Knows whether the database changed since Testgraph last cleaned it and loaded fixtures, by the id of the last
 * committed transaction: read in-process from an embedded server, else through the procedure of
 * {@code testgraph-server-plugin}. Exact, never optimistic: any committed change moves the id; when the id cannot
 * be read, every test resets.
 */
final class ChangeTracker {

    static final String PROCEDURE =
            "CALL testgraph.state() YIELD transactionId, nodes, constraints, indexes "
                    + "RETURN transactionId, nodes, constraints, indexes";
    private static final System.Logger LOG = System.getLogger("dev.testgraph");

    /**
     * What {@code testgraph.state()} says in one round trip.
     *
     * @param transactionId the last committed transaction id
     * @param nodes the number of nodes
     * @param schema the names of the constraints and of the indexes that back no constraint: what a clean would drop
     *     unless it is in the baseline
     */
    record State(long transactionId, long nodes, Set<String> schema) {

        /** @return whether a clean would find nothing to delete and nothing to drop */
        boolean clean(Set<String> baseline, boolean keepSchema) {
            return nodes == 0 && (keepSchema || baseline.containsAll(schema));
        }
    }

    private final Neo4jServer server;
    private final Driver driver;
    private final String description;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    private final java.time.Duration timeout;

    ChangeTracker(Neo4jServer server, Driver driver, String description, java.time.Duration timeout) {
        this.server = server;
        this.driver = driver;
        this.description = description;
        this.timeout = timeout;
    }

    /** @return whether the id turned out not to be readable on this server (no Testgraph plugin there) */
    boolean unavailable() {
        return unavailable.get();
    }

    /** @return the id when the server gives it in-process, for free; empty when it takes a query */
    OptionalLong inProcessTransactionId() {
        return server.lastCommittedTransactionId();
    }

    /** @return the last committed transaction id, or empty when it cannot be read (said once in the log) */
    OptionalLong lastCommittedTransactionId() {
        OptionalLong inProcess = server.lastCommittedTransactionId();
        if (inProcess.isPresent()) {
            return inProcess;
        }
        return state().map(state -> OptionalLong.of(state.transactionId())).orElse(OptionalLong.empty());
    }

    /** @return the state by {@code testgraph.state()}, or empty when the server has no such procedure */
    Optional<State> state() {
        if (unavailable.get()) {
            return Optional.empty();
        }
        try {
            // a session of its own, not executableQuery: a server that stopped answering must fail now, not be retried
            Record record;
            try (org.neo4j.driver.Session session = driver.session()) {
                record = session.run(PROCEDURE, OpenTransactions.config(timeout)).single();
            }
            Set<String> schema = new HashSet<>();
            for (String field : new String[] {"constraints", "indexes"}) {
                for (Value name : record.get(field).values()) {
                    schema.add(name.asString());
                }
            }
            return Optional.of(new State(record.get("transactionId").asLong(), record.get("nodes").asLong(), schema));
        } catch (org.neo4j.driver.exceptions.ServiceUnavailableException
                | org.neo4j.driver.exceptions.SessionExpiredException e) {
            throw e;
        } catch (Neo4jException e) {
            if (unavailable.compareAndSet(false, true)) {
                LOG.log(Level.INFO, () -> "Testgraph: cannot read the last committed transaction id of " + description
                        + " (" + e.getMessage() + "), so every test cleans and reloads its fixtures. Install"
                        + " testgraph-server-plugin on the server to let read-only tests skip that.");
            }
            return Optional.empty();
        }
    }
}
