package dev.testgraph.junit.internal;

import dev.testgraph.fixtures.internal.CypherNames;
import dev.testgraph.fixtures.internal.Timings;
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
    // the server plugin plans both while a server Testgraph started is starting (WarmUp)
    private static final String LIST_CONSTRAINTS = dev.testgraph.serverplugin.WarmUp.LIST_CONSTRAINTS;
    private static final String LIST_INDEXES = dev.testgraph.serverplugin.WarmUp.LIST_INDEXES;

    /**
     * The most nodes a clean deletes inside the first fixture's transaction ({@link #inLoad()}): the batch size of
     * {@link #DELETE_ALL}, so that the transaction stays as small as one of its batches.
     */
    static final int IN_LOAD_LIMIT = 1000;
    /**
     * The clean inside the first fixture's transaction: the node count and schema names by {@code testgraph.state()}
     * and, when there are at most {@code $limit} nodes, the delete, in one query sent with the first node batch.
     */
    static final String CLEAN_IN_LOAD = "CALL testgraph.state() YIELD nodes, constraints, indexes "
            + "OPTIONAL MATCH (n) WHERE nodes <= $limit DETACH DELETE n "
            + "WITH nodes, constraints, indexes, count(*) AS rows RETURN nodes, constraints, indexes";

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
        long step = Timings.start();
        try {
            CompletableFuture.allOf(delete, constraints, indexes).join();
            Timings.stop("clean: delete with the schema listings beside it", step);
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
        drop(drops);
        return delete.join() != 0 || !drops.isEmpty();
    }

    /**
     * A clean that runs inside the first fixture's data transaction, so that a small graph is deleted and the fixture
     * loaded in one transaction and one commit ({@code MATCH (n) DETACH DELETE n} and a {@code CREATE} by hand take
     * two). It deletes only when the database holds at most {@link #IN_LOAD_LIMIT} nodes; with more, the load rolls
     * back and the caller cleans in batches ({@link #clean}). The schema a test created is dropped after the commit
     * ({@link InLoad#dropSchema}): no fixture loaded this way creates any.
     *
     * @return the clean, for one load
     */
    InLoad inLoad() {
        return new InLoad();
    }

    /** One clean inside a load's transaction: its query and, once the load read its result, the schema to drop. */
    final class InLoad {
        private List<String> constraints = List.of();
        private List<String> indexes = List.of();

        /** @return the query run first in the load's transaction, and whether the load may commit after it */
        dev.testgraph.fixtures.internal.LoadAccess.Prelude prelude() {
            return new dev.testgraph.fixtures.internal.LoadAccess.Prelude(
                    new org.neo4j.driver.Query(CLEAN_IN_LOAD, java.util.Map.of("limit", IN_LOAD_LIMIT)), records -> {
                        Record state = records.get(0);
                        if (state.get("nodes").asLong() > IN_LOAD_LIMIT) {
                            return false;
                        }
                        constraints = state.get("constraints").asList(org.neo4j.driver.Value::asString);
                        indexes = state.get("indexes").asList(org.neo4j.driver.Value::asString);
                        return true;
                    });
        }

        /**
         * Drops the constraints and indexes that were there before the load's transaction and not in the baseline.
         *
         * @return whether it dropped any
         */
        boolean dropSchema(boolean keepSchema) {
            if (keepSchema) {
                return false;
            }
            List<String> drops = new ArrayList<>();
            // constraints first: the index a constraint owns goes with it
            constraints.stream().filter(name -> !baseline.contains(name))
                    .forEach(name -> drops.add("DROP CONSTRAINT " + CypherNames.quote(name) + " IF EXISTS"));
            indexes.stream().filter(name -> !baseline.contains(name))
                    .forEach(name -> drops.add("DROP INDEX " + CypherNames.quote(name) + " IF EXISTS"));
            drop(drops);
            return !drops.isEmpty();
        }
    }

    private void drop(List<String> drops) {
        long step = Timings.start();
        try (var session = driver.session()) {
            for (String drop : drops) {
                session.run(drop, OpenTransactions.config(timeout)).consume();
            }
        }
        Timings.stop("clean: schema drops", step);
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
