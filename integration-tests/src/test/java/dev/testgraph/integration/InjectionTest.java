package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.async.AsyncSession;

/** Injection of every supported type, by parameter and by field; runs on every backend. */
@ExtendWith(BackendUnderTest.class)
class InjectionTest {

    @Test
    void injects_driver_session_async_session_and_connection_details_as_parameters() {
        EngineExecutionResults results = Kit.run(Parameters.class);

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        Neo4jConnectionInfo details = (Neo4jConnectionInfo) Kit.recorded("details").get(0);
        assertThat(details.boltUri().getScheme()).isIn("bolt", "neo4j");
        // the release itself, also for calendar releases whose kernel says 5.x
        assertThat(details.version()).matches("(5\\.\\d+|20\\d\\d\\.\\d\\d)\\.\\d+");
        if (BackendUnderTest.backend().equals("embedded")) {
            assertThat(details.version())
                    .isEqualTo(org.neo4j.harness.Neo4jBuilders.class.getPackage().getImplementationVersion());
        }
        assertThat(details.edition()).isNotBlank();
        assertThat(details.backend().name()).isEqualToIgnoringCase(BackendUnderTest.backend());
        // the session injected into a test is closed once the test is over
        Session session = (Session) Kit.recorded("session").get(0);
        assertThatThrownBy(() -> session.run("RETURN 1").consume())
                .hasMessageContaining("session");
    }

    @Test
    void injects_constructor_lifecycle_and_field_values() {
        EngineExecutionResults results = Kit.run(ConstructorAndFields.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("constructor-session")).hasSize(2).doesNotHaveDuplicates();
        assertThat(Kit.recorded("field-session")).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void connection_details_reach_the_same_server_from_a_driver_the_test_builds() {
        EngineExecutionResults results = Kit.run(OwnDriver.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void unsupported_parameter_type_fails_naming_the_parameter_and_the_supported_types() {
        EngineExecutionResults results = Kit.run(Unsupported.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(test("transaction"), finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.startsWith("@Neo4jTest cannot inject parameter [org.neo4j.driver.Transaction tx] of")
                        && m.endsWith("It injects org.neo4j.driver.Driver, org.neo4j.driver.Session,"
                                + " org.neo4j.driver.async.AsyncSession, dev.testgraph.junit.Neo4jConnectionInfo"
                                + " and dev.testgraph.fixtures.LoadedGraph.")))));
    }

    @Neo4jTest
    static class Parameters {
        @Test
        void driver(Driver driver) {
            assertThat(Kit.count(driver, "RETURN 42")).isEqualTo(42);
        }

        @Test
        void session(Session session) {
            Kit.record("session", session);
            session.run("CREATE (:Injected)").consume();
            assertThat(session.run("MATCH (n:Injected) RETURN count(n)").single().get(0).asLong()).isEqualTo(1);
        }

        @Test
        void asyncSession(AsyncSession session) throws Exception {
            long answer = session.runAsync("RETURN 7 AS x")
                    .thenCompose(cursor -> cursor.singleAsync())
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS)
                    .get("x").asLong();
            assertThat(answer).isEqualTo(7);
        }

        @Test
        void details(Neo4jConnectionInfo details) {
            Kit.record("details", details);
        }
    }

    @Neo4jTest
    static class ConstructorAndFields {
        static Driver staticDriver;
        static Neo4jConnectionInfo staticDetails;
        Session session;
        Driver driver;
        private final Session constructorSession;

        ConstructorAndFields(Session session) {
            this.constructorSession = session;
        }

        @BeforeAll
        static void beforeAll(Driver driver) {
            assertThat(staticDriver).isSameAs(driver);
            assertThat(staticDetails).isNotNull();
        }

        @BeforeEach
        void beforeEach(Session session) {
            assertThat(this.session).isNotNull();
            assertThat(driver).isSameAs(staticDriver);
        }

        @Test
        void first() {
            use();
        }

        @Test
        void second() {
            use();
        }

        private void use() {
            Kit.record("constructor-session", constructorSession);
            Kit.record("field-session", session);
            assertThat(constructorSession.run("RETURN 1").single().get(0).asLong()).isEqualTo(1);
            assertThat(session.run("RETURN 2").single().get(0).asLong()).isEqualTo(2);
        }
    }

    @Neo4jTest
    static class OwnDriver {
        @Test
        void connects(Neo4jConnectionInfo details, Session session) {
            session.run("CREATE (:Seen {by: 'injected'})").consume();
            try (Driver own = GraphDatabase.driver(details.boltUri(), details.authToken())) {
                assertThat(Kit.count(own, "MATCH (n:Seen {by: 'injected'}) RETURN count(n)")).isEqualTo(1);
            }
        }
    }

    @Neo4jTest
    static class Unsupported {
        @Test
        void transaction(Transaction tx) {}
    }
}
