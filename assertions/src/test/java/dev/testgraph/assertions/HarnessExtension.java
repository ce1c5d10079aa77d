package dev.testgraph.assertions;

import dev.testgraph.fixtures.internal.CypherNames;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Test-only: one in-process Neo4j (harness) per test JVM, kept in the root store, usage reporting off;
 * injects a {@link Driver} and empties the database (data, indexes, constraints) before each test.
 */
final class HarnessExtension implements ParameterResolver, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HarnessExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Driver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return server(extensionContext).driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Driver driver = server(context).driver;
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        for (Record constraint : driver.executableQuery("SHOW CONSTRAINTS YIELD name").execute().records()) {
            driver.executableQuery("DROP CONSTRAINT " + CypherNames.quote(constraint.get("name").asString()))
                    .execute();
        }
        List<Record> indexes = driver.executableQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                .execute()
                .records();
        for (Record index : indexes) {
            driver.executableQuery("DROP INDEX " + CypherNames.quote(index.get("name").asString()))
                    .execute();
        }
    }

    private static Server server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, key -> new Server(), Server.class);
    }

    /** The harness and its driver, closed when the root context closes. */
    static final class Server implements AutoCloseable {
        final Neo4j neo4j;
        final Driver driver;

        Server() {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        }

        @Override
        public void close() {
            driver.close();
            neo4j.close();
        }
    }
}
