package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.Neo4jServer;
import java.net.URI;

/**
 * A server that needs nothing but its addresses, credentials and a way to stop.
 *
 * @param reused whether it is a container kept between runs
 */
record StartedServer(URI boltUri, URI httpUri, String username, String password, Runnable stop, boolean reused)
        implements Neo4jServer {

    @Override
    public void close() {
        stop.run();
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        return "StartedServer[boltUri=" + boltUri + ", httpUri=" + httpUri + ", username=" + username + ", password="
                + (password == null ? null : "******") + ", reused=" + reused + "]";
    }
}
