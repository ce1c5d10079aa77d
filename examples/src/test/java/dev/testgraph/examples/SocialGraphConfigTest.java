package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;

/** Practice: driver settings come from configuration, with safe defaults and clear errors. No server needed. */
class SocialGraphConfigTest {

    @Test
    void reads_every_setting_from_properties() {
        Properties properties = new Properties();
        properties.setProperty("socialgraph.neo4j.uri", "neo4j://db.example.com:7687");
        properties.setProperty("socialgraph.neo4j.username", "app");
        properties.setProperty("socialgraph.neo4j.password", "s3cret-password");
        properties.setProperty("socialgraph.neo4j.database", "social");
        properties.setProperty("socialgraph.neo4j.encrypted", "true");
        properties.setProperty("socialgraph.neo4j.max-connection-pool-size", "20");
        properties.setProperty("socialgraph.neo4j.connection-acquisition-timeout", "PT2S");
        properties.setProperty("socialgraph.neo4j.connection-timeout", "1500");
        properties.setProperty("socialgraph.neo4j.max-transaction-retry-time", "PT10S");

        SocialGraphConfig config = SocialGraphConfig.fromProperties(properties);

        assertThat(config).isEqualTo(new SocialGraphConfig(URI.create("neo4j://db.example.com:7687"), "app",
                "s3cret-password", "social", true, 20, Duration.ofSeconds(2), Duration.ofMillis(1500),
                Duration.ofSeconds(10)));
    }

    @Test
    void reads_the_same_settings_from_the_environment() {
        SocialGraphConfig config = SocialGraphConfig.fromEnvironment(Map.of(
                "SOCIALGRAPH_NEO4J_URI", "bolt://localhost:7687",
                "SOCIALGRAPH_NEO4J_MAX_CONNECTION_POOL_SIZE", "7",
                "SOCIALGRAPH_NEO4J_MAX_TRANSACTION_RETRY_TIME", "PT1M"));

        assertThat(config.uri()).isEqualTo(URI.create("bolt://localhost:7687"));
        assertThat(config.maxConnectionPoolSize()).isEqualTo(7);
        assertThat(config.maxTransactionRetryTime()).isEqualTo(Duration.ofMinutes(1));
        assertThat(SocialGraphConfig.environmentName("connection-acquisition-timeout"))
                .isEqualTo("SOCIALGRAPH_NEO4J_CONNECTION_ACQUISITION_TIMEOUT");
    }

    @Test
    void has_defaults_for_everything() {
        SocialGraphConfig config = SocialGraphConfig.fromProperties(new Properties());

        assertThat(config).isEqualTo(new SocialGraphConfig(URI.create("neo4j://localhost:7687"), null, null, "neo4j",
                false, 50, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @Test
    void the_driver_configuration_carries_every_value() {
        SocialGraphConfig config = SocialGraphConfig.fromProperties(new Properties())
                .withMaxConnectionPoolSize(3)
                .withConnectionAcquisitionTimeout(Duration.ofMillis(750));

        Config driverConfig = SocialGraphApp.driverConfig(config);

        assertThat(driverConfig.maxConnectionPoolSize()).isEqualTo(3);
        assertThat(driverConfig.connectionAcquisitionTimeoutMillis()).isEqualTo(750);
        assertThat(driverConfig.connectionTimeoutMillis()).isEqualTo(5_000);
        assertThat(driverConfig.encrypted()).isFalse();
        assertThat(driverConfig.userAgent()).isEqualTo(SocialGraphApp.USER_AGENT);
    }

    @Test
    void rejects_what_cannot_work() {
        Properties badPool = new Properties();
        badPool.setProperty("socialgraph.neo4j.max-connection-pool-size", "zero");
        Properties tlsTwice = new Properties();
        tlsTwice.setProperty("socialgraph.neo4j.uri", "neo4j+s://db.example.com");
        tlsTwice.setProperty("socialgraph.neo4j.encrypted", "true");
        Properties userWithoutPassword = new Properties();
        userWithoutPassword.setProperty("socialgraph.neo4j.username", "app");
        Properties badTimeout = new Properties();
        badTimeout.setProperty("socialgraph.neo4j.connection-timeout", "5 seconds");

        assertThatThrownBy(() -> SocialGraphConfig.fromProperties(badPool))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("socialgraph.neo4j.max-connection-pool-size must be a whole number, not \"zero\"");
        assertThatThrownBy(() -> SocialGraphConfig.fromProperties(tlsTwice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("socialgraph.neo4j.encrypted=true cannot be combined with neo4j+s://db.example.com: the"
                        + " neo4j+s:// scheme already configures TLS. Use neo4j:// with encrypted=true, or keep the"
                        + " scheme and remove socialgraph.neo4j.encrypted.");
        assertThatThrownBy(() -> SocialGraphConfig.fromProperties(userWithoutPassword))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Set both socialgraph.neo4j.username and socialgraph.neo4j.password, or neither"
                        + " (a server without authentication)");
        assertThatThrownBy(() -> SocialGraphConfig.fromProperties(badTimeout))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("socialgraph.neo4j.connection-timeout must be an ISO-8601 duration such as PT5S or a"
                        + " number of milliseconds, not \"5 seconds\"");
    }

    @Test
    void never_shows_the_password() {
        Properties properties = new Properties();
        properties.setProperty("socialgraph.neo4j.username", "app");
        properties.setProperty("socialgraph.neo4j.password", "s3cret-password");

        assertThat(SocialGraphConfig.fromProperties(properties).toString())
                .contains("username=app", "password=******")
                .doesNotContain("s3cret");
    }
}
