package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version in the connection details is the release, not the kernel version calendar releases report. */
class ServerVersionTest {

    @Test
    void a_calendar_release_is_reported_by_its_agent_not_by_the_5_x_kernel_version() {
        assertThat(SharedServer.version("Neo4j/2025.02.0", "5.27.0")).isEqualTo("2025.02.0");
        assertThat(SharedServer.version("Neo4j/2026.08.1", "2026.08.1")).isEqualTo("2026.08.1");
    }

    @Test
    void a_5_x_release_is_the_same_either_way() {
        assertThat(SharedServer.version("Neo4j/5.26.30", "5.26.30")).isEqualTo("5.26.30");
    }

    @Test
    void an_agent_without_a_version_falls_back_to_the_kernel_version() {
        assertThat(SharedServer.version("Neo4j/dev", "5.27.0")).isEqualTo("5.27.0");
        assertThat(SharedServer.version(null, "5.27.0")).isEqualTo("5.27.0");
        assertThat(SharedServer.version("Memgraph/2.0", "5.27.0")).isEqualTo("5.27.0");
    }
}
