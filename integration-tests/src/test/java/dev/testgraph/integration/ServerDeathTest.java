package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.testcontainers.DockerClientFactory;

/**
 * The container dies in the middle of a class (here {@code docker kill}, as the OOM killer or a Docker restart would
 * do it): the test it died under fails with the cause and the container's last log lines, Testgraph starts a fresh
 * server, and the tests after it pass. A second death on the same configuration ends in a clear message, not a loop.
 */
@ExtendWith(BackendUnderTest.class)
class ServerDeathTest {

    @BeforeAll
    static void onContainers() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"),
                "killing the server is a container fault; this runs in the Testcontainers run of the suite");
    }

    @Test
    void a_killed_container_fails_one_test_with_the_cause_and_a_fresh_one_serves_the_rest() {
        EngineExecutionResults results = Kit.run(KilledOnce.class);

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test("is_killed"), finishedWithFailure(message(m -> m.startsWith("Neo4j (")
                        && m.contains(") stopped answering: the container ") && m.contains("exit code 137")
                        && m.contains("The last ") && m.contains("Testgraph starts a fresh server")))))
                .haveExactly(1, event(test("runs_on_a_fresh_server"), finishedSuccessfully()))
                .haveExactly(1, event(test("runs_again"), finishedSuccessfully()));
        var uris = Kit.recorded("uri");
        assertThat(uris).hasSize(3);
        assertThat(uris.get(1)).as("a fresh server").isNotEqualTo(uris.get(0));
        assertThat(uris.get(2)).as("the fresh server serves the rest").isEqualTo(uris.get(1));
        System.out.println("ServerDeathTest: from the kill to the first passing test's body: "
                + ((Duration) Kit.recorded("kill to next test").get(0)).toMillis() + " ms");
    }

    @Test
    void a_second_death_gives_up_with_a_clear_message() {
        EngineExecutionResults results = Kit.run(KilledTwice.class);

        results.testEvents().assertThatEvents()
                .haveExactly(2, event(finishedWithFailure(message(m -> m.contains("stopped answering: the container")))))
                .haveExactly(1, event(test("then_gives_up"), finishedWithFailure(message(m -> m.contains(
                        "stopped answering again after Testgraph replaced it once in this run, so Testgraph gives up"
                                + " on this configuration rather than restart it in a loop")))));
    }

    static long killedAt;

    static void kill(Neo4jConnectionInfo details) {
        DockerClient docker = DockerClientFactory.instance().client();
        int port = details.boltUri().getPort();
        Container container = docker.listContainersCmd().exec().stream()
                .filter(c -> Arrays.stream(c.getPorts()).map(ContainerPort::getPublicPort)
                        .anyMatch(p -> p != null && p == port))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container publishes port " + port));
        docker.killContainerCmd(container.getId()).exec();
        killedAt = System.nanoTime();
    }

    @Neo4jTest(settings = "db.transaction.timeout=41s") // a server of its own
    @Fixture("social/people.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KilledOnce {
        @Test
        @Order(1)
        void is_killed(Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
            kill(details);
        }

        @Test
        @Order(2)
        void runs_on_a_fresh_server(Driver driver, Neo4jConnectionInfo details) {
            Kit.record("kill to next test", Duration.ofNanos(System.nanoTime() - killedAt));
            Kit.record("uri", details.boltUri());
            assertThat(Kit.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
            driver.executableQuery("CREATE (:Written)").execute();
        }

        @Test
        @Order(3)
        void runs_again(Driver driver, Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
            assertThat(Kit.count(driver, "MATCH (n:Written) RETURN count(n)")).isZero();
        }
    }

    @Neo4jTest(settings = "db.transaction.timeout=42s")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KilledTwice {
        @Test
        @Order(1)
        void is_killed(Neo4jConnectionInfo details) {
            kill(details);
        }

        @Test
        @Order(2)
        void is_killed_again(Neo4jConnectionInfo details) {
            kill(details);
        }

        @Test
        @Order(3)
        void then_gives_up(Driver driver) {}
    }
}
