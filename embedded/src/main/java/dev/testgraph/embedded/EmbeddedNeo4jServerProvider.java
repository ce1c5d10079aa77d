package dev.testgraph.embedded;

import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import dev.testgraph.serverplugin.DatabaseState;
import dev.testgraph.serverplugin.LastCommittedTransaction;
import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The embedded backend of {@code @Neo4jTest}: an in-process Neo4j from neo4j-harness, bolt on a random localhost
 * port, HTTP off unless {@code server.http.enabled=true} is asked for, usage reporting off. Found by the extension
 * through {@link java.util.ServiceLoader} when {@code testgraph-embedded} is on the test class path.
 */
public final class EmbeddedNeo4jServerProvider implements Neo4jServerProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public EmbeddedNeo4jServerProvider() {}

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public int order() {
        return EMBEDDED_ORDER;
    }

    /** Always available: the server runs in this JVM. */
    @Override
    public Availability availability(ServerRequest request) {
        return Availability.available();
    }

    @Override
    public Neo4jServer start(ServerRequest request) {
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                // a test server has nothing to drain: without this, stopping waits out Netty's 5 s quiet period
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0));
        if (!request.isEnabled(HttpConnector.enabled.name())) {
            builder = builder.withDisabledServer();
        } else {
            builder = builder.withConfig(HttpConnector.listen_address, new SocketAddress("localhost", 0));
        }
        Map<String, Setting<Object>> declared = Config.defaults().getDeclaredSettings();
        Map<String, String> settings = new java.util.HashMap<>(request.settings());
        // Testgraph's procedures (testgraph-server-plugin) need to be unrestricted, by name; the user's entries stay
        settings.merge(GraphDatabaseSettings.procedure_unrestricted.name(), DatabaseState.UNRESTRICTED,
                (mine, theirs) -> mine + "," + theirs);
        for (Map.Entry<String, String> entry : settings.entrySet()) {
            builder = withSetting(builder, declared, entry.getKey(), entry.getValue(), request.description());
        }
        builder = builder.withProcedure(LastCommittedTransaction.class).withProcedure(DatabaseState.class);
        Neo4j neo4j = builder.build();
        TransactionIdStore transactions = ((GraphDatabaseAPI) neo4j.defaultDatabaseService())
                .getDependencyResolver()
                .resolveDependency(TransactionIdStore.class);
        return new Neo4jServer() {
            @Override
            public OptionalLong lastCommittedTransactionId() {
                return OptionalLong.of(transactions.getLastCommittedTransactionId());
            }

            @Override
            public URI boltUri() {
                return neo4j.boltURI();
            }

            @Override
            public URI httpUri() {
                return request.isEnabled(HttpConnector.enabled.name()) ? neo4j.httpURI() : null;
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
            public java.util.Optional<String> diagnose() {
                try {
                    return neo4j.defaultDatabaseService().isAvailable(1_000)
                            ? java.util.Optional.empty()
                            : java.util.Optional.of("the embedded database " + neo4j.defaultDatabaseService()
                                    .databaseName() + " is not available (shut down or failed; see the test log)");
                } catch (RuntimeException e) {
                    return java.util.Optional.of("the embedded Neo4j cannot be asked for its health: " + e);
                }
            }

            @Override
            public void close() {
                neo4j.close();
            }
        };
    }

    private static Neo4jBuilder withSetting(Neo4jBuilder builder, Map<String, Setting<Object>> declared, String name,
            String value, String description) {
        Setting<Object> setting = declared.get(name);
        if (setting == null) {
            throw new IllegalArgumentException("unknown Neo4j setting '" + name + "' (asked for by " + description
                    + ")." + suggestion(name, declared.keySet()) + " Settings are listed at"
                    + " https://neo4j.com/docs/operations-manual/5/configuration/configuration-settings/");
        }
        Object parsed;
        try {
            parsed = ((SettingImpl<Object>) setting).parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Neo4j setting " + name + "=" + value + " (asked for by " + description
                    + ") is not valid: " + e.getMessage(), e);
        }
        return builder.withConfig(setting, parsed);
    }

    /** @return the known settings that share the longest dotted ending with the unknown one, as a hint */
    private static String suggestion(String name, Set<String> known) {
        String[] parts = name.split("\\.");
        int best = 0;
        java.util.List<String> similar = new java.util.ArrayList<>();
        for (String candidate : known) {
            String[] other = candidate.split("\\.");
            int common = 0;
            while (common < parts.length && common < other.length
                    && parts[parts.length - 1 - common].equals(other[other.length - 1 - common])) {
                common++;
            }
            if (common > best) {
                best = common;
                similar.clear();
            }
            if (common == best && common > 0) {
                similar.add(candidate);
            }
        }
        return similar.isEmpty()
                ? ""
                : " Did you mean " + String.join(" or ", similar.stream().sorted().limit(3).toList()) + "?";
    }
}
