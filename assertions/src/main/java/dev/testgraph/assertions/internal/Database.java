package dev.testgraph.assertions.internal;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * A database reached through a driver: the default one or a named one.
 *
 * @param driver the driver
 * @param name the database name, or {@code null} for the default database
 */
public record Database(Driver driver, String name) {

    /** Runs a read query and returns all records. */
    public List<Record> run(String query, Map<String, Object> parameters) {
        QueryConfig.Builder config = QueryConfig.builder().withRouting(RoutingControl.READ);
        if (name != null) {
            config.withDatabase(name);
        }
        return driver.executableQuery(query)
                .withParameters(parameters)
                .withConfig(config.build())
                .execute()
                .records();
    }

    /** {@code the default database} or {@code database "movies"}. */
    public String describe() {
        return name == null ? "the default database" : "database " + CypherText.string(name);
    }
}
