package dev.testgraph.imagetests;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads answers from a running server through the driver. */
final class ServerQueries {

    private ServerQueries() {}

    /** The value of a setting as {@code SHOW SETTINGS} prints it, e.g. {@code "42s"}. */
    static String setting(Driver driver, String name) {
        return singleValue(
                        driver,
                        "SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
                        Map.of("name", name))
                .asString();
    }

    /** The value of the only column of the only row. */
    static Value singleValue(Driver driver, String query, Map<String, Object> parameters) {
        List<Record> records =
                driver.executableQuery(query).withParameters(parameters).execute().records();
        if (records.size() != 1) {
            throw new IllegalStateException(records.size() + " rows instead of one for: " + query);
        }
        return records.get(0).get(0);
    }

    static Value singleValue(Driver driver, String query) {
        return singleValue(driver, query, Map.of());
    }
}
