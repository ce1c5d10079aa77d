package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.Neo4jServerProvider.Availability;
import dev.testgraph.junit.spi.ServerRequest;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The backends: every {@link Neo4jServerProvider} on the class path, Testgraph's own included, and the choice of one
 * for a {@link ServerKey}: the one asked for by name, or for {@code auto} the first available in
 * {@link Neo4jServerProvider#order()}.
 */
final class Providers {

    static final String EXTERNAL = "external";
    static final String TESTCONTAINERS = "testcontainers";
    static final String EMBEDDED = "embedded";

    private static final System.Logger LOG = System.getLogger("dev.testgraph");

    /**
     * Testgraph's own backends that live in modules of their own, with what to do when they are missing. Listed so
     * that a user who asks for one, or has no backend at all, is told which dependency to add.
     */
    private static final Map<String, Availability> WHEN_MISSING = Map.of(EMBEDDED, Availability.unavailable(
            "testgraph-embedded is not on the class path",
            "Add the test dependency dev.testgraph:testgraph-embedded for an in-process Neo4j"));

    /** The built-in names, in the order messages list them. */
    private static final List<String> BUILT_IN = List.of(TESTCONTAINERS, EMBEDDED, EXTERNAL);

    /** Found once per class loader: what is on the class path does not change during a run. */
    private static volatile List<Neo4jServerProvider> all;

    private Providers() {}

    static List<Neo4jServerProvider> all() {
        List<Neo4jServerProvider> found = all;
        if (found == null) {
            List<Neo4jServerProvider> providers = new ArrayList<>();
            ServiceLoader.load(Neo4jServerProvider.class, Providers.class.getClassLoader()).forEach(providers::add);
            providers.sort(Comparator.comparingInt(Neo4jServerProvider::order)
                    .thenComparing(provider -> provider.name().toLowerCase(Locale.ROOT)));
            found = List.copyOf(providers);
            all = found;
        }
        return found;
    }

    /**
     * The provider for a class's server, or why there is none.
     *
     * @param provider the chosen provider, or {@code null}
     * @param unavailable why no provider can give the server, or {@code null}
     */
    record Choice(Neo4jServerProvider provider, String unavailable) {}

    /**
     * @throws ExtensionConfigurationException when the requested backend has no provider at all
     */
    static Choice choose(TestConfiguration configuration, ServerRequest request) {
        String requested = configuration.key().backend();
        if (!requested.equals(ServerKey.AUTO)) {
            Neo4jServerProvider provider = named(requested, configuration);
            Availability availability = provider.availability(request);
            return availability.isAvailable()
                    ? new Choice(provider, null)
                    : new Choice(null, configuration.testClass() + " asks for the " + requested + " backend, but "
                            + availability.reason() + ". " + availability.fix() + ".");
        }
        Map<String, Availability> notAvailable = new LinkedHashMap<>();
        for (Neo4jServerProvider provider : all()) {
            Availability availability = provider.availability(request);
            if (availability.isAvailable()) {
                LOG.log(Level.INFO, () -> "Testgraph: backend auto chose " + provider.name() + " for "
                        + configuration.key() + (notAvailable.isEmpty() ? "" : "; not available: " + notAvailable
                                .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().reason() + ")")
                                .collect(Collectors.joining(", "))));
                return new Choice(provider, null);
            }
            notAvailable.put(provider.name(), availability);
        }
        WHEN_MISSING.forEach((name, missing) -> {
            if (all().stream().noneMatch(provider -> provider.name().equalsIgnoreCase(name))) {
                notAvailable.put(name, missing);
            }
        });
        StringBuilder message = new StringBuilder("No Neo4j is available for " + configuration.testClass() + ": "
                + notAvailable.values().stream().map(Availability::reason).collect(Collectors.joining("; "))
                + ". Fix it in one of " + notAvailable.size() + " ways:");
        int number = 1;
        for (Availability availability : notAvailable.values()) {
            message.append(String.format("%n  %d. %s;", number++, lowerFirst(availability.fix())));
        }
        message.setLength(message.length() - 1);
        message.append(String.format(".%nTo skip such classes instead, use @Neo4jTest(disabledWithoutDocker = true)"
                + " or -D%s=true.", RunSettings.DISABLED_WITHOUT_DOCKER));
        return new Choice(null, message.toString());
    }

    private static Neo4jServerProvider named(String name, TestConfiguration configuration) {
        for (Neo4jServerProvider provider : all()) {
            if (provider.name().equalsIgnoreCase(name)) {
                return provider;
            }
        }
        Availability missing = WHEN_MISSING.get(name);
        if (missing != null) {
            throw new ExtensionConfigurationException(configuration.testClass() + " asks for the " + name
                    + " backend, but " + missing.reason() + ". " + missing.fix() + ", or choose another backend.");
        }
        List<String> names = new ArrayList<>();
        names.add(ServerKey.AUTO);
        names.addAll(BUILT_IN);
        all().forEach(provider -> {
            if (!names.contains(provider.name().toLowerCase(Locale.ROOT))) {
                names.add(provider.name().toLowerCase(Locale.ROOT));
            }
        });
        throw new ExtensionConfigurationException("Testgraph cannot use '" + name + "' from "
                + configuration.backendWhere() + ": use one of " + String.join(", ", names) + ". Change or remove the "
                + configuration.backendWhere() + ".");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
