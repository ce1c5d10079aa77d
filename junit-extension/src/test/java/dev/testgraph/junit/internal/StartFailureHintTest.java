package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hints of failed container starts that the Testcontainers run cannot produce for real: the texts are Docker's
 * own (as {@code docker run} and docker-java report them); the failures that can be produced for real are in the
 * integration tests' StartFailureTest.
 */
class StartFailureHintTest {

    private static final String IMAGE = "neo4j:5.26-community";

    @Test
    void docker_that_answers_but_refuses_to_run_containers_is_named() {
        String causes = """
                org.testcontainers.containers.ContainerLaunchException: Container startup failed for image neo4j:5.26-community
                org.rnorth.ducttape.RetryCountExceededException: Retry limit hit with exception
                org.testcontainers.containers.ContainerLaunchException: Could not create/start container
                com.github.dockerjava.api.exception.InternalServerErrorException: Status 500: {"message":"failed to \
                create task for container: failed to create shim task: OCI runtime create failed: runc create failed: \
                unable to start container process: error during container init: error mounting \\"cgroup\\" to rootfs \
                at \\"/sys/fs/cgroup\\": mount cgroup:/sys/fs/cgroup/openrc (via /proc/self/fd/7), flags: 0xf, data: \
                openrc: invalid argument: unknown"}
                """;

        assertThat(TestcontainersServerProvider.hint(IMAGE, causes, ""))
                .startsWith("Docker answers but refuses to run containers here (its message is above)");
    }

    @Test
    void docker_without_permission_to_run_containers_is_named() {
        String causes = "com.github.dockerjava.api.exception.InternalServerErrorException: Status 500: {\"message\":"
                + "\"failed to create shim task: OCI runtime create failed: runc create failed: unable to start"
                + " container process: error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start:"
                + " permission denied: unknown\"}\n";

        assertThat(TestcontainersServerProvider.hint(IMAGE, causes, ""))
                .startsWith("Docker answers but refuses to run containers here");
    }

    @Test
    void an_unknown_failure_points_at_another_backend() {
        assertThat(TestcontainersServerProvider.hint(IMAGE, "java.lang.IllegalStateException: boom\n", ""))
                .isEqualTo("Run on another backend with -Dtestgraph.backend=embedded to tell a Docker problem from a"
                        + " Neo4j one.");
    }
}
