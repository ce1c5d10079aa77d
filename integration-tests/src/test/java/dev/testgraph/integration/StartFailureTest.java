package dev.testgraph.integration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Neo4jContainerCustomizer;
import dev.testgraph.junit.Neo4jTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.testcontainers.neo4j.Neo4jContainer;

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

    @Test
    void a_fixed_port_that_is_taken_on_this_machine_says_so() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FixedBoltPort.port = taken.getLocalPort();

            EngineExecutionResults results = Kit.run(PortTaken.class);

            results.containerEvents().assertThatEvents().haveExactly(1, event(container(PortTaken.class),
                    finishedWithFailure(message(m -> m.contains("Testgraph could not start a Neo4j container")
                            && m.contains(":" + FixedBoltPort.port) && m.contains("A port the container needs is taken"
                                    + " on this machine")))));
        }
    }

    @Test
    void a_container_with_less_memory_than_the_heap_it_is_given_says_it_ran_out_of_memory() {
        EngineExecutionResults results = Kit.run(MemoryLimitBelowHeap.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(MemoryLimitBelowHeap.class),
                finishedWithFailure(message(m -> m.contains("The server ran out of memory")
                        && m.contains("OOMKilled")))));
    }

    @Test
    void a_heap_far_too_small_shows_the_servers_own_words() {
        EngineExecutionResults results = Kit.run(TinyHeap.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(TinyHeap.class),
                finishedWithFailure(message(m -> m.contains("The server ran out of memory")
                        && m.contains("OutOfMemoryError") && m.contains("lines of its log:")))));
    }

    /** Publishes the container's bolt port on a fixed port of the loopback address: the one the test holds. */
    public static class FixedBoltPort implements Neo4jContainerCustomizer {
        static volatile int port;

        @Override
        public void customize(Neo4jContainer container) {
            container.setPortBindings(List.of("127.0.0.1:" + port + ":7687"));
        }
    }

    /** Gives the container 256 MB, less than the heap the server is told to take at once. */
    public static class SmallMemory implements Neo4jContainerCustomizer {
        @Override
        public void customize(Neo4jContainer container) {
            long limit = 256L * 1024 * 1024;
            container.withCreateContainerCmdModifier(
                    command -> command.getHostConfig().withMemory(limit).withMemorySwap(limit));
        }
    }

    @Neo4jTest(backend = Backend.TESTCONTAINERS, containerCustomizer = FixedBoltPort.class)
    static class PortTaken {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(backend = Backend.TESTCONTAINERS, containerCustomizer = SmallMemory.class, settings = {
        "server.memory.heap.initial_size=1g", "server.memory.heap.max_size=1g",
        "server.jvm.additional=-XX:+AlwaysPreTouch"
    })
    static class MemoryLimitBelowHeap {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(backend = Backend.TESTCONTAINERS, settings = {
        "server.memory.heap.initial_size=8m", "server.memory.heap.max_size=8m"
    })
    static class TinyHeap {
        @Test
        void never_runs() {}
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
