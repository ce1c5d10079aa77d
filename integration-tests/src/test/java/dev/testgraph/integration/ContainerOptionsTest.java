package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerPort;
import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jContainerCustomizer;
import dev.testgraph.junit.Neo4jTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * What users ask of the container beyond Neo4j settings: environment variables, tmpfs, labels, a customiser,
 * loopback-only ports.
 */
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

    @Test
    void labels_and_a_customiser_shape_the_container_and_the_customiser_class_tells_servers_apart() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"), "container options; the Testcontainers run");

        EngineExecutionResults results = Kit.run(Customized.class, SameCustomizer.class, OtherCustomizer.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        InspectContainerResponse inspected = (InspectContainerResponse) Kit.recorded("container").get(0);
        assertThat(inspected.getConfig().getLabels()).containsEntry("team", "graph").containsEntry("suite", "it");
        assertThat(inspected.getConfig().getEnv()).contains("CUSTOMISED_BY=AddsEnvironment");
        assertThat(inspected.getHostConfig().getExtraHosts()).as("a customised container too")
                .contains("0.0.0.0:0.0.0.0");
        assertThat(Kit.recorded("uri " + SameCustomizer.class.getSimpleName()))
                .as("the same customiser class: the same server")
                .isEqualTo(Kit.recorded("uri " + Customized.class.getSimpleName()));
        assertThat(Kit.recorded("uri " + OtherCustomizer.class.getSimpleName()))
                .as("another customiser: another server")
                .isNotEqualTo(Kit.recorded("uri " + Customized.class.getSimpleName()));
    }

    @Test
    void a_customiser_on_a_backend_without_containers_is_refused_before_its_server_starts() {
        EngineExecutionResults results = Kit.run(CustomizerOnEmbedded.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(CustomizerOnEmbedded.class),
                finishedWithFailure(message("@Neo4jTest on " + CustomizerOnEmbedded.class.getName() + " names the"
                        + " container customiser " + AddsEnvironment.class.getName() + ", but its server comes from"
                        + " the embedded backend, which has no container to customise. Run the class on containers"
                        + " (@Neo4jTest(backend = Backend.TESTCONTAINERS), or -Dtestgraph.backend=testcontainers for"
                        + " the run), or remove containerCustomizer."))));
        assertThat(Kit.recorded("ran")).isEmpty();
    }

    @Test
    void a_customiser_testgraph_cannot_make_and_a_malformed_label_say_what_to_change() {
        EngineExecutionResults results = Kit.run(CustomizerWithoutConstructor.class, MalformedLabel.class);

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(CustomizerWithoutConstructor.class), finishedWithFailure(message(
                        "@Neo4jTest on " + CustomizerWithoutConstructor.class.getName() + " names the container"
                                + " customiser " + NeedsArgument.class.getName() + ", which has no constructor without"
                                + " parameters: Testgraph makes one with new NeedsArgument(). Make it a concrete"
                                + " (static nested or top-level) class with a constructor without parameters."))))
                .haveExactly(1, event(container(MalformedLabel.class), finishedWithFailure(message(
                        "Testgraph cannot read the container label [team] in @Neo4jTest on "
                                + MalformedLabel.class.getName() + " (containerLabels): write each as \"name=value\","
                                + " e.g. \"team=payments\"."))));
    }

    @Test
    void the_password_file_keeps_authentication_on_and_spares_the_entrypoint_neo4j_admin() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"), "container passwords; the Testcontainers run");

        EngineExecutionResults results = Kit.run(PasswordFile.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        InspectContainerResponse inspected = (InspectContainerResponse) Kit.recorded("container").get(0);
        assertThat(inspected.getConfig().getEnv()).noneMatch(variable -> variable.startsWith("NEO4J_AUTH="));
        assertThat(Kit.recorded("wrong password")).containsExactly(AuthenticationException.class.getName());
        // Neo4j's Bolt start asks the name of 0.0.0.0: answered by the file, not by a DNS server that may not answer
        assertThat(inspected.getHostConfig().getExtraHosts()).containsExactly("0.0.0.0:0.0.0.0");
    }

    @Neo4jTest
    static class PasswordFile {
        @Test
        void logs_in_with_its_password_only(Driver driver, Neo4jConnectionInfo details) {
            assertThat(Kit.count(driver, "RETURN 1")).isEqualTo(1);
            try (Driver wrong = GraphDatabase.driver(details.boltUri(), AuthTokens.basic("neo4j", "not-" + details
                    .password()))) {
                wrong.verifyConnectivity();
                Kit.record("wrong password", "accepted");
            } catch (AuthenticationException e) {
                Kit.record("wrong password", e.getClass().getName());
            }
            Kit.record("container", inspect(details));
        }
    }

    /** @return the inspection of the container whose bolt port the details name */
    static InspectContainerResponse inspect(Neo4jConnectionInfo details) {
        var docker = DockerClientFactory.instance().client();
        String id = docker.listContainersCmd().exec().stream()
                .filter(c -> Arrays.stream(c.getPorts()).map(ContainerPort::getPublicPort)
                        .anyMatch(p -> p != null && p == details.boltUri().getPort()))
                .findFirst().orElseThrow().getId();
        return docker.inspectContainerCmd(id).exec();
    }

    @Neo4jTest(containerEnvironment = "TESTGRAPH_PROBE=hello world", tmpfs = true)
    static class WithOptions {
        @Test
        void runs_on_tmpfs(Driver driver, Neo4jConnectionInfo details) {
            driver.executableQuery("UNWIND range(1, 1000) AS i CREATE (:OnTmpfs {i: i})").execute();
            assertThat(Kit.count(driver, "MATCH (n:OnTmpfs) RETURN count(n)")).isEqualTo(1000);
            Kit.record("container", inspect(details));
        }
    }

    /** Sets a variable Testgraph does not: proof that it ran on the container. */
    public static class AddsEnvironment implements Neo4jContainerCustomizer {
        @Override
        public void customize(Neo4jContainer container) {
            container.withEnv("CUSTOMISED_BY", "AddsEnvironment");
        }
    }

    /** Another customiser. */
    public static class AddsOtherEnvironment implements Neo4jContainerCustomizer {
        @Override
        public void customize(Neo4jContainer container) {
            container.withEnv("CUSTOMISED_BY", "AddsOtherEnvironment");
        }
    }

    /** Cannot be made by Testgraph. */
    public static class NeedsArgument implements Neo4jContainerCustomizer {
        public NeedsArgument(String argument) {}

        @Override
        public void customize(Neo4jContainer container) {}
    }

    @Neo4jTest(containerLabels = {"team=graph", "suite=it"}, containerCustomizer = AddsEnvironment.class)
    static class Customized {
        @Test
        void runs(Neo4jConnectionInfo details) {
            Kit.record("uri " + getClass().getSimpleName(), details.boltUri());
            Kit.record("container", inspect(details));
        }
    }

    @Neo4jTest(containerLabels = {"suite=it", "team=graph"}, containerCustomizer = AddsEnvironment.class)
    static class SameCustomizer {
        @Test
        void runs(Neo4jConnectionInfo details) {
            Kit.record("uri " + getClass().getSimpleName(), details.boltUri());
        }
    }

    @Neo4jTest(containerLabels = {"team=graph", "suite=it"}, containerCustomizer = AddsOtherEnvironment.class)
    static class OtherCustomizer {
        @Test
        void runs(Neo4jConnectionInfo details) {
            Kit.record("uri " + getClass().getSimpleName(), details.boltUri());
        }
    }

    @Neo4jTest(backend = Backend.EMBEDDED, containerCustomizer = AddsEnvironment.class)
    static class CustomizerOnEmbedded {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest(containerCustomizer = NeedsArgument.class)
    static class CustomizerWithoutConstructor {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(containerLabels = "team")
    static class MalformedLabel {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(containerEnvironment = "NO_EQUALS_SIGN")
    static class MalformedEnvironment {
        @Test
        void never_runs() {}
    }
}
