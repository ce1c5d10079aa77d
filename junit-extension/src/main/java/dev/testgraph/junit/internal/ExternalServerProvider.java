package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The external backend: a running server given by {@code TESTGRAPH_URI}, {@code TESTGRAPH_USER} and
 * {@code TESTGRAPH_PASSWORD}. Testgraph did not start it, so it never wipes it unless the user allowed it; the
 * server keeps running when the run ends. Found through {@link java.util.ServiceLoader}; not API.
 */
public final class ExternalServerProvider implements Neo4jServerProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public ExternalServerProvider() {}

    @Override
    public String name() {
        return Providers.EXTERNAL;
    }

    @Override
    public int order() {
        return EXTERNAL_ORDER;
    }

    @Override
    public Availability availability(ServerRequest request) {
        return request.runSetting(RunSettings.URI).isPresent()
                ? Availability.available()
                : Availability.unavailable("no server is configured", "Set TESTGRAPH_URI (or -Dtestgraph.uri), e.g."
                        + " bolt://localhost:7687, with TESTGRAPH_USER and TESTGRAPH_PASSWORD");
    }

    @Override
    public boolean ownsServers() {
        return false;
    }

    @Override
    public Neo4jServer start(ServerRequest request) {
        String uri = request.runSetting(RunSettings.URI).orElseThrow();
        URI boltUri;
        try {
            boltUri = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Testgraph cannot read the external server URI '" + uri
                    + "' from " + RunSettings.URI + " / " + RunSettings.environmentName(RunSettings.URI) + ": "
                    + e.getMessage() + ". Use a bolt URI such as bolt://localhost:7687 or neo4j://db.example:7687.");
        }
        String user = request.runSetting(RunSettings.USER).orElse("neo4j");
        String password = request.runSetting(RunSettings.PASSWORD).orElse(null);
        // not ours: an external server keeps running when the run ends
        return new StartedServer(boltUri, null, password == null ? null : user, password, () -> {}, false);
    }
}
