package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.serverplugin.DatabaseState;
import dev.testgraph.serverplugin.LastCommittedTransaction;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A reuse record names a port; Docker hands ports out again, so another project's server may sit where a record
 * points. Testgraph takes a remembered server only when it proves to be its own container, and never touches one that
 * does not (real in-process servers stand in for the containers).
 */
class RememberedServerEmbeddedTest {

    /** Netty's shutdown quiet period: an int of seconds on Neo4j 5.26, a duration on 2025+; "0" parses as either. */
    @SuppressWarnings("unchecked")
    private static final org.neo4j.graphdb.config.Setting<Object> QUIET_PERIOD = (org.neo4j.graphdb.config.Setting<Object>)
            (org.neo4j.graphdb.config.Setting<?>) GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period;

    private final String identity = "testcontainers neo4j:test-" + UUID.randomUUID() + " {}";
    private Neo4j server;

    @AfterEach
    void stop() {
        ReuseRecords.forget(identity);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_server_without_authentication_is_not_taken_for_ours_and_keeps_its_data() {
        server = builder().withProcedure(DatabaseState.class).withProcedure(LastCommittedTransaction.class)
                .withFixture("CREATE (:Precious {name: 'the only copy'})").build();
        ReuseRecords.remember(identity, server.boltURI(), null, ReuseRecords.password(identity).orElseThrow(), "c0ffee");

        assertThat(TestcontainersServerProvider.remembered(identity)).isEmpty();

        assertThat(ReuseRecords.find(identity)).as("the record is dropped").isEmpty();
        try (Driver driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none())) {
            assertThat(driver.executableQuery("MATCH (n:Precious) RETURN count(n) AS c").execute().records().get(0)
                    .get("c").asLong()).isEqualTo(1);
        }
    }

    @Test
    void a_server_with_authentication_and_our_password_but_without_testgraphs_plugin_is_not_ours() {
        server = builder().withConfig(GraphDatabaseSettings.auth_enabled, true).build();
        String password = ReuseRecords.password(identity).orElseThrow();
        setPassword(password);
        ReuseRecords.remember(identity, server.boltURI(), null, password, "c0ffee");

        assertThat(TestcontainersServerProvider.remembered(identity)).isEmpty();
        assertThat(ReuseRecords.find(identity)).isEmpty();
    }

    @Test
    void a_server_with_another_password_is_not_ours() {
        server = builder().withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withProcedure(DatabaseState.class).withProcedure(LastCommittedTransaction.class).build();
        setPassword("someone-elses-password");
        ReuseRecords.remember(identity, server.boltURI(), null, ReuseRecords.password(identity).orElseThrow(), "c0ffee");

        assertThat(TestcontainersServerProvider.remembered(identity)).isEmpty();
    }

    @Test
    void our_container_is_taken_with_its_addresses_and_password() {
        server = builder().withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withProcedure(DatabaseState.class).withProcedure(LastCommittedTransaction.class).build();
        String password = ReuseRecords.password(identity).orElseThrow();
        setPassword(password);
        ReuseRecords.remember(identity, server.boltURI(), null, password, "c0ffee");

        assertThat(TestcontainersServerProvider.remembered(identity)).hasValueSatisfying(remembered -> {
            assertThat(remembered.boltUri()).isEqualTo(server.boltURI());
            assertThat(remembered.password()).isEqualTo(password);
            assertThat(remembered.reused()).isTrue();
            assertThat(remembered.toString()).doesNotContain(password);
        });
    }

    private static Neo4jBuilder builder() {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(QUIET_PERIOD, ((org.neo4j.configuration.SettingImpl<Object>) QUIET_PERIOD).parse("0"))
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of(DatabaseState.UNRESTRICTED.split(",")));
    }

    /** The initial password, changed the way a new server asks for it. */
    private void setPassword(String password) {
        try (Driver driver = GraphDatabase.driver(server.boltURI(), AuthTokens.basic("neo4j", "neo4j"));
                var session = driver.session(SessionConfig.forDatabase("system"))) {
            session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
                    java.util.Map.of("password", password)).consume();
        }
    }
}
