package dev.testgraph.integration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For the external-backend run of the suite: starts a Neo4j that Testgraph did not start (an in-process one,
 * reached only through its bolt URI) and points {@code testgraph.uri} at it, with the wipe explicitly allowed.
 */
public final class ExternalServerListener implements LauncherSessionListener {

    /** Netty's shutdown quiet period: an int of seconds on Neo4j 5.26, a duration on 2025+; "0" parses as either. */
    @SuppressWarnings("unchecked")
    private static final org.neo4j.graphdb.config.Setting<Object> QUIET_PERIOD = (org.neo4j.graphdb.config.Setting<Object>)
            (org.neo4j.graphdb.config.Setting<?>) GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period;

    private Neo4j server;

    /** Called by the JUnit launcher. */
    public ExternalServerListener() {}

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"external".equals(System.getProperty("testgraph.backend")) || System.getProperty("testgraph.uri") != null) {
            return;
        }
        server = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(QUIET_PERIOD, ((org.neo4j.configuration.SettingImpl<Object>) QUIET_PERIOD).parse("0"))
                .build();
        System.setProperty("testgraph.uri", server.boltURI().toString());
        System.setProperty("testgraph.allowWipe", "true");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
            System.clearProperty("testgraph.uri");
            System.clearProperty("testgraph.allowWipe");
        }
    }
}
