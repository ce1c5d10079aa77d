package dev.testgraph.junit.internal;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.testgraph.junit.Neo4jContainerCustomizer;
import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import dev.testgraph.junit.spi.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * The Testcontainers backend: a container of the official {@code neo4j} image (or a compatible local one), small
 * and quick to start, with Testgraph's server plugin copied in. Owns everything about containers: settings, the
 * password, Testcontainers reuse and its records, ports published on the loopback address only. Found through
 * {@link java.util.ServiceLoader}; not API.
 */
public final class TestcontainersServerProvider implements Neo4jServerProvider {

    private static final System.Logger LOG = System.getLogger("dev.testgraph");

    /** Whether Docker answers is asked once per JVM: the answer does not change during a run. */
    private static final AtomicReference<Boolean> DOCKER = new AtomicReference<>();

    /**
     * Settings that make a test server start fast and stay small; a test's own settings win. The server's JVM
     * compiles with C1 only: a test server lives for one run, and on a small machine the C2 compiler's work competes
     * with the tests for the cores (see BENCHMARKS.md for the measured trade-off). Any {@code server.jvm.additional}
     * of the test's own (e.g. {@code -XX:TieredStopAtLevel=4}) replaces it.
     */
    private static final Map<String, String> SMALL_SERVER = Map.of(
            "server.memory.heap.initial_size", "256m",
            "server.memory.heap.max_size", "512m",
            "server.memory.pagecache.size", "64m",
            "db.tx_log.rotation.retention_policy", "1 files",
            "server.jvm.additional", "-XX:TieredStopAtLevel=1");

    /** Proves that a remembered server is a container of ours: authentication on, Testgraph's plugin there. */
    private static final String OWNERSHIP = "CALL dbms.listConfig('dbms.security.auth_enabled') YIELD value "
            + "WITH value CALL testgraph.state() YIELD transactionId RETURN value AS authEnabled";

    /** The setting naming the directory {@code LOAD CSV} reads {@code file:///} URLs from. */
    static final String IMPORT_DIRECTORY = "server.directories.import";

    /** Called by {@link java.util.ServiceLoader}. */
    public TestcontainersServerProvider() {}

    /** @return the test's own {@code server.directories.import}, or {@code null} */
    private static String importSetting(ServerRequest request) {
        return request.settings().get(IMPORT_DIRECTORY);
    }

    @Override
    public String name() {
        return Providers.TESTCONTAINERS;
    }

    @Override
    public int order() {
        return TESTCONTAINERS_ORDER;
    }

    /**
     * Available when Docker answers or, with Testcontainers reuse, when a container remembered from an earlier run may
     * still be running (tried before Docker is asked at all); never with a Testcontainers core older than 2.0 on the
     * class path.
     */
    @Override
    public Availability availability(ServerRequest request) {
        Optional<Availability> oldCore = TestcontainersOnClassPath.coreTooOld(
                TestcontainersServerProvider.class.getClassLoader());
        if (oldCore.isPresent()) {
            return oldCore.get();
        }
        if ((reuseEnabled() && ReuseRecords.find(identity(request)).isPresent()) || dockerAvailable()) {
            return Availability.available();
        }
        if (dockerMayBeHere() && onClassPath("apoc.util.ApocUrlStreamHandlerFactory")) {
            return Availability.unavailable("Docker does not answer, and APOC is on the test class path: APOC's URL"
                    + " handler loads Hadoop classes Neo4j leaves out, which breaks Testcontainers' Docker client",
                    "Keep org.neo4j.procedure:apoc-core and apoc-common off the class path of container runs (Maven:"
                    + " classpathDependencyExcludes in that Surefire execution); Testgraph's containers get APOC"
                    + " from their image with @Neo4jTest(plugins = \"apoc\")");
        }
        return Availability.unavailable("Docker does not answer",
                "Start Docker (check with 'docker info'), and Testgraph runs Neo4j in a container (Testcontainers)");
    }

    @Override
    public Neo4jServer start(ServerRequest request) {
        String identity = identity(request);
        boolean reuse = reuseEnabled();
        if (reuse) {
            Optional<Neo4jServer> remembered = remembered(identity, importSetting(request));
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        long begin = System.nanoTime();
        DockerImageName image = DockerImageName.parse(request.image()).asCompatibleSubstituteFor("neo4j");
        requireImage(request);
        long imageChecked = System.nanoTime();
        // A reused container is found again by the hash of its configuration, so its password must not change from
        // run to run: it is a secret of this user's (ReuseRecords), never derivable from the configuration alone.
        String password = reuse ? ReuseRecords.password(identity).orElseGet(TestcontainersServerProvider::random)
                : random();
        TestgraphNeo4jContainer container = new TestgraphNeo4jContainer(image);
        container.withAdminPassword(password).withReuse(reuse);
        // a file copied in before the start would be hidden by a tmpfs on /data, or by a mount a customiser adds
        if (writesPasswordFile(request) && !request.tmpfs() && request.containerCustomizer().isEmpty()) {
            container.withPasswordFile(password);
        }
        if (writesHostsEntry(request)) {
            container.withAnyAddressHostsEntry();
        }
        SMALL_SERVER.forEach((name, value) -> {
            if (!request.settings().containsKey(name)) {
                container.withNeo4jConfig(name, value);
            }
        });
        request.settings().forEach((name, value) -> {
            if (name.startsWith("apoc.")) {
                // APOC reads its own settings (apoc.conf, or APOC_* variables), not Neo4j's
                container.withEnv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), value);
            } else if (!name.equals(ServerPlugin.UNRESTRICTED)) {
                container.withNeo4jConfig(name, value);
            }
        });
        if (importSetting(request) == null) {
            // LOAD CSV's root, where @ImportFiles copies to: said here, whatever the image's entrypoint would choose
            container.withNeo4jConfig(IMPORT_DIRECTORY, ContainerImportDirectory.DEFAULT);
        }
        container.withEnv(request.containerEnvironment());
        container.withLabels(request.containerLabels());
        if (request.tmpfs()) {
            container.withTmpFs(Map.of("/data", "rw", "/logs", "rw"));
        }
        // the procedure that tells whether a test changed the database (see ChangeTracker)
        container.withPlugins(MountableFile.forHostPath(ServerPlugin.jar()));
        List<String> unrestricted = new ArrayList<>(request.procedureNames());
        if (!request.procedures().isEmpty()) {
            Path jar = ProcedureJar.of(request.procedures());
            container.withCopyFileToContainer(MountableFile.forHostPath(jar),
                    "/var/lib/neo4j/plugins/" + jar.getFileName());
            // the libraries they need, as jars of their own: Neo4j loads every jar of /plugins on one class path
            ProcedureJar.dependencies(request.procedureDependencies()).forEach(dependency -> container
                    .withCopyFileToContainer(MountableFile.forHostPath(dependency),
                            "/var/lib/neo4j/plugins/" + dependency.getFileName()));
        }
        if (request.plugins().contains("apoc")) {
            unrestricted.add("apoc.*");
            Optional<List<Path>> jars = dev.testgraph.junit.spi.PluginJars.find("apoc");
            if (jars.isPresent()) {
                // the APOC of the test class path, the same as in process: never fetched from a registry
                jars.get().forEach(jar -> container.withCopyFileToContainer(MountableFile.forHostPath(jar),
                        "/var/lib/neo4j/plugins/" + jar.getFileName()));
            } else {
                // the image's own APOC (the official image and Testgraph's offline image both know this variable)
                container.withEnv("NEO4J_PLUGINS", "[\"apoc\"]");
            }
        }
        if (request.warmsUpServer()) {
            unrestricted.add(dev.testgraph.serverplugin.WarmUp.MARK);
        }
        String requested = request.settings().get(ServerPlugin.UNRESTRICTED);
        if (requested != null && !requested.isBlank()) {
            unrestricted.add(requested);
        }
        container.withNeo4jConfig(ServerPlugin.UNRESTRICTED, ServerPlugin.unrestricted(
                unrestricted.isEmpty() ? null : String.join(",", unrestricted)));
        if (localDocker()) {
            // nobody but this machine can reach the server, even when it outlives the run (reuse)
            container.withCreateContainerCmdModifier(command -> {
                Map<ExposedPort, Ports.Binding[]> fixed = command.getHostConfig().getPortBindings() == null
                        ? Map.of()
                        : command.getHostConfig().getPortBindings().getBindings();
                List<PortBinding> bindings = new ArrayList<>();
                for (int port : container.getExposedPorts()) {
                    ExposedPort exposed = ExposedPort.tcp(port);
                    Ports.Binding[] chosen = fixed.get(exposed);
                    if (chosen != null && chosen.length > 0 && chosen[0].getHostPortSpec() != null) {
                        // a port a customiser fixed (setPortBindings) stays as it was asked for
                        for (Ports.Binding binding : chosen) {
                            bindings.add(new PortBinding(binding, exposed));
                        }
                    } else {
                        bindings.add(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), exposed));
                    }
                }
                command.getHostConfig().withPortBindings(bindings);
            });
        }
        if (waitsForStartedLine(request)) {
            container.waitingFor(TestgraphNeo4jContainer.startedLine());
        }
        // the container's last lines, kept as it writes them: a container that failed may be gone before it is asked
        LastLines lastLines = new LastLines(LOG_LINES);
        container.withLogConsumer(frame -> {
            String line = frame.getUtf8StringWithoutLineEnding();
            lastLines.add(line);
            // with the time it arrived: where a container's start goes (BENCHMARKS.md, "Start-up")
            LOG.log(Level.TRACE, () -> "Testgraph: container: " + line);
        });
        request.containerCustomizer().ifPresent(type -> customize(type, container, request));
        long configured = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            throw startFailure(request, container, lastLines, e);
        }
        long started = System.nanoTime();
        LOG.log(Level.DEBUG, () -> String.format("Testgraph: container %s started in %d ms (Docker client and image"
                + " %d ms, configuration %d ms, create, start and wait %d ms)", request.image(),
                (started - begin) / 1_000_000, (imageChecked - begin) / 1_000_000,
                (configured - imageChecked) / 1_000_000, (started - configured) / 1_000_000));
        URI bolt = URI.create(container.getBoltUrl());
        URI http = URI.create(container.getHttpUrl());
        if (reuse) {
            ReuseRecords.remember(identity, bolt, http, password, container.getContainerId());
        }
        return new StartedServer(bolt, http, "neo4j", password, () -> {
            if (!reuse) {
                container.stop();
            }
        }, reuse, () -> diagnose(container, lastLines), new ContainerImportDirectory(container, importSetting(request)));
    }

    /**
     * @return whether the container is ready at the server's {@code Started.} line (the default) rather than at
     *     Testcontainers' own wait ({@link RunSettings#CONTAINER_WAIT} {@code = testcontainers})
     * @throws IllegalArgumentException for any other value, saying which are allowed
     */
    static boolean waitsForStartedLine(ServerRequest request) {
        return RunSettings.choice(request, RunSettings.CONTAINER_WAIT, "started", "started", "testcontainers")
                .equals("started");
    }

    /**
     * @return whether Testgraph writes the password's hash into the container ({@link InitialPassword}, the default)
     *     rather than have the image's entrypoint run {@code neo4j-admin} for it ({@link RunSettings#PASSWORD_FILE}
     *     {@code = false})
     * @throws IllegalArgumentException for a value other than true or false
     */
    static boolean writesPasswordFile(ServerRequest request) {
        return RunSettings.choice(request, RunSettings.PASSWORD_FILE, "true", "true", "false").equals("true");
    }

    /**
     * @return whether the container's {@code /etc/hosts} names {@code 0.0.0.0} (the default), so that Neo4j's Bolt
     *     start asks no DNS ({@link RunSettings#HOSTS_ENTRY} {@code = false} leaves the file as Docker writes it)
     */
    static boolean writesHostsEntry(ServerRequest request) {
        return RunSettings.choice(request, RunSettings.HOSTS_ENTRY, "true", "true", "false").equals("true");
    }

    /** Lets the class's customiser change the container, last, so that what it sets wins. */
    private static void customize(Class<? extends Neo4jContainerCustomizer> type, Neo4jContainer container,
            ServerRequest request) {
        Neo4jContainerCustomizer customizer;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            customizer = constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("Testgraph cannot make the container customiser " + type.getName()
                    + " for " + request.description() + " with its constructor without parameters: " + cause, cause);
        }
        try {
            customizer.customize(container);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The container customiser " + type.getName() + " failed for "
                    + request.description() + ", before the container started: " + e, e);
        }
    }

    /**
     * @return the container of this identity's record, once it proved to be ours; empty (and the record gone) when
     *     nothing answers there or the server is not ours, which a port handed out again to another container can be
     */
    static Optional<Neo4jServer> remembered(String identity) {
        return remembered(identity, null);
    }

    /**
     * @param importSetting the test's {@code server.directories.import}, or {@code null} for Testgraph's
     * @return the container of this identity's record, once it proved to be ours
     */
    static Optional<Neo4jServer> remembered(String identity, String importSetting) {
        Optional<ReuseRecords.Remembered> record = ReuseRecords.find(identity);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        ReuseRecords.Remembered remembered = record.get();
        Optional<String> notOurs = listening(remembered.boltUri())
                ? notOurs(remembered)
                : Optional.of("nothing listens there");
        if (notOurs.isPresent()) {
            ReuseRecords.forget(identity);
            LOG.log(Level.INFO, () -> "Testgraph: the reused container remembered at " + remembered.boltUri()
                    + " is not used (" + notOurs.get() + "); asking Docker for it");
            return Optional.empty();
        }
        return Optional.of(new StartedServer(remembered.boltUri(), remembered.httpUri(), "neo4j",
                remembered.password(), () -> {}, true, Optional::empty, remembered.containerId() == null ? null
                        : new ContainerImportDirectory(ContainerImportDirectory.byId(remembered.containerId()),
                                importSetting)));
    }

    /** @return why the server is not a container of ours, or empty when it proved to be one */
    static Optional<String> notOurs(ReuseRecords.Remembered remembered) {
        Config config = Config.builder().withConnectionTimeout(5, TimeUnit.SECONDS).build();
        try (Driver driver = GraphDatabase.driver(remembered.boltUri(),
                AuthTokens.basic("neo4j", remembered.password()), config)) {
            String authEnabled = driver.executableQuery(OWNERSHIP).execute().records().get(0).get("authEnabled")
                    .asString();
            return "true".equalsIgnoreCase(authEnabled)
                    ? Optional.empty()
                    : Optional.of("authentication is off there, so any password would pass");
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Makes sure the image is here: one pull when it is not, failing at once with what to do when that pull fails
     * (Testcontainers would retry it for minutes, and without a registry no retry can succeed).
     */
    private static void requireImage(ServerRequest request) {
        var docker = DockerClientFactory.instance().client();
        try {
            docker.inspectImageCmd(request.image()).exec();
            return;
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            // not here: pulled below
        }
        DockerImageName name = DockerImageName.parse(request.image());
        try {
            docker.pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).start()
                    .awaitCompletion(5, TimeUnit.MINUTES);
            docker.inspectImageCmd(request.image()).exec();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pulling " + request.image(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Testgraph could not start a Neo4j container (" + request.image()
                    + ") for " + request.description() + ": " + e.getMessage() + ". " + MISSING_IMAGE.formatted(
                            request.image()), e);
        }
    }

    private static final String MISSING_IMAGE = "The image %s is not on this machine and could not be pulled. Without a"
            + " registry, build it locally with docker/offline-image/build.sh from the Testgraph sources (it builds"
            + " neo4j:5.26-community and neo4j:5.26.x-community; --neo4j-version 2026.08.1 builds"
            + " neo4j:2026.08-community and neo4j:2026.08.1-community), or 'docker load' a saved copy, or name an image"
            + " this machine has (docker images) with @Neo4jTest(image = ...) or testgraph.image.";

    /**
     * @return a failed start explained: what went wrong at the root, what to do for the usual causes (no image and no
     *     registry, a setting Neo4j does not know, too little memory, Docker refusing containers), and how the
     *     container ended with its last log lines when there was one
     */
    static IllegalStateException startFailure(ServerRequest request, Neo4jContainer container, LastLines lastLines,
            RuntimeException error) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            chain.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
        }
        Optional<String> diagnosis = Optional.empty();
        try {
            diagnosis = diagnose(container, lastLines);
        } catch (RuntimeException e) {
            // nothing more to say than the error itself
        }
        String logs = diagnosis.orElse("");
        String hint = hint(request.image(), chain.toString(), logs);
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new IllegalStateException("Testgraph could not start a Neo4j container (" + request.image() + ") for "
                + request.description() + ": " + root.getMessage() + ". " + hint
                + (logs.isEmpty() ? "" : System.lineSeparator() + "How it ended: " + logs), error);
    }

    /**
     * @param image the image asked for
     * @param causes the classes and messages of the failure's causes, one a line
     * @param logs how the container ended and its last log lines, or empty
     * @return what to do about a failed start, from the words of Docker, Testcontainers and Neo4j
     */
    static String hint(String image, String causes, String logs) {
        if (causes.contains("registry") || causes.contains("pull access denied") || causes.contains("manifest unknown")
                || causes.contains("no such host") || causes.contains("Failed to get Docker client for")
                || causes.contains("ContainerFetchException")) {
            return MISSING_IMAGE.formatted(image);
        }
        if (logs.contains("Unrecognized setting") || logs.contains("No declared setting")) {
            return "Neo4j refused a setting it does not know: check the names in @Neo4jTest(settings = ...) and"
                    + " testgraph.settings against the configuration reference of Neo4j " + image + ".";
        }
        // the words of the JVM and Neo4j in the log, or Docker's in the state: the container may have died before
        // it wrote a line (a heap it cannot touch is killed at once), and be gone by the time it is asked
        String memory = causes + logs;
        if (memory.contains("OutOfMemoryError") || memory.contains("OOMKilled")
                || memory.contains("Invalid memory configuration") || memory.contains("killed for lack of memory")) {
            return "The server ran out of memory: give Docker more memory, or lower server.memory.heap.max_size and"
                    + " server.memory.pagecache.size in the settings.";
        }
        if (causes.contains("address already in use") || causes.contains("port is already allocated")) {
            return "A port the container needs is taken on this machine; Testgraph publishes random ports, so a fixed"
                    + " port must come from your settings or a container customisation.";
        }
        if (causes.contains("OCI runtime") || causes.contains("cgroup") || causes.contains("permission denied")) {
            return "Docker answers but refuses to run containers here (its message is above); check 'docker run"
                    + " hello-world' or run on another backend with -Dtestgraph.backend=embedded.";
        }
        return "Run on another backend with -Dtestgraph.backend=embedded to tell a Docker problem from a Neo4j one.";
    }

    /** The lines of a dead container's log shown in the failure. */
    static final int LOG_LINES = 30;

    /** @return why the container does not answer: it stopped (how, and its last log lines), or is gone; else empty */
    static Optional<String> diagnose(Neo4jContainer container, LastLines lastLines) {
        String id = container.getContainerId();
        if (id == null) {
            return lastLines.isEmpty()
                    ? Optional.empty()
                    : Optional.of("the container ended. " + lastLines.describe());
        }
        String name = "the container " + id.substring(0, Math.min(12, id.length())) + " ("
                + container.getDockerImageName() + ")";
        com.github.dockerjava.api.command.InspectContainerResponse.ContainerState state;
        try {
            state = DockerClientFactory.instance().client().inspectContainerCmd(id).exec().getState();
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            return Optional.of(name + " is gone: it was removed. " + lastLines.describe());
        } catch (RuntimeException e) {
            return Optional.of(name + " cannot be inspected (" + e.getMessage() + "); Docker itself may be down");
        }
        if (Boolean.TRUE.equals(state.getRunning()) && !Boolean.TRUE.equals(state.getPaused())) {
            return Optional.empty();
        }
        Long exitCode = state.getExitCodeLong();
        StringBuilder cause = new StringBuilder(name).append(" is ").append(state.getStatus());
        if (exitCode != null) {
            cause.append(", exit code ").append(exitCode);
            if (exitCode == 137) {
                cause.append(" (killed with SIGKILL: docker kill, or the kernel's OOM killer)");
            }
        }
        if (Boolean.TRUE.equals(state.getOOMKilled())) {
            cause.append(", killed for lack of memory (OOMKilled): give the container more memory or the server a"
                    + " smaller heap and page cache (settings server.memory.*)");
        }
        if (state.getFinishedAt() != null && !state.getFinishedAt().startsWith("0001")) {
            cause.append(", at ").append(state.getFinishedAt());
        }
        return Optional.of(cause.append(". ").append(lastLines.describe()).toString().stripTrailing());
    }

    /** The last lines a container wrote, kept while it runs. */
    static final class LastLines {
        private final int size;
        private final java.util.ArrayDeque<String> lines = new java.util.ArrayDeque<>();

        LastLines(int size) {
            this.size = size;
        }

        synchronized void add(String line) {
            if (lines.size() == size) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        synchronized boolean isEmpty() {
            return lines.isEmpty();
        }

        synchronized String describe() {
            if (lines.isEmpty()) {
                return "It wrote nothing to its log.";
            }
            StringBuilder text = new StringBuilder(String.format("The last %d lines of its log:", lines.size()));
            lines.forEach(line -> text.append(System.lineSeparator()).append("  | ").append(line));
            return text.toString();
        }
    }

    /** @return what makes Testcontainers start another container: the image and the settings */
    static String identity(ServerRequest request) {
        return "testcontainers " + request.image()
                + (request.settings().isEmpty() ? "" : " " + new java.util.TreeMap<>(request.settings()))
                + (request.procedures().isEmpty() ? "" : " procedures " + request.procedureNames())
                + (request.plugins().isEmpty() ? "" : " plugins " + request.plugins())
                + (request.containerEnvironment().isEmpty() ? "" : " environment "
                        + Integer.toHexString(new java.util.TreeMap<>(request.containerEnvironment()).hashCode()))
                + (request.tmpfs() ? " tmpfs" : "")
                + (request.procedures().isEmpty() || request.procedureDependencies().isEmpty() ? "" : " needing "
                        + request.procedureDependencies().stream().map(Class::getName).sorted().toList())
                + (request.containerLabels().isEmpty() ? "" : " labels "
                        + new java.util.TreeMap<>(request.containerLabels()))
                + request.containerCustomizer().map(type -> " customizer " + type.getName()).orElse("");
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
     * Asks Testcontainers whether Docker answers, but only when something says Docker could be here (a socket, a
     * {@code DOCKER_HOST}, a configured host): without Docker, Testcontainers' own search logs errors that only
     * mean "no Docker", which AUTO then quietly passes over.
     */
    static boolean dockerAvailable() {
        Boolean available = DOCKER.get();
        if (available == null) {
            try {
                available = dockerMayBeHere() && DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            DOCKER.compareAndSet(null, available);
        }
        return available;
    }

    private static boolean onClassPath(String type) {
        try {
            Class.forName(type, false, TestcontainersServerProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean dockerMayBeHere() {
        if (System.getenv("DOCKER_HOST") != null || System.getProperty("os.name", "").startsWith("Windows")
                || System.getenv("TESTCONTAINERS_DOCKER_CLIENT_STRATEGY") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        Path properties = Path.of(home, ".testcontainers.properties");
        if (Files.isRegularFile(properties)) {
            Properties configured = new Properties();
            try (InputStream in = Files.newInputStream(properties)) {
                configured.load(in);
                if (configured.getProperty("docker.host") != null
                        || configured.getProperty("docker.client.strategy") != null) {
                    return true;
                }
            } catch (IOException | IllegalArgumentException e) {
                return true;
            }
        }
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
                Path.of(home, ".docker", "run", "docker.sock"), Path.of(home, ".docker", "desktop", "docker.sock"),
                Path.of(home, ".rd", "docker.sock"), Path.of(home, ".colima", "default", "docker.sock"),
                Path.of(home, ".colima", "docker.sock")));
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null) {
            sockets.add(Path.of(runtime, "docker.sock"));
            sockets.add(Path.of(runtime, "podman", "podman.sock"));
        }
        return sockets.stream().anyMatch(Files::exists);
    }

    private static boolean localDocker() {
        try {
            String host = DockerClientFactory.instance().dockerHostIpAddress();
            return host.equals("localhost") || host.equals("127.0.0.1");
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean reuseEnabled() {
        try {
            return TestcontainersConfiguration.getInstance().environmentSupportsReuse();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "tg-" + HexFormat.of().formatHex(bytes);
    }
}
