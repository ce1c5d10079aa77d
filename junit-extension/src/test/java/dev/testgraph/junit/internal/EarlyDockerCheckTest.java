package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryListener;

/** Docker is asked early only for a run that will ask it anyway. */
class EarlyDockerCheckTest {

    @Test
    void a_run_selecting_a_class_that_may_run_on_containers_asks_docker_when_discovery_starts() {
        RunSettings none = RunSettings.of(Map.of(), Map.of());

        assertThat(EarlyDockerCheck.wanted(List.of(String.class, OnAuto.class), none)).isTrue();
        assertThat(EarlyDockerCheck.wanted(List.of(OnContainers.class), none)).isTrue();
        assertThat(EarlyDockerCheck.wanted(List.of(OnAuto.Inner.class), none)).as("a nested class").isTrue();
        assertThat(EarlyDockerCheck.wanted(List.of(Subclass.class), none)).as("an inherited annotation").isTrue();
        assertThat(EarlyDockerCheck.wanted(List.of(OnAuto.class),
                RunSettings.of(Map.of("testgraph.backend", "testcontainers"), Map.of()))).isTrue();
    }

    @Test
    void a_run_that_would_not_ask_docker_does_not_ask_it_early() {
        RunSettings none = RunSettings.of(Map.of(), Map.of());

        assertThat(EarlyDockerCheck.wanted(List.of(String.class, EarlyDockerCheckTest.class), none))
                .as("no @Neo4jTest class").isFalse();
        assertThat(EarlyDockerCheck.wanted(List.of(Embedded.class), none)).as("the class names embedded").isFalse();
        assertThat(EarlyDockerCheck.wanted(List.of(OnAuto.class),
                RunSettings.of(Map.of("testgraph.backend", "embedded"), Map.of()))).as("the run names embedded")
                .isFalse();
        assertThat(EarlyDockerCheck.wanted(List.of(OnAuto.class),
                RunSettings.of(Map.of(), Map.of("TESTGRAPH_URI", "bolt://localhost:7687")))).as("an external server")
                .isFalse();
        assertThat(EarlyDockerCheck.wanted(List.of(OnAuto.class),
                RunSettings.of(Map.of("testgraph.earlyDockerCheck", "false"), Map.of()))).as("switched off").isFalse();
    }

    @Test
    void junit_finds_the_listener_on_the_class_path() {
        assertThat(ServiceLoader.load(LauncherDiscoveryListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(EarlyDockerCheck.class);
    }

    // not run: only their annotations are read (names that do not end in "Test")
    @Neo4jTest
    static class OnAuto {
        // as a @Nested class of it would be (not marked so here, so that JUnit never runs it)
        class Inner {}
    }

    static class Subclass extends OnAuto {}

    @Neo4jTest(backend = Backend.TESTCONTAINERS)
    static class OnContainers {}

    @Neo4jTest(backend = Backend.EMBEDDED)
    static class Embedded {}
}
