package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.Neo4jServer;
import java.lang.System.Logger.Level;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Knows whether the database changed since Testgraph last cleaned it and loaded fixtures, by the id of the last
 * committed transaction: read in-process from an embedded server, else through the procedure of
 * {@code testgraph-server-plugin}. Exact, never optimistic: any committed change moves the id; when the id cannot
 * be read, every test resets.
 */
final class ChangeTracker {

    static final String PROCEDURE = "CALL testgraph.lastCommittedTransactionId() YIELD transactionId RETURN transactionId";
    private static final System.Logger LOG = System.getLogger("dev.testgraph");

    private final Neo4jServer server;
    private final Driver driver;
    private final String description;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    ChangeTracker(Neo4jServer server, Driver driver, String description) {
        this.server = server;
        this.driver = driver;
        this.description = description;
    }

    /** @return the last committed transaction id, or empty when it cannot be read (said once in the log) */
    OptionalLong lastCommittedTransactionId() {
        OptionalLong inProcess = server.lastCommittedTransactionId();
        if (inProcess.isPresent() || unavailable.get()) {
            return inProcess;
        }
        try {
            return OptionalLong.of(driver.executableQuery(PROCEDURE).execute().records().get(0).get(0).asLong());
        } catch (Neo4jException e) {
            if (unavailable.compareAndSet(false, true)) {
                LOG.log(Level.INFO, () -> "Testgraph: cannot read the last committed transaction id of " + description
                        + " (" + e.getMessage() + "), so every test cleans and reloads its fixtures. Install"
                        + " testgraph-server-plugin on the server to let read-only tests skip that.");
            }
            return OptionalLong.empty();
        }
    }
}
