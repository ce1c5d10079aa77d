package dev.testgraph.junit.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Run-wide settings: a system property {@code testgraph.someName}, else the environment variable
 * {@code TESTGRAPH_SOME_NAME}. Read from system properties and the environment only (not from
 * {@code junit-platform.properties}) so that the resource-lock provider, which runs before any extension context
 * exists, sees exactly what the extension sees.
 */
final class RunSettings {

    static final String BACKEND = "testgraph.backend";
    static final String IMAGE = "testgraph.image";
    static final String SETTINGS = "testgraph.settings";
    static final String CLEAN = "testgraph.clean";
    static final String KEEP_SCHEMA = "testgraph.keepSchema";
    static final String DISABLED_WITHOUT_DOCKER = "testgraph.disabledWithoutDocker";
    static final String DOCKER_REQUIRED = "testgraph.docker.required";
    static final String URI = "testgraph.uri";
    static final String USER = "testgraph.user";
    static final String PASSWORD = "testgraph.password";
    static final String ALLOW_WIPE = "testgraph.allowWipe";
    static final String REUSE_UNCHANGED = "testgraph.reuseUnchanged";

    private RunSettings() {}

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

    static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(property));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static boolean isTrue(String property) {
        return get(property).map(value -> parse(property, value, RunSettings::parseBoolean)).orElse(false);
    }

    static <E extends Enum<E>> Optional<E> getEnum(String property, Class<E> type) {
        return get(property).map(value -> parse(property, value, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'))));
    }

    static String where(String property) {
        return System.getProperty(property) != null
                ? "system property " + property
                : "environment variable " + environmentName(property);
    }

    private static boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static <T> T parse(String property, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Testgraph cannot use '" + value + "' from " + where(property)
                    + ": " + allowedValues(property) + ". Change or remove the " + where(property) + ".");
        }
    }

    private static String allowedValues(String property) {
        return switch (property) {
            case BACKEND -> "use one of auto, testcontainers, embedded, external";
            case CLEAN -> "use one of before_each, before_all, never";
            default -> "use true or false";
        };
    }
}
