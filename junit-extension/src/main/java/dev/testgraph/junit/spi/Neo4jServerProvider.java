package dev.testgraph.junit.spi;

/**
 * Starts Neo4j servers for a backend that lives in its own module, such as {@code testgraph-embedded}.
 * Implementations are found with {@link java.util.ServiceLoader}; list them in
 * {@code META-INF/services/dev.testgraph.junit.spi.Neo4jServerProvider}.
 */
public interface Neo4jServerProvider {

    /** @return the backend this provider implements, e.g. {@code "embedded"} (case-insensitive) */
    String backend();

    /**
     * Starts a server. Called once per configuration and JVM; the caller closes the server when the test run ends.
     *
     * @param request what the server must look like
     * @return the running server
     * @throws Exception when the server cannot start; the message is shown to the user
     */
    Neo4jServer start(ServerRequest request) throws Exception;
}
