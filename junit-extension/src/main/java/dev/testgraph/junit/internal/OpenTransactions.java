package dev.testgraph.junit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * Transactions still open on a server after a test: a session the test never closed, a transaction it never committed
 * or rolled back. Left alone, their locks make the next clean wait for ever (Neo4j's transaction timeout is unlimited
 * by default). Testgraph's own queries carry a metadata mark and are never counted.
 */
final class OpenTransactions {

    /** The mark on every transaction Testgraph runs for itself. */
    static final Map<String, Object> MARK = Map.of("testgraph", "internal");

    private static final String LIST = "SHOW TRANSACTIONS YIELD transactionId, currentQuery, status, activeLockCount,"
            + " elapsedTime, clientAddress, metaData, database"
            // a terminated transaction stays listed until its client next touches it, but it holds no locks any more
            + " WHERE metaData.testgraph IS NULL AND NOT status STARTS WITH 'Terminated'"
            + " RETURN transactionId, currentQuery, status, activeLockCount, elapsedTime, clientAddress, database"
            + " ORDER BY transactionId";
    private static final String TERMINATE = "TERMINATE TRANSACTIONS $ids";

    private OpenTransactions() {}

    /**
     * One open transaction.
     *
     * @param query the query it runs now, or empty when it is idle between queries
     */
    record Open(String id, String database, String query, String status, long locks, Duration elapsed,
            String client) {

        @Override
        public String toString() {
            return id + " on " + database + " (" + status.toLowerCase(java.util.Locale.ROOT) + ", open for "
                    + elapsed.toMillis() + " ms, " + locks + " lock" + (locks == 1 ? "" : "s") + ", from " + client
                    + (query.isBlank() ? ", idle between queries" : ", running: " + query.strip()) + ")";
        }
    }

    /** @return the transactions open now that are not Testgraph's */
    static List<Open> list(Driver driver, Duration timeout) {
        try (Session session = driver.session()) {
            List<Open> open = new ArrayList<>();
            for (Record record : session.run(LIST, config(timeout)).list()) {
                open.add(new Open(record.get("transactionId").asString(), record.get("database").asString(""),
                        record.get("currentQuery").asString(""), record.get("status").asString(""),
                        record.get("activeLockCount").asLong(0),
                        Duration.ofNanos(record.get("elapsedTime").asIsoDuration().nanoseconds()
                                + record.get("elapsedTime").asIsoDuration().seconds() * 1_000_000_000L),
                        record.get("clientAddress").asString("")));
            }
            return open;
        }
    }

    /** Terminates the transactions; their sessions see an error on their next use. */
    static void terminate(Driver driver, List<Open> open, Duration timeout) {
        if (open.isEmpty()) {
            return;
        }
        try (Session session = driver.session()) {
            session.run(TERMINATE, Map.of("ids", open.stream().map(Open::id).toList()), config(timeout)).consume();
        }
    }

    static String describe(List<Open> open) {
        return open.stream().map(Open::toString).collect(Collectors.joining("; "));
    }

    /** @return Testgraph's mark and its time limit, for a transaction Testgraph runs for itself */
    static TransactionConfig config(Duration timeout) {
        return TransactionConfig.builder().withMetadata(MARK).withTimeout(timeout).build();
    }
}
