package dev.testgraph.junit.internal;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.testgraph.junit.spi.ImportDirectory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.MountableFile;

/**
 * The import directory inside a running container, written through Docker's copy API (a tar sent to the daemon), so
 * that it works wherever Docker does, also when the tests themselves run in a container: no bind mount, no shared
 * file system. Files are copied with mode 0644 and their directories are made by Docker, readable by the server's
 * user ({@code neo4j}, uid 7474).
 */
final class ContainerImportDirectory implements ImportDirectory {

    /** The server's home in the image: a relative {@code server.directories.import} is resolved against it. */
    static final String NEO4J_HOME = "/var/lib/neo4j";
    /** The import directory Testgraph gives its containers unless a test sets {@code server.directories.import}. */
    static final String DEFAULT = NEO4J_HOME + "/import";

    private final ContainerState container;
    private final String root;

    /**
     * @param container the running container
     * @param configured the test's {@code server.directories.import}, or {@code null} for Testgraph's {@link #DEFAULT}
     */
    ContainerImportDirectory(ContainerState container, String configured) {
        this.container = container;
        String directory = configured == null || configured.isBlank() ? DEFAULT : configured.strip();
        directory = directory.startsWith("/") ? directory : NEO4J_HOME + "/" + directory;
        this.root = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
    }

    /** @return the container of a reused server found again by its id (Testgraph holds no container object then) */
    static ContainerState byId(String id) {
        return new ContainerState() {
            @Override
            public String getContainerId() {
                return id;
            }

            @Override
            public List<Integer> getExposedPorts() {
                return List.of();
            }

            @Override
            public InspectContainerResponse getContainerInfo() {
                return DockerClientFactory.instance().client().inspectContainerCmd(id).exec();
            }
        };
    }

    @Override
    public void copy(Path source, String target) throws IOException {
        String destination = root + "/" + target;
        try {
            if (source.getFileSystem() == FileSystems.getDefault()) {
                container.copyFileToContainer(MountableFile.forHostPath(source, 0644), destination);
            } else {
                // a class-path resource inside a jar
                container.copyFileToContainer(Transferable.of(Files.readAllBytes(source), 0644), destination);
            }
        } catch (RuntimeException e) {
            throw new IOException("Docker did not take " + source + " into " + location() + " as " + target + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void delete(Collection<String> targets) throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("rm", "-f", "--"));
        targets.forEach(target -> command.add(root + "/" + target));
        Container.ExecResult result;
        try {
            result = container.execInContainer(command.toArray(String[]::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while removing " + targets + " from " + location(), e);
        } catch (RuntimeException e) {
            throw new IOException("Docker did not remove " + targets + " from " + location() + ": " + e.getMessage(),
                    e);
        }
        if (result.getExitCode() != 0) {
            throw new IOException("removing " + targets + " from " + location() + " failed (exit code "
                    + result.getExitCode() + "): " + result.getStderr().strip());
        }
    }

    @Override
    public String location() {
        String id = container.getContainerId();
        return root + " in container " + (id == null ? "?" : id.substring(0, Math.min(12, id.length())));
    }
}
