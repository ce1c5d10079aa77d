package dev.testgraph.examples;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

/**
 * Everything the application needs to build its one {@link org.neo4j.driver.Driver}, read from configuration
 * rather than hard-coded, so that each environment (laptop, CI, production) sets its own values.
 *
 * <pre>{@code
 * SocialGraphConfig config = SocialGraphConfig.fromEnvironment(System.getenv());
 * try (SocialGraphApp app = SocialGraphApp.start(config)) { ... }
 * }</pre>
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>property</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>{@code socialgraph.neo4j.uri}</td><td>{@code SOCIALGRAPH_NEO4J_URI}</td><td>{@code neo4j://localhost:7687}</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.username}</td><td>{@code SOCIALGRAPH_NEO4J_USERNAME}</td><td>none (no authentication)</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.password}</td><td>{@code SOCIALGRAPH_NEO4J_PASSWORD}</td><td>none</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.database}</td><td>{@code SOCIALGRAPH_NEO4J_DATABASE}</td><td>{@code neo4j}</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.encrypted}</td><td>{@code SOCIALGRAPH_NEO4J_ENCRYPTED}</td><td>{@code false}</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.max-connection-pool-size}</td><td>{@code SOCIALGRAPH_NEO4J_MAX_CONNECTION_POOL_SIZE}</td><td>{@code 50}</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.connection-acquisition-timeout}</td><td>{@code SOCIALGRAPH_NEO4J_CONNECTION_ACQUISITION_TIMEOUT}</td><td>{@code PT30S}</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.connection-timeout}</td><td>{@code SOCIALGRAPH_NEO4J_CONNECTION_TIMEOUT}</td><td>{@code PT5S}</td></tr>
 *   <tr><td>{@code socialgraph.neo4j.max-transaction-retry-time}</td><td>{@code SOCIALGRAPH_NEO4J_MAX_TRANSACTION_RETRY_TIME}</td><td>{@code PT30S}</td></tr>
 * </table>
 *
 * <p>Durations are ISO-8601 ({@code PT5S}) or a number of milliseconds.
 *
 * @param uri the server, e.g. {@code neo4j://db.example.com:7687} or {@code neo4j+s://...} for TLS with system CAs
 * @param username the user, or {@code null} when the server runs without authentication
 * @param password the password, or {@code null} without authentication
 * @param database the database all work goes to (naming it saves a round trip per transaction)
 * @param encrypted whether to use TLS on a {@code bolt://} or {@code neo4j://} URI; must be {@code false} for
 *     the {@code +s}/{@code +ssc} schemes, which carry their own encryption settings
 * @param maxConnectionPoolSize the most connections the driver opens to one server
 * @param connectionAcquisitionTimeout how long a unit of work waits for a free connection before failing
 * @param connectionTimeout how long opening a socket may take
 * @param maxTransactionRetryTime how long managed transactions keep retrying transient errors
 */
public record SocialGraphConfig(
        URI uri,
        String username,
        String password,
        String database,
        boolean encrypted,
        int maxConnectionPoolSize,
        Duration connectionAcquisitionTimeout,
        Duration connectionTimeout,
        Duration maxTransactionRetryTime) {

    /** The prefix of every property key. */
    public static final String PREFIX = "socialgraph.neo4j.";

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a value cannot work
     */
    public SocialGraphConfig {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(database, "database");
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("Set both " + PREFIX + "username and " + PREFIX
                    + "password, or neither (a server without authentication)");
        }
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.matches("(bolt|neo4j)(\\+s|\\+ssc)?")) {
            throw new IllegalArgumentException(PREFIX + "uri must use bolt://, neo4j:// or their +s/+ssc variants,"
                    + " not " + uri);
        }
        if (encrypted && scheme.contains("+")) {
            throw new IllegalArgumentException(PREFIX + "encrypted=true cannot be combined with " + uri
                    + ": the " + scheme + ":// scheme already configures TLS. Use " + scheme.replaceAll("\\+.*", "")
                    + ":// with encrypted=true, or keep the scheme and remove " + PREFIX + "encrypted.");
        }
        if (maxConnectionPoolSize < 1) {
            throw new IllegalArgumentException(PREFIX + "max-connection-pool-size must be at least 1, not "
                    + maxConnectionPoolSize);
        }
        requirePositive("connection-acquisition-timeout", connectionAcquisitionTimeout);
        requirePositive("connection-timeout", connectionTimeout);
        Objects.requireNonNull(maxTransactionRetryTime, "maxTransactionRetryTime");
        if (maxTransactionRetryTime.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "max-transaction-retry-time must not be negative");
        }
    }

    /**
     * Reads the configuration from properties such as {@code socialgraph.neo4j.uri}.
     *
     * <pre>{@code SocialGraphConfig config = SocialGraphConfig.fromProperties(properties);}</pre>
     *
     * @param properties the properties; missing keys take their defaults
     * @return the configuration
     * @throws IllegalArgumentException if a value is malformed
     */
    public static SocialGraphConfig fromProperties(Properties properties) {
        return from(key -> properties.getProperty(PREFIX + key));
    }

    /**
     * Reads the configuration from environment variables such as {@code SOCIALGRAPH_NEO4J_URI}.
     *
     * <pre>{@code SocialGraphConfig config = SocialGraphConfig.fromEnvironment(System.getenv());}</pre>
     *
     * @param environment the environment; missing variables take their defaults
     * @return the configuration
     * @throws IllegalArgumentException if a value is malformed
     */
    public static SocialGraphConfig fromEnvironment(Map<String, String> environment) {
        return from(key -> environment.get(environmentName(key)));
    }

    /**
     * @param key a key without prefix, e.g. {@code max-connection-pool-size}
     * @return its environment variable, e.g. {@code SOCIALGRAPH_NEO4J_MAX_CONNECTION_POOL_SIZE}
     */
    static String environmentName(String key) {
        return (PREFIX + key).replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static SocialGraphConfig from(Function<String, String> source) {
        Function<String, String> lookup = key -> {
            String value = source.apply(key);
            return value == null || value.isBlank() ? null : value.trim();
        };
        return new SocialGraphConfig(
                URI.create(orDefault(lookup.apply("uri"), "neo4j://localhost:7687")),
                lookup.apply("username"),
                lookup.apply("password"),
                orDefault(lookup.apply("database"), "neo4j"),
                parseBoolean("encrypted", orDefault(lookup.apply("encrypted"), "false")),
                parseInt("max-connection-pool-size", orDefault(lookup.apply("max-connection-pool-size"), "50")),
                parseDuration("connection-acquisition-timeout",
                        orDefault(lookup.apply("connection-acquisition-timeout"), "PT30S")),
                parseDuration("connection-timeout", orDefault(lookup.apply("connection-timeout"), "PT5S")),
                parseDuration("max-transaction-retry-time",
                        orDefault(lookup.apply("max-transaction-retry-time"), "PT30S")));
    }

    /**
     * @param maxConnectionPoolSize the new pool size
     * @return a copy with another pool size
     */
    public SocialGraphConfig withMaxConnectionPoolSize(int maxConnectionPoolSize) {
        return new SocialGraphConfig(uri, username, password, database, encrypted, maxConnectionPoolSize,
                connectionAcquisitionTimeout, connectionTimeout, maxTransactionRetryTime);
    }

    /**
     * @param connectionAcquisitionTimeout the new timeout
     * @return a copy with another connection acquisition timeout
     */
    public SocialGraphConfig withConnectionAcquisitionTimeout(Duration connectionAcquisitionTimeout) {
        return new SocialGraphConfig(uri, username, password, database, encrypted, maxConnectionPoolSize,
                connectionAcquisitionTimeout, connectionTimeout, maxTransactionRetryTime);
    }

    /**
     * @param encrypted whether to use TLS
     * @return a copy with another encryption setting
     */
    public SocialGraphConfig withEncrypted(boolean encrypted) {
        return new SocialGraphConfig(uri, username, password, database, encrypted, maxConnectionPoolSize,
                connectionAcquisitionTimeout, connectionTimeout, maxTransactionRetryTime);
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        return "SocialGraphConfig[uri=" + uri + ", username=" + username + ", password="
                + (password == null ? null : "******") + ", database=" + database + ", encrypted=" + encrypted
                + ", maxConnectionPoolSize=" + maxConnectionPoolSize + ", connectionAcquisitionTimeout="
                + connectionAcquisitionTimeout + ", connectionTimeout=" + connectionTimeout
                + ", maxTransactionRetryTime=" + maxTransactionRetryTime + "]";
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static boolean parseBoolean(String key, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(PREFIX + key + " must be true or false, not \"" + value + "\"");
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be a whole number, not \"" + value + "\"", e);
        }
    }

    private static Duration parseDuration(String key, String value) {
        try {
            return value.chars().allMatch(Character::isDigit)
                    ? Duration.ofMillis(Long.parseLong(value))
                    : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be an ISO-8601 duration such as PT5S or a"
                    + " number of milliseconds, not \"" + value + "\"", e);
        }
    }

    private static void requirePositive(String key, Duration value) {
        Objects.requireNonNull(value, key);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + key + " must be positive, not " + value);
        }
    }
}
