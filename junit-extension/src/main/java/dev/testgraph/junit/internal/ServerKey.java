package dev.testgraph.junit.internal;

import dev.testgraph.junit.Neo4jContainerCustomizer;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The server a test class asks for, before any backend is chosen: the backend requested ({@code auto}, a built-in
 * backend or a provider's name), the image and the settings. Pure: made from the annotation and the run-wide
 * settings with no I/O. Classes with equal keys share one server; the server map and the resource locks are keyed
 * on it.
 *
 * @param backend the requested backend's name in lower case, {@code auto} when the first available one will do
 * @param image the Docker image, defaults resolved
 * @param settings the Neo4j settings
 * @param procedures the classes of procedures and functions to install, by name
 * @param plugins the plugins to install
 * @param procedureDependencies classes standing for the jars the procedures need, by name
 * @param container the container's environment, and {@link #TMPFS}: what only the Testcontainers backend uses
 * @param labels the container's labels
 * @param customizer the class that changes the container before it starts, or {@code null}; by class, so classes
 *     naming the same customiser share a server
 * @param external whether the request can only be an external server (asked for, or AUTO with a URI set): such a
 *     server is the same whatever the settings, so its lock ignores them
 */
record ServerKey(String backend, String image, SortedMap<String, String> settings, List<Class<?>> procedures,
        List<Class<?>> procedureDependencies, List<String> plugins, SortedMap<String, String> container,
        SortedMap<String, String> labels, Class<? extends Neo4jContainerCustomizer> customizer, boolean external) {

    static final String AUTO = "auto";
    /** The entry of {@link #container()} that asks for {@code /data} and {@code /logs} on tmpfs. */
    static final String TMPFS = "testgraph.tmpfs";

    ServerKey {
        settings = new TreeMap<>(settings);
        container = new TreeMap<>(container);
        labels = new TreeMap<>(labels);
        procedures = sortedByName(procedures);
        procedureDependencies = sortedByName(procedureDependencies);
        plugins = plugins.stream().distinct().sorted().toList();
    }

    /**
     * The lock of the server: the same for every key that can end on the same server. The backend is left out
     * (AUTO and an explicit backend may end on the same server); image and settings are in every server's identity.
     */
    String lockName() {
        return "dev.testgraph.neo4j:" + (external ? "external" : server());
    }

    /** @return the identity of the server this key gets from the named provider */
    String resolvedBy(String provider) {
        return provider + " " + server();
    }

    /** @return what makes one server differ from another, whichever backend gives it */
    private String server() {
        return image + (settings.isEmpty() ? "" : " " + settings)
                + (procedures.isEmpty() ? "" : " procedures " + procedures.stream().map(Class::getName).toList())
                + (procedureDependencies.isEmpty() ? "" : " needing "
                        + procedureDependencies.stream().map(Class::getName).toList())
                + (plugins.isEmpty() ? "" : " plugins " + plugins)
                + (labels.isEmpty() ? "" : " labels " + labels)
                + (customizer == null ? "" : " customizer " + customizer.getName())
                // the names only: a value may be a secret; the hash keeps different values apart
                + (container.isEmpty() ? "" : " container " + container.keySet() + "#"
                        + Integer.toHexString(container.hashCode()));
    }

    private static List<Class<?>> sortedByName(List<Class<?>> classes) {
        return classes.stream().distinct().sorted(Comparator.comparing(Class::getName)).toList();
    }

    @Override
    public String toString() {
        return backend + " " + server();
    }
}
