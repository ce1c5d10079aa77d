package dev.testgraph.integration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A container that cannot start says why and what to do, instead of a bare Testcontainers error. */
@ExtendWith(BackendUnderTest.class)
class StartFailureTest {

    @BeforeAll
    static void onContainers() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"),
                "container start failures; this runs in the Testcontainers run of the suite");
    }

    @Test
    void an_image_that_is_not_here_without_a_registry_points_at_the_offline_image_builder() {
        EngineExecutionResults results = Kit.run(MissingImage.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(MissingImage.class),
                finishedWithFailure(message(m -> m.contains("Testgraph could not start a Neo4j container"
                        + " (neo4j:5.26.99-community) for " + MissingImage.class.getName())
                        && m.contains("The image neo4j:5.26.99-community is not on this machine and could not be"
                                + " pulled. Without a registry, build it locally with docker/offline-image/build.sh")))));
    }

    @Test
    void a_setting_neo4j_does_not_know_shows_the_servers_own_words() {
        EngineExecutionResults results = Kit.run(UnknownSetting.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(UnknownSetting.class),
                finishedWithFailure(message(m -> m.contains("Neo4j refused a setting it does not know")
                        && m.contains("db.no_such_setting") && m.contains("lines of its log:")))));
    }

    @Neo4jTest(backend = Backend.TESTCONTAINERS, image = "neo4j:5.26.99-community")
    static class MissingImage {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(backend = Backend.TESTCONTAINERS, settings = "db.no_such_setting=1")
    static class UnknownSetting {
        @Test
        void never_runs() {}
    }
}
