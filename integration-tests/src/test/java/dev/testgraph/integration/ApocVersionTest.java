package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.testgraph.junit.spi.PluginJars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * APOC is released per Neo4j line and Maven Central stops at 5.26: the real apoc-core jar on this run's class path is
 * checked against the server's line. Runs in the embedded-apoc run, the only one with APOC on its class path.
 */
@ExtendWith(BackendUnderTest.class)
class ApocVersionTest {

    @BeforeAll
    static void onlyWithApocOnTheClassPath() {
        assumeTrue(BackendUnderTest.backend().equals("embedded") && PluginJars.find("apoc").isPresent(),
                "APOC is on the class path of the embedded-apoc run only");
    }

    @Test
    void apoc_of_the_servers_line_raises_nothing() {
        String apoc = apocVersion();

        assertThat(PluginJars.mismatch("apoc", apoc.substring(0, apoc.lastIndexOf('.')) + ".30")).isEmpty();
    }

    @Test
    void apoc_5_26_on_a_calendar_release_is_named_with_what_to_do() {
        String apoc = apocVersion();

        assertThat(PluginJars.mismatch("apoc", "2026.08.1")).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("APOC " + apoc + " (on the test class path) was not released for Neo4j 2026.08.1")
                .contains("(2026.08.x here)")
                .contains("Maven Central has it only up to the 5.26 line")
                .contains("labs/ folder of the Neo4j 2026.08.1 distribution"));
    }

    @Test
    void other_plugins_and_unknown_versions_raise_nothing() {
        assertThat(PluginJars.mismatch("graph-data-science", "2026.08.1")).isEmpty();
        assertThat(PluginJars.mismatch("apoc", null)).isEmpty();
    }

    private static String apocVersion() {
        try {
            String version = Class.forName("apoc.help.Help").getPackage().getImplementationVersion();
            assertThat(version).as("apoc-core's Implementation-Version").matches("\\d+\\.\\d+\\.\\d+");
            return version;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("apoc-core must be on the class path of this run", e);
        }
    }
}
