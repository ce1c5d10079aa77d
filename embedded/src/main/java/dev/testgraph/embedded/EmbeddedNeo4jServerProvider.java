package dev.testgraph.embedded;

import dev.testgraph.junit.spi.ImportDirectory;
import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import dev.testgraph.serverplugin.DatabaseState;
import dev.testgraph.serverplugin.Journal;
import dev.testgraph.serverplugin.LastCommittedTransaction;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The embedded backend of {@code @Neo4jTest}: an in-process Neo4j from neo4j-harness, bolt on a random localhost
 * port, HTTP off unless {@code server.http.enabled=true} is asked for, usage reporting off. Found by the extension
 * through {@link java.util.ServiceLoader} when {@code testgraph-embedded} is on the test class path.
 */
public final class EmbeddedNeo4jServerProvider implements Neo4jServerProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public EmbeddedNeo4jServerProvider() {}

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public int order() {
        return EMBEDDED_ORDER;
    }

    /**
     * Available when this JVM can run the neo4j-harness on the class path: the server runs in this JVM, and Neo4j
     * 2025.01 and later need Java 21 or newer.
     */
    @Override
    public Availability availability(ServerRequest request) {
        return availability(EmbeddedNeo4jServerProvider.class.getClassLoader(), Runtime.version().feature());
    }

    /** @return whether a JVM of the given feature release can run the harness that the class loader sees */
    static Availability availability(ClassLoader loader, int javaRelease) {
        return HarnessOnClassPath.find(loader)
                .flatMap(harness -> harness.tooNewFor(javaRelease))
                .map(reason -> Availability.unavailable(reason, "Run the tests on a newer JDK (JAVA_HOME, or"
                        + " Surefire's <jvm>), or keep this JDK and use the container backend"
                        + " (@Neo4jTest(backend = Backend.TESTCONTAINERS, image = \"neo4j:<version>-community\"))"))
                .orElse(Availability.available());
    }

    @Override
    public Neo4jServer start(ServerRequest request) {
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0));
        if (!request.isEnabled(HttpConnector.enabled.name())) {
            builder = builder.withDisabledServer();
        } else {
            builder = builder.withConfig(HttpConnector.listen_address, new SocketAddress("localhost", 0));
        }
        Map<String, Setting<Object>> declared = Config.defaults().getDeclaredSettings();
        // a test server has nothing to drain: without this, stopping waits out Netty's 5 s quiet period (an int of
        // seconds on 5.26, a duration on 2025+: parsed from text, it suits both)
        builder = withSetting(builder, declared, GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period.name(),
                "0", request.description());
        Map<String, String> settings = new java.util.HashMap<>();
        request.settings().forEach((name, value) -> {
            if (name.startsWith("apoc.")) {
                // APOC reads its own settings (apoc.conf), not Neo4j's: in process, from system properties
                System.setProperty(name, value);
            } else {
                settings.put(name, value);
            }
        });
        // Testgraph's procedures (testgraph-server-plugin) and the test's own need to be unrestricted, by name; the
        // user's entries stay
        java.util.List<String> unrestricted = new java.util.ArrayList<>(List.of(DatabaseState.UNRESTRICTED));
        unrestricted.addAll(request.procedureNames());
        if (request.warmsUpServer()) {
            // the server plans the run's first queries on a thread of its own while it starts (WarmUp)
            unrestricted.add(dev.testgraph.serverplugin.WarmUp.MARK);
        }
        if (request.plugins().contains("apoc")) {
            unrestricted.add("apoc.*");
            builder = builder.withConfig(GraphDatabaseSettings.plugin_dir, pluginDirectory("apoc", request));
        }
        settings.merge(GraphDatabaseSettings.procedure_unrestricted.name(), String.join(",", unrestricted),
                (mine, theirs) -> mine + "," + theirs);
        for (Map.Entry<String, String> entry : settings.entrySet()) {
            builder = withSetting(builder, declared, entry.getKey(), entry.getValue(), request.description());
        }
        // LOAD CSV reads file:/// URLs from a directory of this server's own, where @ImportFiles copies to. Without
        // the setting (the harness writes no neo4j.conf) LOAD CSV could read any file of the machine by its path.
        java.nio.file.Path ownImportDirectory = null;
        if (!settings.containsKey(GraphDatabaseSettings.load_csv_file_url_root.name())) {
            ownImportDirectory = importDirectory(request);
            builder = builder.withConfig(GraphDatabaseSettings.load_csv_file_url_root, ownImportDirectory);
        }
        builder = builder.withProcedure(LastCommittedTransaction.class).withProcedure(DatabaseState.class)
                .withProcedure(Journal.class).withProcedure(dev.testgraph.serverplugin.WarmUpProcedure.class);
        for (Class<?> procedures : request.procedures()) {
            builder = withProcedures(builder, procedures);
        }
        Neo4j neo4j;
        try {
            neo4j = builder.build();
        } catch (RuntimeException e) {
            deleteImportDirectory(ownImportDirectory);
            throw refused(request, e);
        }
        java.nio.file.Path importRoot = neo4j.config().get(GraphDatabaseSettings.load_csv_file_url_root);
        ImportDirectory imports = importRoot == null ? null : ImportDirectory.onThisMachine(importRoot);
        java.nio.file.Path madeImportDirectory = ownImportDirectory;
        TransactionIdStore transactions = ((GraphDatabaseAPI) neo4j.defaultDatabaseService())
                .getDependencyResolver()
                .resolveDependency(TransactionIdStore.class);
        List<KernelTransactions> open = kernelTransactions(neo4j);
        return new Neo4jServer() {
            @Override
            public OptionalLong lastCommittedTransactionId() {
                return OptionalLong.of(transactions.getLastCommittedTransactionId());
            }

            @Override
            public OptionalInt openTransactionCount() {
                if (open == null) {
                    return OptionalInt.empty();
                }
                try {
                    return OptionalInt.of(open.stream().mapToInt(KernelTransactions::getNumberOfActiveTransactions)
                            .sum());
                } catch (RuntimeException | LinkageError e) {
                    // a Neo4j whose internals differ: Testgraph asks over bolt instead
                    return OptionalInt.empty();
                }
            }

            @Override
            public URI boltUri() {
                return neo4j.boltURI();
            }

            @Override
            public URI httpUri() {
                return request.isEnabled(HttpConnector.enabled.name()) ? neo4j.httpURI() : null;
            }

            @Override
            public String username() {
                return null;
            }

            @Override
            public String password() {
                return null;
            }

            @Override
            public java.util.Optional<String> diagnose() {
                try {
                    return neo4j.defaultDatabaseService().isAvailable(1_000)
                            ? java.util.Optional.empty()
                            : java.util.Optional.of("the embedded database " + neo4j.defaultDatabaseService()
                                    .databaseName() + " is not available (shut down or failed; see the test log)");
                } catch (RuntimeException e) {
                    return java.util.Optional.of("the embedded Neo4j cannot be asked for its health: " + e);
                }
            }

            @Override
            public java.util.Optional<ImportDirectory> importDirectory() {
                return java.util.Optional.ofNullable(imports);
            }

            @Override
            public void close() {
                try {
                    neo4j.close();
                } finally {
                    deleteImportDirectory(madeImportDirectory);
                }
            }
        };
    }

    /** @return a new, empty directory for the server's {@code LOAD CSV} files */
    private static java.nio.file.Path importDirectory(ServerRequest request) {
        try {
            return java.nio.file.Files.createTempDirectory("testgraph-import");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Testgraph cannot make the import directory of the embedded Neo4j"
                    + " for " + request.description() + " in the temporary directory (java.io.tmpdir): " + e, e);
        }
    }

    /** Deletes the import directory Testgraph made, with whatever the tests left in it. */
    private static void deleteImportDirectory(java.nio.file.Path directory) {
        if (directory == null) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(directory)) {
            for (java.nio.file.Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            System.getLogger(EmbeddedNeo4jServerProvider.class.getName()).log(System.Logger.Level.WARNING,
                    "Testgraph could not delete the import directory " + directory + ": " + e);
        }
    }

    /** Registers each kind of callable the class has (Testgraph checked that it has one). */
    private static Neo4jBuilder withProcedures(Neo4jBuilder builder, Class<?> type) {
        Neo4jBuilder result = builder;
        if (has(type, org.neo4j.procedure.Procedure.class)) {
            result = result.withProcedure(type);
        }
        if (has(type, org.neo4j.procedure.UserFunction.class)) {
            result = result.withFunction(type);
        }
        if (has(type, org.neo4j.procedure.UserAggregationFunction.class)) {
            result = result.withAggregationFunction(type);
        }
        return result;
    }

    private static boolean has(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        return java.util.Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(annotation));
    }

    /** @return a start failure explained: Neo4j's reason, and which of the test's procedure classes it may concern */
    private static RuntimeException refused(ServerRequest request, RuntimeException error) {
        StringBuilder reasons = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !reasons.toString().contains(cause.getMessage())) {
                reasons.append(reasons.length() == 0 ? "" : " <- ").append(cause.getMessage());
            }
        }
        String text = reasons.toString();
        if (!request.procedures().isEmpty() && text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(procedure|function).*")) {
            return new IllegalArgumentException("Neo4j refused the procedure class(es) " + request.procedures().stream()
                    .map(Class::getName).toList() + " (asked for by " + request.description() + "): " + text, error);
        }
        return new IllegalStateException("The embedded Neo4j did not start for " + request.description() + ": " + text,
                error);
    }

    /**
     * @return a plugin directory holding the plugin's jars from the class path: APOC must be on the class path and in
     *     the plugin directory, or Neo4j's class loader does not see its extensions
     */
    private static java.nio.file.Path pluginDirectory(String plugin, ServerRequest request) {
        List<java.nio.file.Path> jars = dev.testgraph.junit.spi.PluginJars.find(plugin).orElseThrow(() ->
                new IllegalStateException(request.description() + " asks for the plugin " + plugin + " on the embedded"
                        + " backend, but it is not on the test class path: "
                        + dev.testgraph.junit.spi.PluginJars.howToAdd(plugin) + "."));
        if (plugin.equals("apoc")) {
            HarnessOnClassPath.find(EmbeddedNeo4jServerProvider.class.getClassLoader())
                    .flatMap(harness -> dev.testgraph.junit.spi.PluginJars.mismatch(plugin, harness.version()))
                    .ifPresent(warning -> System.getLogger(EmbeddedNeo4jServerProvider.class.getName())
                            .log(System.Logger.Level.WARNING, "Testgraph: " + warning + " (" + request.description()
                                    + ")"));
            try {
                Class.forName("org.apache.commons.lang3.Strings", false, EmbeddedNeo4jServerProvider.class
                        .getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(request.description() + " asks for APOC, whose 5.26 releases need"
                        + " commons-lang3 3.18 or newer, but the test class path has an older one (your build picked"
                        + " it through another dependency, e.g. Testcontainers): manage"
                        + " org.apache.commons:commons-lang3 to 3.18.0 or newer in your build.");
            }
        }
        try {
            java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("testgraph-plugins");
            directory.toFile().deleteOnExit();
            for (java.nio.file.Path jar : jars) {
                java.nio.file.Path copy = directory.resolve(jar.getFileName());
                java.nio.file.Files.copy(jar, copy);
                copy.toFile().deleteOnExit();
            }
            return directory;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Testgraph cannot prepare the plugin directory for " + plugin, e);
        }
    }

    private static Neo4jBuilder withSetting(Neo4jBuilder builder, Map<String, Setting<Object>> declared, String name,
            String value, String description) {
        Setting<Object> setting = declared.get(name);
        if (setting == null) {
            throw new IllegalArgumentException("unknown Neo4j setting '" + name + "' (asked for by " + description
                    + ")." + suggestion(name, declared.keySet()) + " Settings are listed at"
                    + " https://neo4j.com/docs/operations-manual/5/configuration/configuration-settings/");
        }
        Object parsed;
        try {
            parsed = ((SettingImpl<Object>) setting).parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Neo4j setting " + name + "=" + value + " (asked for by " + description
                    + ") is not valid: " + e.getMessage(), e);
        }
        return builder.withConfig(setting, parsed);
    }

    /** @return the known settings that share the longest dotted ending with the unknown one, as a hint */
    private static String suggestion(String name, Set<String> known) {
        String[] parts = name.split("\\.");
        int best = 0;
        java.util.List<String> similar = new java.util.ArrayList<>();
        for (String candidate : known) {
            String[] other = candidate.split("\\.");
            int common = 0;
            while (common < parts.length && common < other.length
                    && parts[parts.length - 1 - common].equals(other[other.length - 1 - common])) {
                common++;
            }
            if (common > best) {
                best = common;
                similar.clear();
            }
            if (common == best && common > 0) {
                similar.add(candidate);
            }
        }
        return similar.isEmpty()
                ? ""
                : " Did you mean " + String.join(" or ", similar.stream().sorted().limit(3).toList()) + "?";
    }

    /**
     * @return the transaction registries of the server's databases (system included), for counting open transactions
     *     in process; {@code null} when this Neo4j's internals differ from the ones compiled against
     */
    private static List<KernelTransactions> kernelTransactions(Neo4j neo4j) {
        try {
            List<KernelTransactions> registries = new java.util.ArrayList<>();
            for (String name : neo4j.databaseManagementService().listDatabases()) {
                registries.add(((GraphDatabaseAPI) neo4j.databaseManagementService().database(name))
                        .getDependencyResolver().resolveDependency(KernelTransactions.class));
            }
            return registries;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

}
