package dev.testgraph.examples;

import dev.testgraph.junit.Neo4jConnectionInfo;
import java.util.Properties;

/** Configures the application for the server of a {@code @Neo4jTest}, through its ordinary configuration path. */
final class ApplicationUnderTest {

    private ApplicationUnderTest() {}

    /**
     * @param neo4j the injected connection details
     * @return the properties an operator would write for that server
     */
    static Properties propertiesFor(Neo4jConnectionInfo neo4j) {
        Properties properties = new Properties();
        properties.setProperty("socialgraph.neo4j.uri", neo4j.boltUri().toString());
        if (neo4j.authenticationEnabled()) {
            properties.setProperty("socialgraph.neo4j.username", neo4j.username());
            properties.setProperty("socialgraph.neo4j.password", neo4j.password());
        }
        properties.setProperty("socialgraph.neo4j.encrypted", "false");
        properties.setProperty("socialgraph.neo4j.max-connection-pool-size", "10");
        properties.setProperty("socialgraph.neo4j.connection-acquisition-timeout", "PT10S");
        properties.setProperty("socialgraph.neo4j.max-transaction-retry-time", "PT30S");
        return properties;
    }

    /**
     * @param neo4j the injected connection details
     * @return the configuration for that server
     */
    static SocialGraphConfig configFor(Neo4jConnectionInfo neo4j) {
        return SocialGraphConfig.fromProperties(propertiesFor(neo4j));
    }
}
