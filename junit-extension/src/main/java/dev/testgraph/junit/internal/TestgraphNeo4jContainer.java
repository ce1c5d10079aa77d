package dev.testgraph.junit.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers' Neo4j container, which gives up as soon as the container stops while Neo4j is starting (an unknown
 * setting, too little memory) instead of waiting out the full start-up timeout for a log line that never comes.
 */
final class TestgraphNeo4jContainer extends Neo4jContainer {

    /** {@code NEO4J_AUTH} as Testcontainers sets it for the password whose file was copied in; null when none was. */
    private String passwordFileAuth;

    /** Whether {@code /etc/hosts} gets {@link #ANY_ADDRESS}: see {@link #withAnyAddressHostsEntry()}. */
    private boolean anyAddressHostsEntry;

    /** The address Neo4j listens on in a container, named after itself. */
    private static final String ANY_ADDRESS = "0.0.0.0";

    TestgraphNeo4jContainer(DockerImageName image) {
        super(image);
    }

    /**
     * Copies the password's {@link InitialPassword} file into the container and leaves {@code NEO4J_AUTH} out, so that
     * the image's entrypoint does not run {@code neo4j-admin} to write the same file. Call after
     * {@code withAdminPassword(password)}; a customiser that sets another password or none still wins.
     */
    TestgraphNeo4jContainer withPasswordFile(String password) {
        withCopyToContainer(Transferable.of(InitialPassword.authIni(password), 0644), InitialPassword.PATH);
        passwordFileAuth = "neo4j/" + password;
        return this;
    }

    /**
     * Names {@code 0.0.0.0} in the container's {@code /etc/hosts} as itself. Neo4j's Bolt connector logs the host name
     * of the address it listens on, and the JVM's reverse lookup of {@code 0.0.0.0} goes to DNS: where the container's
     * DNS server does not answer, the server's start waits out the resolver's timeout (10 s measured, BENCHMARKS.md
     * "Start-up"). From the file the answer is immediate and the same name Neo4j prints when DNS knows none.
     */
    TestgraphNeo4jContainer withAnyAddressHostsEntry() {
        anyAddressHostsEntry = true;
        return this;
    }

    @Override
    protected void configure() {
        super.configure();
        // said here, after any customiser: Docker refuses host entries for a container on the host's network
        if (anyAddressHostsEntry && !"host".equals(getNetworkMode())) {
            withExtraHost(ANY_ADDRESS, ANY_ADDRESS);
        }
        if (passwordFileAuth != null && passwordFileAuth.equals(getEnvMap().get("NEO4J_AUTH"))) {
            getEnvMap().remove("NEO4J_AUTH");
        }
    }

    /**
     * @return a wait for the server's {@code Started.} line, which Neo4j writes once the databases are up and both
     *     Bolt and HTTP listen. It follows the log as it is written, where Testcontainers' own wait for the Neo4j
     *     module (the {@code Bolt enabled} line, then HTTP polled once a second) loses up to a second to its polling
     *     (BENCHMARKS.md, "Start-up").
     */
    static WaitStrategy startedLine() {
        return Wait.forLogMessage("(?s).*\\bStarted\\.\\s*", 1).withStartupTimeout(Duration.ofMinutes(2));
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
