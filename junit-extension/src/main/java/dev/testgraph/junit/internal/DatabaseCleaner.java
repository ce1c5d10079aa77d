package dev.testgraph.junit.internal;

import dev.testgraph.fixtures.internal.CypherNames;
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

/**
 * Empties a database: nodes and relationships in batched transactions (a large graph never needs one huge
 * transaction), then the indexes and constraints that were not there when Testgraph first connected.
 *
 * <p>The delete and the two schema listings are sent at the same time on three sessions, so on an empty database
 * with no new schema a clean costs about one round trip.
 */
final class DatabaseCleaner {

    static final String DELETE_ALL =
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";
    private static final String LIST_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name";
    private static final String LIST_INDEXES = "SHOW INDEXES YIELD name, owningConstraint "
            + "RETURN name, owningConstraint IS NOT NULL AS owned";

    private final Driver driver;
    private final Set<String> baseline;

    DatabaseCleaner(Driver driver, Set<String> baseline) {
        this.driver = driver;
        this.baseline = Set.copyOf(baseline);
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
        try {
            CompletableFuture.allOf(delete, constraints, indexes).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Testgraph could not clean the database: " + e.getCause().getMessage(),
                    e.getCause());
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
                session.run(drop).consume();
            }
        }
        return delete.join() != 0 || !drops.isEmpty();
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
        return session.runAsync(query)
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
