package dev.testgraph.junit;

import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Changes the Testcontainers backend's container before it starts, for what {@link Neo4jTest} has no attribute for: a
 * network, a fixed port, a memory limit, a file copied in. Named by {@link Neo4jTest#containerCustomizer()}; Testgraph
 * makes one instance per server through the class's constructor without parameters, and calls it after its own
 * configuration (image, password, settings, plugins, ports on the loopback address), so what the customiser sets wins.
 *
 * <pre>{@code
 * public class OnTeamNetwork implements Neo4jContainerCustomizer {
 *     public void customize(Neo4jContainer container) {
 *         container.withNetworkAliases("graph").withCreateContainerCmdModifier(
 *                 command -> command.getHostConfig().withMemory(1024L * 1024 * 1024));
 *     }
 * }
 *
 * @Neo4jTest(containerCustomizer = OnTeamNetwork.class)
 * class RecommendationsTest { ... }
 * }</pre>
 *
 * <p>The customiser must be deterministic: the same class must always make the same container. Classes that name the
 * same customiser class share one server (and, with Testcontainers reuse, one container across runs), so Testgraph
 * tells servers apart by the customiser's class only, never by what it did. A customiser whose container depends on
 * something else (a random port, the time, a counter) belongs to a class of its own per variant.
 *
 * <p>Only the Testcontainers backend has a container: a class that names a customiser and gets its server from
 * another backend (asked for, or chosen by {@link Backend#AUTO}) fails with a message saying so.
 */
@FunctionalInterface
public interface Neo4jContainerCustomizer {

    /**
     * Changes the container; called once per server, before it starts.
     *
     * @param container the container Testgraph configured, not yet started; never start or stop it here
     */
    void customize(Neo4jContainer container);
}
