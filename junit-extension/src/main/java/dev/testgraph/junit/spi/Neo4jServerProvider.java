package dev.testgraph.junit.spi;

/**
 * A source of Neo4j servers for {@code @Neo4jTest}: every backend, Testgraph's own included, is one. Providers are
 * found with {@link java.util.ServiceLoader}; a third-party backend (a cloud test instance, a cluster) is a jar with
 * an implementation and a {@code META-INF/services/dev.testgraph.junit.spi.Neo4jServerProvider} entry, chosen by
 * its {@link #name()} with {@code -Dtestgraph.backend=<name>} or {@code @Neo4jTest(backendName = "<name>")}, and by
 * {@code backend = AUTO} when it is available and comes first in {@link #order()}. What a server can do beyond bolt
 * is said by the default methods of {@link Neo4jServer} it overrides: {@link Neo4jServer#importDirectory()} lets
 * {@code @ImportFiles} give its {@code LOAD CSV} files, {@link Neo4jServer#diagnose()} says why it died.
 *
 * <pre>{@code
 * public final class AuraTestProvider implements Neo4jServerProvider {
 *     public String name() { return "aura"; }
 *     public Availability availability(ServerRequest request) {
 *         return request.runSetting("testgraph.aura.uri").isPresent()
 *                 ? Availability.available()
 *                 : Availability.unavailable("no Aura instance is configured", "set TESTGRAPH_AURA_URI");
 *     }
 *     public Neo4jServer start(ServerRequest request) { ... }
 * }
 * }</pre>
 */
public interface Neo4jServerProvider {

    /** The order of Testgraph's external backend: first, when a server is configured. */
    int EXTERNAL_ORDER = 100;
    /** The order of Testgraph's Testcontainers backend: when Docker answers. */
    int TESTCONTAINERS_ORDER = 200;
    /** The order of Testgraph's embedded backend: the fallback. */
    int EMBEDDED_ORDER = 300;
    /** The order of a provider that does not say: after Testgraph's own. */
    int DEFAULT_ORDER = 1000;

    /** @return the backend's name, e.g. {@code "embedded"}; matched case-insensitively */
    String name();

    /**
     * @return where this provider comes when {@code backend = AUTO} looks for the first available one; lower first
     *     (external 100, Testcontainers 200, embedded 300, others {@value #DEFAULT_ORDER} unless they say)
     */
    default int order() {
        return DEFAULT_ORDER;
    }

    /**
     * Says, quietly and quickly, whether this provider can give a server here. Called at most once per run and
     * configuration, when a server is first needed.
     *
     * @param request what the server must look like
     * @return available, or why not and how to make it available (shown when no backend is available)
     */
    Availability availability(ServerRequest request);

    /**
     * @return whether the servers are this provider's own to wipe; {@code false} for a server that Testgraph merely
     *     connects to, which Testgraph then cleans only when the user allowed it ({@code testgraph.allowWipe})
     */
    default boolean ownsServers() {
        return true;
    }

    /**
     * Starts a server. Called once per configuration and run; the caller closes the server when the run ends.
     *
     * @param request what the server must look like
     * @return the running server
     * @throws Exception when the server cannot start; the message is shown to the user, so say what to do
     */
    Neo4jServer start(ServerRequest request) throws Exception;

    /**
     * Whether a provider can give a server here.
     *
     * @param reason why not, e.g. {@code "Docker does not answer"}; {@code null} when available
     * @param fix what the user can do about it, e.g. {@code "start Docker"}; {@code null} when available
     */
    record Availability(String reason, String fix) {

        private static final Availability AVAILABLE = new Availability(null, null);

        /** @return available */
        public static Availability available() {
            return AVAILABLE;
        }

        /**
         * @param reason why not
         * @param fix what to do about it
         * @return not available
         */
        public static Availability unavailable(String reason, String fix) {
            return new Availability(java.util.Objects.requireNonNull(reason, "reason"),
                    java.util.Objects.requireNonNull(fix, "fix"));
        }

        /** @return whether a server can be had */
        public boolean isAvailable() {
            return reason == null;
        }
    }
}
