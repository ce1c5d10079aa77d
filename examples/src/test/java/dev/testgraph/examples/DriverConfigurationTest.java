package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Practice: one driver per application, built with explicit configuration (pool size, acquisition timeout,
 * retry time, encryption, user agent) read from configuration, and closed when the application shuts down.
 */
@Neo4jTest(keepSchema = true) // each test starts its own application; keep the schema it creates
@Fixture("people.json")
class DriverConfigurationTest {

    static EagerResult connectionsOf(Driver driver, String userAgent) {
        return driver.executableQuery(
                        "CALL dbms.listConnections() YIELD userAgent WHERE userAgent = $agent RETURN userAgent")
                .withParameters(Map.of("agent", userAgent))
                .execute();
    }

    @Test
    void the_application_identifies_itself_with_its_user_agent(Driver driver, Neo4jConnectionInfo neo4j) {
        try (SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            assertThat(connectionsOf(driver, SocialGraphApp.USER_AGENT)).isNotEmpty();
            assertThat(app.driver().isEncrypted()).isFalse();
        }
    }

    @Test
    void closing_the_application_closes_its_driver(Neo4jConnectionInfo neo4j) {
        SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
        assertThat(app.people().findByEmail("alice@example.com")).isPresent();

        app.close();

        assertThatThrownBy(() -> app.people().findByEmail("alice@example.com"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This driver instance has already been closed");
        assertThatThrownBy(app.driver()::verifyConnectivity).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_exhausted_pool_fails_after_the_configured_acquisition_timeout(Neo4jConnectionInfo neo4j) {
        SocialGraphConfig twoConnections = ApplicationUnderTest.configFor(neo4j)
                .withMaxConnectionPoolSize(2)
                .withConnectionAcquisitionTimeout(Duration.ofMillis(500));
        try (SocialGraphApp small = SocialGraphApp.start(twoConnections);
                Session one = small.driver().session();
                Transaction holdsFirst = one.beginTransaction();
                Session two = small.driver().session();
                Transaction holdsSecond = two.beginTransaction()) {
            holdsFirst.run("RETURN 1").consume();
            holdsSecond.run("RETURN 1").consume();

            // both connections of the pool are taken: the third unit of work gives up after 500 ms
            assertThatThrownBy(() -> small.people().findByEmail("alice@example.com"))
                    .isInstanceOf(ClientException.class)
                    .hasMessage("Unable to acquire connection from the pool within configured maximum time of 500ms");

            holdsFirst.rollback();
            assertThat(small.people().findByEmail("alice@example.com")).isPresent();
        }
    }

    @Test
    void encryption_is_what_the_configuration_says(Neo4jConnectionInfo neo4j) {
        // the test server speaks plain Bolt, so a driver that insists on TLS cannot connect
        SocialGraphConfig encrypted = ApplicationUnderTest.configFor(neo4j).withEncrypted(true);

        assertThatThrownBy(() -> SocialGraphApp.start(encrypted))
                .isInstanceOf(SocialGraphUnavailableException.class)
                .hasMessageContaining("SSL handshake")
                .hasCauseInstanceOf(ServiceUnavailableException.class);
    }
}
