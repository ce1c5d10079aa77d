package dev.testgraph.junit.internal;

import dev.testgraph.junit.Neo4jTest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The run-wide settings, read in this one place: a system property {@code testgraph.someName}, else the environment
 * variable {@code TESTGRAPH_SOME_NAME}. Their names are the {@code *_PROPERTY_NAME} constants of {@link Neo4jTest}.
 * A value: taken once per run (kept in JUnit's root store) from a snapshot of the system properties and the
 * environment. Read from system properties and the environment only (not from {@code junit-platform.properties}) so
 * that the resource-lock provider, which runs before any extension context exists, sees exactly what the extension
 * sees.
 */
final class RunSettings {

    static final String BACKEND = Neo4jTest.BACKEND_PROPERTY_NAME;
    static final String IMAGE = Neo4jTest.IMAGE_PROPERTY_NAME;
    static final String SETTINGS = Neo4jTest.SETTINGS_PROPERTY_NAME;
    static final String CLEAN = Neo4jTest.CLEAN_PROPERTY_NAME;
    static final String KEEP_SCHEMA = Neo4jTest.KEEP_SCHEMA_PROPERTY_NAME;
    static final String DISABLED_WITHOUT_DOCKER = Neo4jTest.DISABLED_WITHOUT_DOCKER_PROPERTY_NAME;
    static final String DOCKER_REQUIRED = Neo4jTest.DOCKER_REQUIRED_PROPERTY_NAME;
    static final String URI = Neo4jTest.URI_PROPERTY_NAME;
    static final String USER = Neo4jTest.USER_PROPERTY_NAME;
    static final String PASSWORD = Neo4jTest.PASSWORD_PROPERTY_NAME;
    static final String ALLOW_WIPE = Neo4jTest.ALLOW_WIPE_PROPERTY_NAME;
    static final String REUSE_UNCHANGED = Neo4jTest.REUSE_UNCHANGED_PROPERTY_NAME;
    static final String TIMEOUT = Neo4jTest.TIMEOUT_PROPERTY_NAME;
    static final String LEAKED_TRANSACTIONS = Neo4jTest.LEAKED_TRANSACTIONS_PROPERTY_NAME;
    static final String CONTAINER_WAIT = Neo4jTest.CONTAINER_WAIT_PROPERTY_NAME;
    static final String PASSWORD_FILE = Neo4jTest.CONTAINER_PASSWORD_FILE_PROPERTY_NAME;
    static final String HOSTS_ENTRY = Neo4jTest.CONTAINER_HOSTS_ENTRY_PROPERTY_NAME;
    static final String WARM_UP_DRIVER = Neo4jTest.WARM_UP_DRIVER_PROPERTY_NAME;
    static final String WARM_UP_SERVER = Neo4jTest.WARM_UP_SERVER_PROPERTY_NAME;

    /** How long Testgraph's own work on a server may take unless {@link #TIMEOUT} says otherwise. */
    static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofMinutes(2);

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    private RunSettings(Map<String, String> properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** @return the settings of this JVM now: its {@code testgraph.*} system properties and its environment */
    static RunSettings current() {
        Properties system = System.getProperties();
        Map<String, String> properties = new java.util.HashMap<>();
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith("testgraph.")) {
                properties.put(name, system.getProperty(name));
            }
        }
        return new RunSettings(Map.copyOf(properties), System.getenv());
    }

    /** @return settings from the given system properties and environment variables only (for tests) */
    static RunSettings of(Map<String, String> properties, Map<String, String> environment) {
        return new RunSettings(Map.copyOf(properties), Map.copyOf(environment));
    }

    /** @return {@code TESTGRAPH_KEEP_SCHEMA} for {@code testgraph.keepSchema} */
    static String environmentName(String property) {
        StringBuilder name = new StringBuilder();
        for (char c : property.toCharArray()) {
            if (c == '.') {
                name.append('_');
            } else if (Character.isUpperCase(c)) {
                name.append('_').append(c);
            } else {
                name.append(Character.toUpperCase(c));
            }
        }
        return name.toString();
    }

    Optional<String> get(String property) {
        String value = properties.get(property);
        if (value == null || value.isBlank()) {
            value = environment.get(environmentName(property));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    boolean isTrue(String property) {
        return get(property).map(value -> parse(property, value, RunSettings::parseBoolean)).orElse(false);
    }

    /** @return the boolean, or {@code fallback} when not set */
    boolean isTrue(String property, boolean fallback) {
        return get(property).map(value -> parse(property, value, RunSettings::parseBoolean)).orElse(fallback);
    }

    <E extends Enum<E>> Optional<E> getEnum(String property, Class<E> type) {
        return get(property).map(value -> parse(property, value,
                v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'))));
    }

    /** @return Testgraph's time limit for its own work on a server: a clean, a fixture load, a state read */
    java.time.Duration timeout() {
        return get(TIMEOUT).map(value -> parse(TIMEOUT, value, RunSettings::parseDuration)).orElse(DEFAULT_TIMEOUT);
    }

    /** @return whether a test that leaves transactions open fails ({@code fail}, the default) or is only reported */
    boolean failOnLeakedTransactions() {
        return get(LEAKED_TRANSACTIONS).map(value -> parse(LEAKED_TRANSACTIONS, value, v -> switch (v.toLowerCase(
                Locale.ROOT)) {
            case "fail" -> true;
            case "warn" -> false;
            default -> throw new IllegalArgumentException(v);
        })).orElse(true);
    }

    /** @return where the value of the property comes from, for messages */
    String where(String property) {
        String value = properties.get(property);
        return value != null && !value.isBlank()
                ? "system property " + property
                : "environment variable " + environmentName(property);
    }

    /** @return whether the property was given as a system property (and so ends up in test reports) */
    boolean fromSystemProperty(String property) {
        String value = properties.get(property);
        return value != null && !value.isBlank();
    }

    /**
     * @return a warning when the external server's password comes from a system property: build tools write every
     *     system property into their test reports (Surefire's {@code TEST-*.xml}), the environment variable they do not
     */
    Optional<String> passwordWarning() {
        return fromSystemProperty(PASSWORD)
                ? Optional.of("Testgraph: the password of the external server is given as the system property "
                        + PASSWORD + ", which build tools copy into test reports (Surefire's TEST-*.xml). Give it as"
                        + " the environment variable " + environmentName(PASSWORD) + " instead.")
                : Optional.empty();
    }

    /**
     * A run setting as a backend sees it, through its request: one of the allowed values, ignoring case.
     *
     * @param fallback the value when the setting is not given
     * @param allowed the values, in the order the message lists them
     * @return the allowed value given, or {@code fallback}
     * @throws IllegalArgumentException for any other value, naming the property, its variable and what is allowed
     */
    static String choice(dev.testgraph.junit.spi.ServerRequest request, String property, String fallback,
            String... allowed) {
        Optional<String> value = request.runSetting(property);
        if (value.isEmpty()) {
            return fallback;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.get())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Testgraph cannot use '" + value.get() + "' from " + property
                + " (system property) or " + environmentName(property) + " (environment variable): use "
                + String.join(" or ", allowed) + "; " + fallback + " is the default.");
    }

    /** @throws ExtensionConfigurationException saying which values are allowed */
    ExtensionConfigurationException invalid(String property, String value, String allowed) {
        return new ExtensionConfigurationException("Testgraph cannot use '" + value + "' from " + where(property)
                + ": " + allowed + ". Change or remove the " + where(property) + ".");
    }

    /** @return {@code 30s}, {@code 2m}, {@code 500ms} or an ISO-8601 duration ({@code PT30S}) */
    private static java.time.Duration parseDuration(String value) {
        java.util.regex.Matcher simple = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h)").matcher(value.trim());
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            return switch (simple.group(2)) {
                case "ms" -> java.time.Duration.ofMillis(amount);
                case "s" -> java.time.Duration.ofSeconds(amount);
                case "m" -> java.time.Duration.ofMinutes(amount);
                default -> java.time.Duration.ofHours(amount);
            };
        }
        try {
            return java.time.Duration.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    private static boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private <T> T parse(String property, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(property, value, switch (property) {
                case CLEAN -> "use one of before_each, before_all, never";
                case TIMEOUT -> "use a duration such as 30s, 2m or PT90S";
                case LEAKED_TRANSACTIONS -> "use fail or warn";
                default -> "use true or false";
            });
        }
    }
}
