package dev.testgraph.junit.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers' Neo4j container, which gives up as soon as the container stops while Neo4j is starting (an unknown
 * setting, too little memory) instead of waiting out the full start-up timeout for a log line that never comes.
 */
final class TestgraphNeo4jContainer extends Neo4jContainer {

    TestgraphNeo4jContainer(DockerImageName image) {
        super(image);
    }

    @Override
    protected void waitUntilContainerStarted() {
        CompletableFuture<Void> started = CompletableFuture.runAsync(super::waitUntilContainerStarted);
        while (true) {
            try {
                started.get(500, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                var state = DockerClientFactory.instance().client().inspectContainerCmd(getContainerId()).exec()
                        .getState();
                if (!Boolean.TRUE.equals(state.getRunning())) {
                    started.cancel(true);
                    // said now: Testcontainers removes the container when the start fails, and with it the state
                    throw new ContainerLaunchException("the container stopped while Neo4j was starting (exit code "
                            + state.getExitCodeLong() + (Boolean.TRUE.equals(state.getOOMKilled())
                                    ? ", OOMKilled: Docker killed it for lack of memory"
                                    : "") + ")");
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime
                        ? runtime
                        : new ContainerLaunchException("Neo4j did not start", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                started.cancel(true);
                throw new ContainerLaunchException("interrupted while Neo4j was starting", e);
            }
        }
    }
}
