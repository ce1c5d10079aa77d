package dev.testgraph.junit.spi;

import java.util.Map;

/**
 * What a server must look like.
 *
 * @param settings Neo4j settings by name, e.g. {@code db.transaction.timeout -> 10s}; always contains
 *     {@code dbms.usage_report.enabled -> false}
 * @param description a short text that names the test class asking for it, for messages
 */
public record ServerRequest(Map<String, String> settings, String description) {

    /** Copies the settings. */
    public ServerRequest {
        settings = Map.copyOf(settings);
    }

    /**
     * @param name a setting name
     * @return whether the request sets it to {@code true}
     */
    public boolean isEnabled(String name) {
        return Boolean.parseBoolean(settings.getOrDefault(name, "false"));
    }
}
