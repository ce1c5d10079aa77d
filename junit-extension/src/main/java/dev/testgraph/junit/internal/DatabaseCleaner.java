package dev.testgraph.junit.internal;

import dev.testgraph.fixtures.internal.CypherNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Empties a database: nodes and relationships in batched transactions (a large graph never needs one huge
 * transaction), then the indexes and constraints that were not there when Testgraph first connected.
 *
 * <p>The delete and the two schema listings are sent at the same time on three sessions, so on an empty database
 * with no new schema a clean costs about one round trip.
 */
final class DatabaseCleaner {

    /**
     * A transaction's memory grows with the relationships of the nodes it deletes: batches of 10,000 nodes of a graph
     * with four relationships a node went over a 128 MB transaction limit (LargeFixtureTest, 1M nodes, 2M
     * relationships); batches of 1,000 stay small, and a small graph is still one batch.
     */
    static final String DELETE_ALL =
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS";
    private static final String LIST_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name";
    private static final String LIST_INDEXES = "SHOW INDEXES YIELD name, owningConstraint "
            + "RETURN name, owningConstraint IS NOT NULL AS owned";

    private final Driver driver;
    private final Set<String> baseline;
    private final Duration timeout;

    DatabaseCleaner(Driver driver, Set<String> baseline, Duration timeout) {
        this.driver = driver;
        this.baseline = Set.copyOf(baseline);
        this.timeout = timeout;
    }

    Set<String> baseline() {
        return baseline;
    }

    /** @return the names of every index and constraint in the database */
    static Set<String> schemaNames(Driver driver) {
        Set<String> names = new HashSet<>();
        driver.executableQuery(LIST_CONSTRAINTS).execute().records().forEach(r -> names.add(r.get("name").asString()));
        driver.executableQuery(LIST_INDEXES).execute().records().forEach(r -> names.add(r.get("name").asString()));
        return names;
    }

    /** @return the names of the token lookup indexes, which every new Neo4j database has */
    static Set<String> lookupIndexNames(Driver driver) {
        Set<String> names = new HashSet<>();
        driver.executableQuery("SHOW INDEXES YIELD name, type WHERE type = 'LOOKUP' RETURN name").execute().records()
                .forEach(r -> names.add(r.get("name").asString()));
        return names;
    }

    /**
     * @return whether the clean may have committed anything; {@code false} only when it certainly did not (nothing
     *     was deleted and no schema dropped), so that a transaction id read before it still holds
     */
    boolean clean(boolean keepSchema) {
        CompletableFuture<Integer> delete = deleted();
        CompletableFuture<List<Record>> constraints =
                keepSchema ? CompletableFuture.completedFuture(List.of()) : run(LIST_CONSTRAINTS);
        CompletableFuture<List<Record>> indexes =
                keepSchema ? CompletableFuture.completedFuture(List.of()) : run(LIST_INDEXES);
        long started = System.nanoTime();
        try {
            CompletableFuture.allOf(delete, constraints, indexes).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Testgraph could not clean the database: " + e.getCause().getMessage()
                    + blockers(e.getCause(), started), e.getCause());
        }
        List<String> drops = new ArrayList<>();
        for (Record constraint : constraints.join()) {
            String name = constraint.get("name").asString();
            if (!baseline.contains(name)) {
                drops.add("DROP CONSTRAINT " + CypherNames.quote(name) + " IF EXISTS");
            }
        }
        for (Record index : indexes.join()) {
            String name = index.get("name").asString();
            if (!baseline.contains(name) && !index.get("owned").asBoolean()) {
                drops.add("DROP INDEX " + CypherNames.quote(name) + " IF EXISTS");
            }
        }
        try (var session = driver.session()) {
            for (String drop : drops) {
                session.run(drop, OpenTransactions.config(timeout)).consume();
            }
        }
        return delete.join() != 0 || !drops.isEmpty();
    }

    /**
     * @return for a clean that ran out of time, how long it waited and the transactions that hold it up; else nothing
     */
    private String blockers(Throwable error, long started) {
        if (!(error instanceof Neo4jException neo4j) || !neo4j.code().contains("TransactionTimedOut")) {
            return "";
        }
        String waited = " It waited " + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms (Testgraph's time limit is " + timeout.toSeconds() + " s, " + RunSettings.TIMEOUT + ").";
        try {
            List<OpenTransactions.Open> open = OpenTransactions.list(driver, timeout);
            return waited + (open.isEmpty()
                    ? " No other transaction is open now."
                    : " Open transactions that may hold its locks: " + OpenTransactions.describe(open) + ".");
        } catch (RuntimeException e) {
            return waited;
        }
    }

    /** @return 0 when the batched delete committed nothing, else at least 1 (the nodes it deleted) */
    private CompletableFuture<Integer> deleted() {
        return run(DELETE_ALL, cursor -> cursor.consumeAsync().thenApply(summary ->
                summary.counters().containsUpdates() ? Math.max(1, summary.counters().nodesDeleted()) : 0));
    }

    private CompletableFuture<List<Record>> run(String query) {
        return run(query, ResultCursor::listAsync);
    }

    /** Runs the query on a session of its own, reads its result and closes the session, failed or not. */
    private <T> CompletableFuture<T> run(String query, Function<ResultCursor, CompletionStage<T>> read) {
        AsyncSession session = driver.session(AsyncSession.class);
        return session.runAsync(query, OpenTransactions.config(timeout))
                .thenCompose(read)
                .handle((result, error) -> session.closeAsync().handle((ignored, closeError) -> {
                    if (error != null) {
                        throw error instanceof CompletionException c ? c : new CompletionException(error);
                    }
                    return result;
                }))
                .thenCompose(stage -> stage)
                .toCompletableFuture();
    }
}
