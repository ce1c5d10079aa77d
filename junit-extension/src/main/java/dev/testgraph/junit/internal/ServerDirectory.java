package dev.testgraph.junit.internal;

import dev.testgraph.junit.Neo4jConnectionInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where code that runs outside JUnit's callbacks finds the server of a test class: Spring builds a test's application
 * context in its own callbacks, where JUnit's stores are out of reach. The servers stay owned by JUnit's root store,
 * which starts and closes them; this index only points at the running ones of each configuration, the latest first
 * (a test kit's run inside a run has servers of its own). Not API: used by {@code testgraph-spring}.
 */
public final class ServerDirectory {

    private static final Map<ServerKey, Deque<SharedServer>> SERVERS = new HashMap<>();

    private ServerDirectory() {}

    /**
     * @param testClass a class annotated (directly, by inheritance, meta-annotation or enclosing class) with
     *     {@code @Neo4jTest}
     * @return the server configuration the class asks for, with the run-wide settings applied: equal for classes that
     *     share a server; empty for a class without {@code @Neo4jTest}
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the annotation is misconfigured
     */
    public static Optional<Object> configuration(Class<?> testClass) {
        if (TestConfiguration.find(testClass).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TestConfiguration.of(testClass, RunSettings.current()).key());
    }

    /**
     * @param configuration a value of {@link #configuration(Class)}
     * @return the connection details of the configuration's running server, the latest started; empty when none runs
     */
    public static synchronized Optional<Neo4jConnectionInfo> running(Object configuration) {
        Deque<SharedServer> servers = SERVERS.get(configuration);
        return servers == null || servers.isEmpty() || servers.peek().died() != null
                ? Optional.empty()
                : Optional.of(servers.peek().details());
    }

    static synchronized void started(ServerKey key, SharedServer server) {
        Deque<SharedServer> servers = SERVERS.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!servers.contains(server)) {
            servers.push(server);
        }
    }

    static synchronized void stopped(SharedServer server) {
        SERVERS.values().forEach(servers -> servers.remove(server));
        SERVERS.values().removeIf(Deque::isEmpty);
    }
}
