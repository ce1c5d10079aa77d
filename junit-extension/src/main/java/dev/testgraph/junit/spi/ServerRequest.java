package dev.testgraph.junit.spi;

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
    private Map<String, String> containerEnvironment = Map.of();
    private boolean tmpfs;

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
        ServerRequest copy = new ServerRequest(image, settings, procedures, plugins, description, runSettings);
        copy.containerEnvironment = Map.copyOf(environment);
        copy.tmpfs = tmpfs;
        return copy;
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
     * @param name a setting name
     * @return whether the request sets it to {@code true}
     */
    public boolean isEnabled(String name) {
        return Boolean.parseBoolean(settings.getOrDefault(name, "false"));
    }

    @Override
    public String toString() {
        return "ServerRequest[image=" + image + ", settings=" + settings + ", procedures="
                + procedures.stream().map(Class::getName).toList() + ", plugins=" + plugins + ", for " + description
                + "]";
    }
}
