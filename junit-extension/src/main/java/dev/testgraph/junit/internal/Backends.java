package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.testcontainers.utility.TestcontainersConfiguration;

/** Starts servers for each backend. */
final class Backends {

    /** Whether Docker answers is asked once per JVM: the answer does not change during a run. */
    private static final AtomicReference<Boolean> DOCKER = new AtomicReference<>();

    private Backends() {}

    static boolean dockerAvailable() {
        Boolean available = DOCKER.get();
        if (available == null) {
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            DOCKER.compareAndSet(null, available);
        }
        return available;
    }

    static Optional<Neo4jServerProvider> provider(Backend backend) {
        for (Neo4jServerProvider provider : ServiceLoader.load(Neo4jServerProvider.class, Backends.class.getClassLoader())) {
            if (provider.backend().equalsIgnoreCase(backend.name())) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a container can be had: Docker answers, or (with Testcontainers reuse) a container remembered from an
     * earlier run may still be running, which is tried before Docker is asked at all.
     */
    static boolean containerAvailable(ServerKey key) {
        return (reuseEnabled() && ReuseRecords.find(key).isPresent()) || dockerAvailable();
    }

    /**
     * @return whether the server is a container kept between runs (Testcontainers reuse): what an earlier run left
     *     in it is Testgraph's own, so its schema is not part of the baseline a clean keeps
     */
    static boolean reusable(Neo4jServer server) {
        return server instanceof RunningServer running && running.reusable();
    }

    /** @return whether the server is a reused container found by its record, without Docker being asked */
    static boolean remembered(Neo4jServer server) {
        return server instanceof RunningServer running && running.remembered();
    }

    /**
     * @param mayUseRecord whether a reused container may be taken from its record; false after the record failed
     */
    static Neo4jServer start(ServerKey key, String description, boolean mayUseRecord) throws Exception {
        ServerRequest request = new ServerRequest(key.settings(), description);
        return switch (key.backend()) {
            case TESTCONTAINERS -> startContainer(key, request, mayUseRecord);
            case EMBEDDED -> provider(Backend.EMBEDDED).orElseThrow().start(request);
            case EXTERNAL -> external(key.externalUri());
            case AUTO -> throw new IllegalStateException("unresolved backend");
        };
    }

    private static Neo4jServer external(String uri) {
        URI boltUri;
        try {
            boltUri = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Testgraph cannot read the external server URI '" + uri
                    + "' from " + RunSettings.where(RunSettings.URI) + ": " + e.getMessage()
                    + ". Use a bolt URI such as bolt://localhost:7687 or neo4j://db.example:7687.");
        }
        String user = RunSettings.get(RunSettings.USER).orElse("neo4j");
        String password = RunSettings.get(RunSettings.PASSWORD).orElse(null);
        // not ours: an external server keeps running when the run ends
        return new RunningServer(boltUri, null, password == null ? null : user, password, () -> {}, false, false);
    }

    private static boolean listening(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1_000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Settings that make a test server start fast and stay small; a test's own settings win. The server's JVM
     * compiles with C1 only: a test server lives for one run, and on a small machine the C2 compiler's work competes
     * with the tests for the cores (a 100-test suite on 2 cores ran about 10% faster). Any
     * {@code server.jvm.additional} of the test's own (e.g. {@code -XX:TieredStopAtLevel=4}) replaces it.
     */
    private static final Map<String, String> SMALL_SERVER = Map.of(
            "server.memory.heap.initial_size", "256m",
            "server.memory.heap.max_size", "512m",
            "server.memory.pagecache.size", "64m",
            "db.tx_log.rotation.retention_policy", "1 files",
            "server.jvm.additional", "-XX:TieredStopAtLevel=1");

    private static Neo4jServer startContainer(ServerKey key, ServerRequest request, boolean mayUseRecord) {
        boolean reuse = reuseEnabled();
        if (reuse && mayUseRecord) {
            Optional<ReuseRecords.Remembered> remembered = ReuseRecords.find(key);
            if (remembered.isPresent() && listening(remembered.get().boltUri())) {
                // the first connection checks the rest (the password): if it fails, the record goes and Docker is
                // asked after all
                return new RunningServer(remembered.get().boltUri(), remembered.get().httpUri(), "neo4j",
                        derivedPassword(key), () -> {}, true, true);
            }
            remembered.ifPresent(gone -> ReuseRecords.forget(key));
        }
        DockerImageName image = DockerImageName.parse(key.image()).asCompatibleSubstituteFor("neo4j");
        // A reused container is found again by the hash of its configuration, so its password must not change
        // from run to run; it is derived from the configuration instead of drawn at random.
        String password = reuse ? derivedPassword(key) : randomPassword();
        Neo4jContainer container = new Neo4jContainer(image).withAdminPassword(password).withReuse(reuse);
        SMALL_SERVER.forEach((name, value) -> {
            if (!request.settings().containsKey(name)) {
                container.withNeo4jConfig(name, value);
            }
        });
        request.settings().forEach(container::withNeo4jConfig);
        // the procedure that tells whether a test changed the database (see ChangeTracker)
        container.withPlugins(MountableFile.forHostPath(ServerPlugin.jar()));
        container.withNeo4jConfig(ServerPlugin.UNRESTRICTED,
                ServerPlugin.unrestricted(request.settings().get(ServerPlugin.UNRESTRICTED)));
        container.start();
        URI bolt = URI.create(container.getBoltUrl());
        URI http = URI.create(container.getHttpUrl());
        if (reuse) {
            ReuseRecords.remember(key, bolt, http, container.getContainerId());
        }
        return new RunningServer(bolt, http, "neo4j", password, () -> {
            if (!reuse) {
                container.stop();
            }
        }, false, reuse);
    }

    /**
     * A server that needs nothing but its addresses, credentials and a way to stop; {@code remembered} when it is
     * a reused container taken from its record, {@code reusable} when it is a container kept for later runs.
     */
    private record RunningServer(
            URI boltUri, URI httpUri, String username, String password, Runnable stop, boolean remembered,
            boolean reusable)
            implements Neo4jServer {
        @Override
        public void close() {
            stop.run();
        }
    }

    private static boolean reuseEnabled() {
        try {
            return TestcontainersConfiguration.getInstance().environmentSupportsReuse();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "tg-" + HexFormat.of().formatHex(bytes);
    }

    private static String derivedPassword(ServerKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("testgraph-reuse:" + key).getBytes(StandardCharsets.UTF_8));
            return "tg-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
