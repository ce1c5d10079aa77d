package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerPort;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.testcontainers.DockerClientFactory;

/** What users ask of the container beyond Neo4j settings: environment variables, tmpfs, loopback-only ports. */
@ExtendWith(BackendUnderTest.class)
class ContainerOptionsTest {

    @Test
    void the_container_gets_the_environment_tmpfs_and_ports_on_loopback_only() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"), "container options; the Testcontainers run");

        EngineExecutionResults results = Kit.run(WithOptions.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        InspectContainerResponse inspected = (InspectContainerResponse) Kit.recorded("container").get(0);
        assertThat(inspected.getConfig().getEnv()).contains("TESTGRAPH_PROBE=hello world");
        assertThat(inspected.getHostConfig().getTmpFs()).containsKeys("/data", "/logs");
        assertThat(inspected.getHostConfig().getPortBindings().getBindings().values())
                .allSatisfy(bindings -> assertThat(bindings).extracting(binding -> binding.getHostIp())
                        .containsOnly("127.0.0.1"));
    }

    @Test
    void a_malformed_environment_entry_says_how_to_write_it() {
        EngineExecutionResults results = Kit.run(MalformedEnvironment.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(MalformedEnvironment.class),
                finishedWithFailure(message("Testgraph cannot read the container environment [NO_EQUALS_SIGN] in"
                        + " @Neo4jTest on " + MalformedEnvironment.class.getName() + " (containerEnvironment): write"
                        + " each as \"NAME=value\", e.g. \"NEO4J_ACCEPT_LICENSE_AGREEMENT=yes\"."))));
    }

    @Neo4jTest(containerEnvironment = "TESTGRAPH_PROBE=hello world", tmpfs = true)
    static class WithOptions {
        @Test
        void runs_on_tmpfs(Driver driver, Neo4jConnectionInfo details) {
            driver.executableQuery("UNWIND range(1, 1000) AS i CREATE (:OnTmpfs {i: i})").execute();
            assertThat(Kit.count(driver, "MATCH (n:OnTmpfs) RETURN count(n)")).isEqualTo(1000);
            var docker = DockerClientFactory.instance().client();
            String id = docker.listContainersCmd().exec().stream()
                    .filter(c -> Arrays.stream(c.getPorts()).map(ContainerPort::getPublicPort)
                            .anyMatch(p -> p != null && p == details.boltUri().getPort()))
                    .findFirst().orElseThrow().getId();
            Kit.record("container", docker.inspectContainerCmd(id).exec());
        }
    }

    @Neo4jTest(containerEnvironment = "NO_EQUALS_SIGN")
    static class MalformedEnvironment {
        @Test
        void never_runs() {}
    }
}
