package dev.testgraph.serverplugin;

import java.util.List;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;

/**
 * Plans the first queries of a test run inside the server, on a thread of its own, while the server is still starting
 * and the test JVM connects: a fresh Neo4j spends more than a second on its first Cypher (the parser, planner and
 * runtime load and warm up), which Testgraph's first queries and the first fixture load would otherwise wait for.
 *
 * <p>Only on a server Testgraph starts, which names {@link #MARK} among its unrestricted procedures (a name no
 * procedure has; switched off with {@code testgraph.warmUpServer=false}), and only in its default database. Every
 * transaction rolls back and touches no token (no label, type or property key is created), so the database and its
 * last committed transaction id stay as they were; each carries the metadata {@code testgraph: internal}, which the
 * leaked-transaction check passes over.
 */
public final class WarmUp extends LifecycleAdapter {

    /** Among {@code dbms.security.procedures.unrestricted}: the server is Testgraph's and wants the warm-up. */
    public static final String MARK = "testgraph.warmUp";

    /** Testgraph's first query on a new server (its version and edition), planned here first. */
    public static final String COMPONENTS = "CALL dbms.components() YIELD name, versions, edition "
            + "WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition";
    /** Testgraph's listing of constraints on a new server, planned here first. */
    public static final String LIST_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name";
    /** Testgraph's listing of indexes on a new server, planned here first. */
    public static final String LIST_INDEXES = "SHOW INDEXES YIELD name, owningConstraint "
            + "RETURN name, owningConstraint IS NOT NULL AS owned";

    /** The shapes of a fixture load: a node batch, a relationship batch (whose rows match nothing) and a clean. */
    private static final List<String> LOAD_SHAPES = List.of(
            "CALL testgraph.state() YIELD nodes, constraints, indexes "
                    + "OPTIONAL MATCH (n) WHERE nodes < 0 DETACH DELETE n "
                    + "WITH nodes, constraints, indexes, count(*) AS rows RETURN nodes, constraints, indexes",
            "UNWIND $rows AS row CREATE (n) SET n = row[1] RETURN collect(row[0]) AS i, collect(elementId(n)) AS id",
            "UNWIND $missing AS row MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1] "
                    + "CREATE (a)-[r:TESTGRAPH_WARM_UP]->(b) SET r = row[2] RETURN count(r) AS created",
            "MATCH (n) WHERE elementId(n) IN $ids RETURN n",
            "MATCH (n) RETURN count(n) AS nodes");

    /** How long a query waits for a procedure it calls to be registered. */
    private static final java.time.Duration PROCEDURE_WAIT = java.time.Duration.ofSeconds(30);

    private static final Map<String, Object> PARAMETERS = Map.of(
            "rows", List.of(List.of(0L, Map.of())),
            "missing", List.of(List.of("none", "none", Map.of())),
            "ids", List.of("none"));

    /** What the warm-up of each database did, for tests: the queries that failed (a newer Neo4j may refuse one). */
    private static final Map<Object, Outcome> OUTCOMES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final GraphDatabaseAPI database;
    private final Outcome outcome = new Outcome();
    private volatile Thread thread;
    private volatile InternalTransaction current;
    private volatile boolean stopping;

    private WarmUp(GraphDatabaseAPI database) {
        this.database = database;
    }

    /** @return whether a database of a server with this configuration is warmed up */
    static boolean wanted(Config config, String databaseName) {
        return config.get(GraphDatabaseSettings.procedure_unrestricted).contains(MARK)
                && databaseName.equals(config.get(GraphDatabaseSettings.initial_default_database));
    }

    /**
     * What a database's warm-up did, once it has ended.
     *
     * @param database a database of this JVM
     * @param timeout how long to wait for its warm-up to end
     * @return the queries it ran and those that failed with why; empty when the database has no warm-up
     * @throws InterruptedException if interrupted while waiting
     */
    public static java.util.Optional<Outcome> await(org.neo4j.graphdb.GraphDatabaseService database,
            java.time.Duration timeout) throws InterruptedException {
        Outcome outcome = OUTCOMES.get(key(database));
        if (outcome == null) {
            return java.util.Optional.empty();
        }
        outcome.done.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return java.util.Optional.of(outcome);
    }

    /** @return what the database's warm-up did so far, or empty when it has none */
    static java.util.Optional<Outcome> outcome(org.neo4j.graphdb.GraphDatabaseService database) {
        return java.util.Optional.ofNullable(OUTCOMES.get(key(database)));
    }

    /**
     * The same for every view of one database (a procedure's injected database is another object than an
     * extension's): its dependency resolver.
     */
    private static Object key(org.neo4j.graphdb.GraphDatabaseService database) {
        return database instanceof GraphDatabaseAPI api ? api.getDependencyResolver() : database;
    }

    /** What one warm-up did. */
    public static final class Outcome {
        private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        private final List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Outcome() {}

        /** @return whether it has ended */
        public boolean ended() {
            return done.getCount() == 0;
        }

        /** @return the queries it ran to the end */
        public List<String> ran() {
            return List.copyOf(ran);
        }

        /** @return the queries that failed, each with the error's message */
        public List<String> failed() {
            return List.copyOf(failed);
        }
    }

    @Override
    public void start() {
        OUTCOMES.put(key(database), outcome);
        Thread warmUp = new Thread(this::run, "testgraph-warm-up");
        warmUp.setDaemon(true);
        thread = warmUp;
        warmUp.start();
    }

    /**
     * Ends a warm-up still running at once: its transaction is terminated, so the database's stop never waits for it.
     */
    @Override
    public void stop() throws InterruptedException {
        stopping = true;
        InternalTransaction running = current;
        if (running != null) {
            running.terminate();
        }
        Thread warmUp = thread;
        if (warmUp != null) {
            warmUp.interrupt();
            warmUp.join(1_000);
        }
    }

    private void run() {
        try {
            // the database starts after its extensions: wait until it takes transactions
            if (!database.isAvailable(120_000)) {
                return;
            }
            for (String query : List.of(COMPONENTS, LIST_CONSTRAINTS, LIST_INDEXES)) {
                execute(query, Map.of());
            }
            for (String query : LOAD_SHAPES) {
                execute(query, PARAMETERS);
            }
        } finally {
            outcome.done.countDown();
        }
    }

    private void execute(String query, Map<String, Object> parameters) {
        long deadline = System.nanoTime() + PROCEDURE_WAIT.toNanos();
        while (!stopping && executeOnce(query, parameters, deadline)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Runs a query once.
     *
     * @param deadline until when ({@link System#nanoTime()}) a procedure the query calls is waited for
     * @return whether it should run again: it calls a procedure that is not registered yet (neo4j-harness registers
     *     the procedures it is given after the databases have started, so on the embedded backend the warm-up can
     *     be sooner than {@code testgraph.state})
     */
    private boolean executeOnce(String query, Map<String, Object> parameters, long deadline) {
        try (Transaction transaction = database.beginTx()) {
            current = (InternalTransaction) transaction;
            current.kernelTransaction().setMetaData(Map.of("testgraph", "internal"));
            if (stopping) {
                return false;
            }
            transaction.execute(query, parameters).accept(row -> true);
            transaction.rollback();
            outcome.ran.add(query);
        } catch (QueryExecutionException e) {
            if (e.getStatusCode().endsWith("ProcedureNotFound") && !stopping && System.nanoTime() < deadline) {
                return true;
            }
            failed(query, e);
        } catch (RuntimeException e) {
            failed(query, e);
        } finally {
            current = null;
        }
        return false;
    }

    private void failed(String query, RuntimeException e) {
        // a warm-up only: the server may be stopping, or a query may not exist in this Neo4j version
        outcome.failed.add(query + ": " + e.getMessage());
    }

    /** Registers {@link WarmUp} with every database; it does something only where {@link #wanted} says so. */
    public static final class Factory extends ExtensionFactory<Factory.Dependencies> {

        /** What Neo4j gives the extension. */
        public interface Dependencies {
            /** @return the database */
            GraphDatabaseAPI database();

            /** @return the server's configuration */
            Config config();
        }

        /** Called by Neo4j's service loader. */
        public Factory() {
            super(ExtensionType.DATABASE, "testgraph-warm-up");
        }

        @Override
        public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
            GraphDatabaseAPI database = dependencies.database();
            return wanted(dependencies.config(), database.databaseName())
                    ? new WarmUp(database)
                    : new LifecycleAdapter();
        }
    }
}
