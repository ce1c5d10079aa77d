package dev.testgraph.junit.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * What a build tool does, run by {@link SupportedVersionsTest} in a JVM of its own on an old JUnit: opens a launcher
 * session and runs {@link Probe}. Prints the outcome on standard output.
 */
public final class OldJUnitRun {

    private OldJUnitRun() {}

    public static void main(String[] args) {
        try (LauncherSession session = LauncherFactory.openSession()) {
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(Probe.class)).build(), summary);
            System.out.println("tests started: " + summary.getSummary().getTestsStartedCount()
                    + ", failures: " + summary.getSummary().getFailures().stream()
                            .map(failure -> String.valueOf(failure.getException())).toList());
        } catch (RuntimeException e) {
            System.out.println("session refused: " + e.getMessage());
            System.exit(3);
        }
    }

    /** A test class like a user's; never runs on an old JUnit. */
    @Neo4jTest
    public static class Probe {
        @Test
        void test() {}
    }
}
