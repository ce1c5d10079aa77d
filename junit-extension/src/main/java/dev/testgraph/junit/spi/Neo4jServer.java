package dev.testgraph.junit.spi;

import java.net.URI;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A running Neo4j server that a {@link Neo4jServerProvider} started or found. Closing it stops the server. */
public interface Neo4jServer extends AutoCloseable {

    /** @return the bolt URI clients connect to */
    URI boltUri();

    /** @return the HTTP URI, or {@code null} when the HTTP connector is off */
    URI httpUri();

    /** @return the user name, or {@code null} when authentication is off */
    String username();

    /** @return the password, or {@code null} when authentication is off */
    String password();

    /**
     * Reads the id of the last transaction committed to the default database without a round trip, where the
     * server runs in this JVM. Testgraph uses it to skip the clean and fixture reload when a test changed nothing.
     *
     * @return the id, or empty when it can only be read over bolt (then Testgraph calls its server plugin)
     */
    default OptionalLong lastCommittedTransactionId() {
        return OptionalLong.empty();
    }

    /**
     * Counts the transactions open on the server's databases without a round trip, where the server runs in this
     * JVM. Testgraph asks after every test whether the test left transactions open; only when this is not zero (or
     * unknown) does it list them over bolt ({@code SHOW TRANSACTIONS}, a few milliseconds per test).
     *
     * @return the number of open transactions, or empty when it can only be read over bolt
     */
    default OptionalInt openTransactionCount() {
        return OptionalInt.empty();
    }

    /**
     * @return whether the server outlives the run and was Testgraph's before (a reused container): what it holds
     *     from an earlier run is Testgraph's own, so its schema is cleaned rather than kept as the baseline
     */
    default boolean reused() {
        return false;
    }

    /**
     * Says why the server stopped answering, when the provider can tell: the container exited (its exit code, whether
     * it was killed for lack of memory, the last lines of its log), the embedded database shut down. Called when
     * Testgraph's own queries cannot reach the server; Testgraph then fails the test with this text and starts a
     * fresh server for the rest of the run (once per configuration).
     *
     * @return the cause, or empty when the server still runs or the provider cannot tell
     */
    default java.util.Optional<String> diagnose() {
        return java.util.Optional.empty();
    }

    /**
     * The directory the server's {@code LOAD CSV} reads {@code file:///} URLs from, where Testgraph copies the files
     * of {@code @ImportFiles}. A server Testgraph cannot write files to (an external one) has none, and classes with
     * {@code @ImportFiles} then fail with a message saying so and what to do.
     *
     * @return the import directory, or empty when the server cannot take files (the default)
     */
    default java.util.Optional<ImportDirectory> importDirectory() {
        return java.util.Optional.empty();
    }

    /** Stops the server and releases what it holds; a server kept for later runs is left running. */
    @Override
    void close();
}
