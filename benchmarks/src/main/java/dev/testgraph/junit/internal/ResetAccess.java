package dev.testgraph.junit.internal;

import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * The benchmarks' way to the per-test reset of {@code @Neo4jTest} ({@link SharedServer#reset}), which is
 * package-private: this class lives in the benchmarks module (never published) under the extension's internal
 * package, so that {@code ResetMain} times exactly the code a test's {@code beforeEach} runs, server start and
 * driver included, without a JUnit launcher around it.
 */
public final class ResetAccess implements AutoCloseable {

    private final SharedServer server;

    private ResetAccess(SharedServer server) {
        this.server = server;
    }

    /**
     * Starts a server the way the extension does for a class with default settings.
     *
     * @param provider the backend
     * @param description names the asker in messages
     * @return the started server
     */
    public static ResetAccess start(Neo4jServerProvider provider, String description) {
        ServerRequest request = new ServerRequest(dev.testgraph.junit.Neo4jTest.DEFAULT_IMAGE,
                Map.of(TestConfiguration.USAGE_REPORT, "false"), description, name -> Optional.empty());
        return new ResetAccess(SharedServer.start(provider, request, description, true, Duration.ofMinutes(2)));
    }

    /** @return the server's driver */
    public Driver driver() {
        return server.driver();
    }

    /**
     * Brings the database to "clean, then these fixtures loaded", as before each test.
     *
     * @param fixtures the fixtures, in load order
     * @return the line the test's report would get
     */
    public String reset(List<FixtureGraph> fixtures) {
        return server.reset(new FixtureLayers(List.copyOf(fixtures)), false).report();
    }

    /**
     * Forgets what the server holds, so that the next {@link #reset} is a full one (clean and load), as for the first
     * test of a class or after a test whose writes cannot be undone.
     */
    public void forget() {
        server.forgetState();
    }

    @Override
    public void close() {
        server.close();
    }
}
