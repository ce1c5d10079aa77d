package dev.testgraph.integration;

import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A backend of the kind a third party would ship (say, a cloud test instance): nothing but this class and its
 * {@code META-INF/services} entry in this module's test class path, no change to Testgraph. It hands out a real
 * in-process server started with neo4j-harness directly, and records the requests it gets.
 */
public final class FakeCloudProvider implements Neo4jServerProvider {

    /** Netty's shutdown quiet period: an int of seconds on Neo4j 5.26, a duration on 2025+; "0" parses as either. */
    @SuppressWarnings("unchecked")
    private static final org.neo4j.graphdb.config.Setting<Object> QUIET_PERIOD = (org.neo4j.graphdb.config.Setting<Object>)
            (org.neo4j.graphdb.config.Setting<?>) GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period;

    static final List<ServerRequest> REQUESTS = new CopyOnWriteArrayList<>();

    /** Called by {@link java.util.ServiceLoader}. */
    public FakeCloudProvider() {}

    @Override
    public String name() {
        return "fake-cloud";
    }

    @Override
    public Availability availability(ServerRequest request) {
        return request.runSetting("testgraph.fakeCloud.enabled").map(Boolean::parseBoolean).orElse(true)
                ? Availability.available()
                : Availability.unavailable("the fake cloud is switched off", "Set testgraph.fakeCloud.enabled=true");
    }

    @Override
    public Neo4jServer start(ServerRequest request) {
        REQUESTS.add(request);
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(QUIET_PERIOD, ((org.neo4j.configuration.SettingImpl<Object>) QUIET_PERIOD).parse("0"))
                .build();
        return new Neo4jServer() {
            @Override
            public URI boltUri() {
                return neo4j.boltURI();
            }

            @Override
            public URI httpUri() {
                return null;
            }

            @Override
            public String username() {
                return null;
            }

            @Override
            public String password() {
                return null;
            }

            @Override
            public void close() {
                neo4j.close();
            }
        };
    }
}
