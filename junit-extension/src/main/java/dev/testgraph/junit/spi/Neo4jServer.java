package dev.testgraph.junit.spi;

import java.net.URI;

/** A running Neo4j server that a {@link Neo4jServerProvider} started. Closing it stops the server. */
public interface Neo4jServer extends AutoCloseable {

    /** @return the bolt URI clients connect to */
    URI boltUri();

    /** @return the HTTP URI, or {@code null} when the HTTP connector is off */
    URI httpUri();

    /** @return the user name, or {@code null} when authentication is off */
    String username();

    /** @return the password, or {@code null} when authentication is off */
    String password();

    /** Stops the server and releases what it holds. */
    @Override
    void close();
}
