package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.internal.Timings;
import dev.testgraph.fixtures.LoadedGraph;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * One running server with its shared driver, kept in JUnit's root store and closed when the run ends. Holds what
 * the server looked like when Testgraph first connected, so that cleaning never removes schema it did not see
 * being created by tests.
 */
final class SharedServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.testgraph");

    private final String identity;
    private final Neo4jServer server;
    private final Driver driver;
    private final Neo4jConnectionInfo details;
    private final DatabaseCleaner cleaner;
    private final ChangeTracker tracker;
    /** What the database held right after Testgraph's last clean and fixture load; null when unknown. */
    private Snapshot snapshot;
    /** Whether an unchanged database may be reused; {@code testgraph.reuseUnchanged=false} turns it off. */
    private final boolean reuseUnchanged;
    /** Testgraph's time limit for its own work on the server. */
    private final Duration timeout;
    /** Whether a reset may clean inside the first fixture's transaction; off once the server lacks the procedure. */
    private boolean cleanInLoad = true;

    /** Whether the server has the journal procedures ({@code testgraph.mark()}, {@code testgraph.undo()}). */
    private boolean journal = true;

    /** Whether the database is marked: the journal listens, and the next reset may undo. */
    private boolean marked;
    /** The nodes the last reset's fixtures created. */
    private long loadedNodes;
    /** Why the server died, once Testgraph found it dead. */
    private volatile String died;

    private SharedServer(String identity, Neo4jServer server, Driver driver, Neo4jConnectionInfo details,
            DatabaseCleaner cleaner, boolean reuseUnchanged, Duration timeout) {
        this.identity = identity;
        this.server = server;
        this.driver = driver;
        this.details = details;
        this.cleaner = cleaner;
        this.reuseUnchanged = reuseUnchanged;
        this.timeout = timeout;
        this.tracker = new ChangeTracker(server, driver, identity, timeout);
    }

    /**
     * The state after a clean and a fixture load.
     *
     * @param transactionId the last committed transaction id right after the load
     * @param fixtures the fixtures loaded, compared by identity (parsed fixtures are cached per JVM)
     */
    private record Snapshot(long transactionId, List<FixtureGraph> fixtures, boolean keepSchema, LoadedGraph loaded) {}

    /**
     * What {@link #reset} did.
     *
     * @param loaded what the fixtures loaded, or null when there were none
     * @param report one line for the test's report: whether the state was reused, and why not
     */
    record Reset(LoadedGraph loaded, String report) {}

    /**
     * Starts a server with the provider and connects to it.
     *
     * @param identity the server's identity, for messages and logs
     * @param reuseUnchanged whether an unchanged database may be reused between tests
     * @param timeout Testgraph's time limit for its own work on the server
     */
    static SharedServer start(Neo4jServerProvider provider, ServerRequest request, String identity,
            boolean reuseUnchanged, Duration timeout) {
        long start = System.nanoTime();
        if (warmsUpDriver(request, provider.name())) {
            warmUpDriver();
        }
        Neo4jServer server;
        try {
            server = provider.start(request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Testgraph could not start Neo4j (" + identity + "): " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        Driver driver = null;
        try {
            AuthToken auth = server.username() == null
                    ? AuthTokens.none()
                    : AuthTokens.basic(server.username(), server.password());
            driver = GraphDatabase.driver(server.boltUri(), auth, Config.builder()
                    .withConnectionTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .withConnectionAcquisitionTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .build());
            driver.verifyConnectivity();
            long connected = System.nanoTime();
            if (!provider.ownsServers()) {
                requireInstalled(driver, request, server);
            }
            // the server plugin planned these already on a server Testgraph started (WarmUp)
            org.neo4j.driver.EagerResult components =
                    driver.executableQuery(dev.testgraph.serverplugin.WarmUp.COMPONENTS).execute();
            Record component = components.records().get(0);
            Neo4jConnectionInfo details = new Neo4jConnectionInfo(server.boltUri(), server.httpUri(),
                    server.username(), server.password(),
                    version(components.summary().server().agent(), component.get("version").asString()),
                    component.get("edition").asString(), builtIn(provider.name()), provider.name());
            // a kept container may still hold schema of an earlier run: only Neo4j's own lookup indexes are kept
            DatabaseCleaner cleaner = new DatabaseCleaner(driver, server.reused()
                    ? DatabaseCleaner.lookupIndexNames(driver)
                    : DatabaseCleaner.schemaNames(driver), timeout);
            long ready = System.nanoTime();
            // where the time went, for users and for the start-up benchmark (BENCHMARKS.md, "Start-up")
            LOG.log(Level.INFO, () -> String.format("Testgraph: Neo4j %s %s on %s (%s) ready in %d ms (server %d ms,"
                    + " first connection %d ms, version and schema %d ms)", details.version(), details.edition(),
                    identity, details.boltUri(), millis(ready - start), millis(started - start),
                    millis(connected - started), millis(ready - connected)));
            return new SharedServer(identity, server, driver, details, cleaner, reuseUnchanged, timeout);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            server.close();
            throw e;
        }
    }

    /**
     * @param providerName the name of the provider that starts the server
     * @return whether the driver is warmed up while the server starts ({@link RunSettings#WARM_UP_DRIVER}): by default
     *     ({@code auto}) for every server but the embedded one, whose start keeps both cores of a two-core machine busy
     *     (the warm-up did not shorten it there), while this JVM only waits for a container (the first connection took
     *     about 0.3 s with it instead of 1.0 s; BENCHMARKS.md, "Start-up")
     * @throws IllegalArgumentException for a value other than auto, true or false
     */
    static boolean warmsUpDriver(ServerRequest request, String providerName) {
        return switch (RunSettings.choice(request, RunSettings.WARM_UP_DRIVER, "auto", "auto", "true", "false")) {
            case "true" -> true;
            case "false" -> false;
            default -> !"embedded".equals(providerName);
        };
    }

    /**
     * Loads and initialises the driver's connection path (Netty's bootstrap, event loop and channel, the driver's pool
     * and security plan) on a daemon thread while the server starts, by connecting to a loopback port that was free a
     * moment ago: the refused attempt leaves those classes ready for the real first connection, whose time then goes
     * to Bolt alone, when a core is free for it while the server starts. Nothing leaves the machine, and the attempt
     * logs nothing.
     */
    static Thread warmUpDriver() {
        Thread thread = new Thread(() -> {
            int port;
            try (java.net.ServerSocket socket =
                    new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (java.io.IOException e) {
                return;
            }
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), Config.builder()
                    .withConnectionTimeout(1, java.util.concurrent.TimeUnit.SECONDS)
                    .withLogging(org.neo4j.driver.Logging.none())
                    .build())) {
                driver.verifyConnectivity();
            } catch (RuntimeException expected) {
                // refused: nothing listens there, which was the point
            }
        }, "testgraph-driver-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    /**
     * @return the release the server announces over Bolt ({@code Neo4j/2026.08.1}): calendar releases report a 5.x
     *     kernel version in {@code dbms.components()} (5.27.0 on 2025.02), which is kept only when the agent says
     *     nothing usable
     */
    static String version(String agent, String kernelVersion) {
        String prefix = "Neo4j/";
        if (agent != null && agent.startsWith(prefix) && agent.length() > prefix.length()
                && Character.isDigit(agent.charAt(prefix.length()))) {
            return agent.substring(prefix.length());
        }
        return kernelVersion;
    }

    /**
     * A server Testgraph did not start gets no code from it: the procedures and plugins a class asks for must be there
     * already.
     */
    private static void requireInstalled(Driver driver, ServerRequest request, Neo4jServer server) {
        List<String> wanted = new java.util.ArrayList<>(request.procedureNames());
        if (request.plugins().contains("apoc")) {
            wanted.add("apoc.version");
        }
        if (wanted.isEmpty()) {
            return;
        }
        java.util.Set<String> there = new java.util.HashSet<>();
        for (String query : List.of("SHOW PROCEDURES YIELD name RETURN name", "SHOW FUNCTIONS YIELD name RETURN name")) {
            driver.executableQuery(query).execute().records().forEach(record -> there.add(record.get(0).asString()));
        }
        List<String> missing = wanted.stream().filter(name -> !there.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The Neo4j at " + server.boltUri() + " lacks " + missing + ", asked for by "
                    + request.description() + " (procedures = ..., plugins = ...). Testgraph installs code only on"
                    + " servers it starts: install them on that server (a jar in its plugins directory), or run the"
                    + " class on the embedded or Testcontainers backend.");
        }
    }

    /** @return Testgraph's backend of that name, or null for a third-party provider */
    private static Backend builtIn(String name) {
        for (Backend backend : Backend.values()) {
            if (backend != Backend.AUTO && backend.name().equalsIgnoreCase(name)) {
                return backend;
            }
        }
        return null;
    }

    Driver driver() {
        return driver;
    }

    Neo4jConnectionInfo details() {
        return details;
    }

    /** @return where the server's {@code LOAD CSV} reads files from, when Testgraph can put files there */
    Optional<dev.testgraph.junit.spi.ImportDirectory> importDirectory() {
        return server.importDirectory();
    }

    /** Forgets the loaded state: the next reset is a full one (for the benchmarks, which time both kinds). */
    synchronized void forgetState() {
        snapshot = null;
    }

    synchronized void clean(boolean keepSchema) {
        snapshot = null;
        unmark();
        cleaner.clean(keepSchema);
    }

    /**
     * Brings the database to "clean, then these fixtures loaded": skips both when nothing was committed since the
     * same fixtures were loaded, else cleans and loads.
     */
    synchronized Reset reset(FixtureLayers fixtures, boolean keepSchema) {
        try {
            return resetOrFail(fixtures, keepSchema);
        } catch (RuntimeException e) {
            throw diedOr(e);
        }
    }

    private Reset resetOrFail(FixtureLayers fixtures, boolean keepSchema) {
        Snapshot last = snapshot;
        snapshot = null;
        String reason;
        OptionalLong before = OptionalLong.empty();
        // over Bolt, the id comes with the node count and schema names in the same round trip
        ChangeTracker.State state = null;
        if (!reuseUnchanged) {
            reason = "reset: testgraph.reuseUnchanged=false";
        } else if (last == null) {
            // without a readable id there is never a state to reuse: say so rather than "first test" every time
            reason = tracker.unavailable()
                    ? "reset: last committed transaction id unavailable"
                    : "reset: first test on this server since a load";
        } else if (!sameFixtures(last.fixtures(), fixtures.graphs()) || last.keepSchema() != keepSchema) {
            reason = "reset: other fixtures";
        } else {
            long step = Timings.start();
            OptionalLong now = tracker.inProcessTransactionId();
            if (now.isEmpty()) {
                state = tracker.state().orElse(null);
                now = state == null ? OptionalLong.empty() : OptionalLong.of(state.transactionId());
            }
            Timings.stop("change tracking: read before", step);
            before = now;
            if (now.isPresent() && now.getAsLong() == last.transactionId()) {
                snapshot = last;
                return new Reset(last.loaded(), "reused fixture state");
            }
            reason = now.isPresent()
                    ? "reset: " + (now.getAsLong() - last.transactionId()) + " transactions since load"
                    : "reset: last committed transaction id unavailable";
            if (now.isPresent() && marked) {
                Undo undo = undo(last, reason);
                if (undo.reset() != null) {
                    return undo.reset();
                }
                reason += "; " + undo.refusal();
            }
        }
        if (loadedNodes > DatabaseCleaner.IN_LOAD_LIMIT || !small(fixtures)) {
            // the journal would keep what the clean and the load write, to give it up past its limit: stop it first
            // (a small load it keeps cheaply, and the mark after the load empties it, which saves a round trip)
            unmark();
        }
        boolean changed;
        LoadedGraph loaded;
        if (state != null && state.clean(cleaner.baseline(), keepSchema)) {
            // the test committed something, but left no node and no schema behind: nothing to send
            changed = false;
            reason += "; nothing to clean";
            loaded = fixtures.load(driver, null);
        } else {
            loaded = cleanInLoad(fixtures, keepSchema);
            changed = true;
            if (loaded == null) {
                changed = cleaner.clean(keepSchema);
                loaded = fixtures.load(driver, null);
            }
        }
        // nothing deleted, dropped or loaded: the id read before still holds, which saves a round trip
        long step = Timings.start();
        OptionalLong after = !changed && fixtures.isEmpty() && before.isPresent()
                ? before
                : reuseUnchanged ? mark() : tracker.lastCommittedTransactionId();
        Timings.stop("change tracking: read after", step);
        loadedNodes = 0;
        for (LoadedGraph layer = loaded; layer != null; layer = layer.base()) {
            loadedNodes += layer.nodeCount();
        }
        if (after.isPresent()) {
            snapshot = new Snapshot(after.getAsLong(), fixtures.graphs(), keepSchema, loaded);
        }
        return new Reset(loaded, reason);
    }

    /** What an undo gave: the reset, or (null reset) why it did not happen, for the full reset's report. */
    private record Undo(Reset reset, String refusal) {}

    /**
     * Puts the database back as it was at the mark, by undoing what the transactions since changed, in one round trip
     * ({@code testgraph.undo()}, from {@code testgraph-server-plugin}).
     *
     * @return the reset, or why the undo refused (the caller then resets in full)
     */
    private Undo undo(Snapshot last, String reason) {
        long step = Timings.start();
        Record row;
        try (org.neo4j.driver.Session session = driver.session()) {
            row = session.run(UNDO, org.neo4j.driver.TransactionConfig.builder()
                    .withMetadata(java.util.Map.of("testgraph", "undo"))
                    .withTimeout(timeout)
                    .build()).single();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw e;
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            marked = false;
            if (procedureMissing(e)) {
                // a server with an older testgraph-server-plugin (a kept container): full resets, as before
                journal = false;
            }
            return new Undo(null, "undo failed: " + e.getMessage());
        } finally {
            Timings.stop("undo", step);
        }
        if (!row.get("undone").asBoolean()) {
            marked = false;
            return new Undo(null, "not undone: " + row.get("refusal").asString());
        }
        LoadedGraph loaded = last.loaded();
        java.util.Map<String, String> nodes = ids(row.get("nodes"));
        java.util.Map<String, String> relationships = ids(row.get("relationships"));
        if (loaded != null && (!nodes.isEmpty() || !relationships.isEmpty())) {
            loaded = dev.testgraph.fixtures.internal.LoadAccess.get().withElementIds(loaded, nodes, relationships);
        }
        step = Timings.start();
        OptionalLong after = tracker.lastCommittedTransactionId();
        Timings.stop("change tracking: read after", step);
        if (after.isPresent()) {
            snapshot = new Snapshot(after.getAsLong(), last.fixtures(), last.keepSchema(), loaded);
        }
        long changed = row.get("changed").asLong();
        return new Undo(new Reset(loaded, reason + "; undone (" + (changed == 0 ? "nothing to put back"
                : changed + " nodes and relationships put back") + ")"), null);
    }

    private static java.util.Map<String, String> ids(org.neo4j.driver.Value value) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        value.asMap(org.neo4j.driver.Value::asString).forEach(ids::put);
        return ids;
    }

    static final String UNDO = "CALL testgraph.undo() YIELD undone, refusal, nodes, relationships, changed "
            + "RETURN undone, refusal, nodes, relationships, changed";

    /**
     * Marks the database ({@code testgraph.mark()}): the next reset may undo what the tests commit from now.
     *
     * @return the id of the last committed transaction, the mark's; or empty when it cannot be read
     */
    private OptionalLong mark() {
        if (journal) {
            try (org.neo4j.driver.Session session = driver.session()) {
                long id = session.run("CALL testgraph.mark() YIELD transactionId RETURN transactionId",
                        OpenTransactions.config(timeout)).single().get(0).asLong();
                marked = true;
                return OptionalLong.of(id);
            } catch (ServiceUnavailableException | SessionExpiredException e) {
                throw e;
            } catch (org.neo4j.driver.exceptions.Neo4jException e) {
                // no journal here (a server without the plugin, or with an older one): full resets
                journal = false;
            }
        }
        return tracker.lastCommittedTransactionId();
    }

    /** @return whether the fixtures are small enough for the journal to see their load at no real cost */
    private static boolean small(FixtureLayers fixtures) {
        long entities = 0;
        for (FixtureGraph graph : fixtures.graphs()) {
            entities += graph.nodes().size() + graph.relationships().size() + graph.statements().size();
        }
        return entities <= DatabaseCleaner.IN_LOAD_LIMIT;
    }

    /** Stops the journal before a large full reset or a clean, whose writes it need not see. */
    private void unmark() {
        if (!marked) {
            return;
        }
        marked = false;
        try (org.neo4j.driver.Session session = driver.session()) {
            session.run("CALL testgraph.unmark() YIELD transactionId RETURN transactionId",
                    OpenTransactions.config(timeout)).consume();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw e;
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            journal = false;
        }
    }

    /**
     * Cleans inside the first fixture's transaction ({@link DatabaseCleaner#inLoad()}) when the fixtures allow it.
     *
     * @return what the fixtures loaded; null when nothing was written: the fixtures create schema, the graph was too
     *     large to delete in one transaction, or the load failed, which a clean first may cure (a constraint the test
     *     created that the fixture's data breaks), so the caller cleans and loads again, and reports any error then
     */
    private LoadedGraph cleanInLoad(FixtureLayers fixtures, boolean keepSchema) {
        if (!cleanInLoad || !fixtures.takesPrelude() || loadedNodes > DatabaseCleaner.IN_LOAD_LIMIT) {
            // the last fixtures alone were more than one transaction deletes: the prelude would decline
            return null;
        }
        DatabaseCleaner.InLoad clean = cleaner.inLoad();
        Optional<LoadedGraph> loaded;
        try {
            loaded = fixtures.loadAfter(driver, clean.prelude());
        } catch (dev.testgraph.fixtures.FixtureException e) {
            if (unreachable(e)) {
                throw e;
            }
            if (procedureMissing(e)) {
                // a server without testgraph-server-plugin: clean first, always
                cleanInLoad = false;
            }
            return null;
        }
        if (loaded.isEmpty()) {
            return null;
        }
        clean.dropSchema(keepSchema);
        return loaded.get();
    }

    private static boolean procedureMissing(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.neo4j.driver.exceptions.Neo4jException neo4j
                    && neo4j.code().endsWith("ProcedureNotFound")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFixtures(List<FixtureGraph> a, List<FixtureGraph> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the transactions a test left open on the server and terminates them, so that the next clean does not
     * wait for their locks.
     *
     * @return what was open
     */
    synchronized List<OpenTransactions.Open> terminateOpenTransactions() {
        java.util.OptionalInt counted = server.openTransactionCount();
        if (counted.isPresent() && counted.getAsInt() == 0) {
            // counted in process: nothing open, no round trip
            return List.of();
        }
        try {
            List<OpenTransactions.Open> open = OpenTransactions.list(driver, timeout);
            OpenTransactions.terminate(driver, open, timeout);
            return open;
        } catch (RuntimeException e) {
            throw diedOr(e);
        }
    }

    /** @return why the server died, when Testgraph found it dead; null while it serves */
    String died() {
        return died;
    }

    /**
     * @return for an error that says the server cannot be reached, the server's death with its cause when the provider
     *     confirms it (the server is then marked dead, to be replaced); else the error itself
     */
    private RuntimeException diedOr(RuntimeException error) {
        if (!unreachable(error)) {
            return error;
        }
        Optional<String> cause;
        try {
            cause = server.diagnose();
        } catch (RuntimeException e) {
            cause = Optional.empty();
        }
        if (cause.isEmpty()) {
            return error;
        }
        died = cause.get();
        snapshot = null;
        return new ServerDiedException(String.format("Neo4j (%s) stopped answering: %s%nTestgraph starts a fresh"
                + " server for the remaining tests on this configuration (once per run).", identity, died), error);
    }

    private static boolean unreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The server a test ran on died. */
    static final class ServerDiedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerDiedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Set<String> baselineSchema() {
        return cleaner.baseline();
    }

    @Override
    public void close() {
        long start = System.nanoTime();
        ServerDirectory.stopped(this);
        // the driver's close (its event loop's quiet period, about 0.2 s) runs while the server stops
        java.util.concurrent.CompletableFuture<Void> driverClosed = driver.closeAsync().toCompletableFuture();
        try {
            server.close();
        } finally {
            try {
                driverClosed.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.log(Level.DEBUG, () -> "Testgraph: the driver of " + identity + " did not close: " + e);
            }
            LOG.log(Level.DEBUG, () -> String.format("Testgraph: stopped %s in %d ms", identity,
                    Duration.ofNanos(System.nanoTime() - start).toMillis()));
        }
    }
}
