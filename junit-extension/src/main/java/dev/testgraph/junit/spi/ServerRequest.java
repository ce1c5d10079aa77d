package dev.testgraph.junit.spi;

import dev.testgraph.junit.Neo4jContainerCustomizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a server must look like, and the run-wide settings a provider may need (a URI, a password).
 */
public final class ServerRequest {

    private final String image;
    private final Map<String, String> settings;
    private final String description;
    private final Function<String, Optional<String>> runSettings;
    private final List<Class<?>> procedures;
    private final List<String> plugins;
    private List<Class<?>> procedureDependencies = List.of();
    private Map<String, String> containerEnvironment = Map.of();
    private Map<String, String> containerLabels = Map.of();
    private boolean tmpfs;
    private Class<? extends Neo4jContainerCustomizer> containerCustomizer;

    /**
     * @param image the Docker image asked for, e.g. {@code neo4j:5.26-community}; meaningful to container backends
     * @param settings Neo4j settings by name; always contains {@code dbms.usage_report.enabled -> false}
     * @param description a short text naming the test class that asks, for messages
     * @param runSettings reads a run-wide setting by its property name ({@code testgraph.uri}): the system
     *     property, else the environment variable ({@code TESTGRAPH_URI})
     */
    public ServerRequest(String image, Map<String, String> settings, String description,
            Function<String, Optional<String>> runSettings) {
        this(image, settings, List.of(), List.of(), description, runSettings);
    }

    /**
     * @param image the Docker image asked for
     * @param settings Neo4j settings by name
     * @param procedures classes with procedures, functions or aggregation functions to install
     * @param plugins plugins to install, e.g. {@code apoc}
     * @param description a short text naming the test class that asks, for messages
     * @param runSettings reads a run-wide setting by its property name
     */
    public ServerRequest(String image, Map<String, String> settings, List<Class<?>> procedures, List<String> plugins,
            String description, Function<String, Optional<String>> runSettings) {
        this.image = Objects.requireNonNull(image, "image");
        this.settings = Map.copyOf(settings);
        this.procedures = List.copyOf(procedures);
        this.plugins = List.copyOf(plugins);
        this.description = Objects.requireNonNull(description, "description");
        this.runSettings = Objects.requireNonNull(runSettings, "runSettings");
    }

    /** @return classes with procedures, functions or aggregation functions the server must have */
    public List<Class<?>> procedures() {
        return procedures;
    }

    /**
     * @param environment the container's environment variables ({@code @Neo4jTest(containerEnvironment = ...)})
     * @param tmpfs whether {@code /data} and {@code /logs} go on tmpfs
     * @return a copy of this request with what only container backends use
     */
    public ServerRequest withContainer(Map<String, String> environment, boolean tmpfs) {
        return withContainer(environment, containerLabels, tmpfs, containerCustomizer);
    }

    /**
     * @param environment the container's environment variables ({@code @Neo4jTest(containerEnvironment = ...)})
     * @param labels the container's labels ({@code @Neo4jTest(containerLabels = ...)})
     * @param tmpfs whether {@code /data} and {@code /logs} go on tmpfs
     * @param customizer the class that changes the container before it starts, or {@code null} for none
     * @return a copy of this request with what only container backends use
     */
    public ServerRequest withContainer(Map<String, String> environment, Map<String, String> labels, boolean tmpfs,
            Class<? extends Neo4jContainerCustomizer> customizer) {
        ServerRequest copy = copy();
        copy.containerEnvironment = Map.copyOf(environment);
        copy.containerLabels = Map.copyOf(labels);
        copy.tmpfs = tmpfs;
        copy.containerCustomizer = customizer;
        return copy;
    }

    /**
     * @param dependencies classes standing for the jars or class-path directories the procedures need
     * @return a copy of this request whose procedures come with those dependencies
     */
    public ServerRequest withProcedureDependencies(List<Class<?>> dependencies) {
        ServerRequest copy = copy();
        copy.procedureDependencies = List.copyOf(dependencies);
        return copy;
    }

    private ServerRequest copy() {
        ServerRequest copy = new ServerRequest(image, settings, procedures, plugins, description, runSettings);
        copy.procedureDependencies = procedureDependencies;
        copy.containerEnvironment = containerEnvironment;
        copy.containerLabels = containerLabels;
        copy.tmpfs = tmpfs;
        copy.containerCustomizer = containerCustomizer;
        return copy;
    }

    /**
     * @return classes standing for the jars or class-path directories the {@link #procedures()} need; servers outside
     *     the test's JVM must get them too
     */
    public List<Class<?>> procedureDependencies() {
        return procedureDependencies;
    }

    /** @return the container's labels asked for; container backends only */
    public Map<String, String> containerLabels() {
        return containerLabels;
    }

    /** @return the class that changes the container before it starts; container backends only */
    public Optional<Class<? extends Neo4jContainerCustomizer>> containerCustomizer() {
        return Optional.ofNullable(containerCustomizer);
    }

    /** @return the container's environment variables asked for; container backends only */
    public Map<String, String> containerEnvironment() {
        return containerEnvironment;
    }

    /** @return whether the container's {@code /data} and {@code /logs} go on tmpfs; container backends only */
    public boolean tmpfs() {
        return tmpfs;
    }

    /** @return plugins the server must have, e.g. {@code apoc} */
    public List<String> plugins() {
        return plugins;
    }

    /**
     * @return the qualified names of the procedures and functions of {@link #procedures()}, read from their
     *     annotations ({@code name}, else {@code value}, else the class's package and the method's name)
     */
    public List<String> procedureNames() {
        return procedures.stream().flatMap(type -> ProcedureNames.of(type).stream()).toList();
    }

    /** @return the Docker image asked for */
    public String image() {
        return image;
    }

    /** @return Neo4j settings by name, e.g. {@code db.transaction.timeout -> 10s} */
    public Map<String, String> settings() {
        return settings;
    }

    /** @return a short text naming the test class that asks, for messages */
    public String description() {
        return description;
    }

    /**
     * @param property a run-wide setting's property name, e.g. {@code testgraph.uri}
     * @return its value from the system property, else from the environment variable ({@code TESTGRAPH_URI})
     */
    public Optional<String> runSetting(String property) {
        return runSettings.apply(property);
    }

    /**
     * @return whether a server started for this request plans the first queries of a run while it starts
     *     ({@code testgraph.warmUpServer}, {@code true} unless set to {@code false}): a provider that starts its
     *     server adds {@code dev.testgraph.serverplugin.WarmUp.MARK} to its unrestricted procedures when it does
     * @throws IllegalArgumentException for a value other than true or false, saying which are allowed
     */
    public boolean warmsUpServer() {
        String property = dev.testgraph.junit.Neo4jTest.WARM_UP_SERVER_PROPERTY_NAME;
        Optional<String> value = runSetting(property);
        if (value.isEmpty() || value.get().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.get().equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("Testgraph cannot use '" + value.get() + "' from " + property
                + " (system property) or TESTGRAPH_WARM_UP_SERVER (environment variable): use true or false; true is"
                + " the default.");
    }

    /**
     * @param name a setting name
     * @return whether the request sets it to {@code true}
     */
    public boolean isEnabled(String name) {
        return Boolean.parseBoolean(settings.getOrDefault(name, "false"));
    }

    @Override
    public String toString() {
        return "ServerRequest[image=" + image + ", settings=" + settings + ", procedures="
                + procedures.stream().map(Class::getName).toList()
                + (procedureDependencies.isEmpty() ? "" : ", procedureDependencies="
                        + procedureDependencies.stream().map(Class::getName).toList())
                + ", plugins=" + plugins + ", for " + description
                + "]";
    }
}
