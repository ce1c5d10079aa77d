package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.ImportDirectory;
import dev.testgraph.junit.spi.Neo4jServer;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A server that needs nothing but its addresses, credentials, a way to stop and a way to say why it died.
 *
 * @param reused whether it is a container kept between runs
 * @param diagnosis why the server stopped answering, when that can be told
 * @param imports where {@code LOAD CSV} reads files from, or {@code null} when the server cannot take files
 */
record StartedServer(URI boltUri, URI httpUri, String username, String password, Runnable stop, boolean reused,
        Supplier<Optional<String>> diagnosis, ImportDirectory imports) implements Neo4jServer {

    StartedServer(URI boltUri, URI httpUri, String username, String password, Runnable stop, boolean reused) {
        this(boltUri, httpUri, username, password, stop, reused, Optional::empty, null);
    }

    @Override
    public Optional<ImportDirectory> importDirectory() {
        return Optional.ofNullable(imports);
    }

    @Override
    public Optional<String> diagnose() {
        return diagnosis.get();
    }

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
