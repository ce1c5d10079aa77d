package dev.testgraph.junit.internal;

import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.spi.ServerRequest;
import dev.testgraph.junit.spi.TestFrameworkIntegration;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import dev.testgraph.fixtures.LoadedGraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.async.AsyncSession;

/**
 * The extension behind {@code @Neo4jTest}: finds or starts the shared server, cleans the database and injects
 * the driver, sessions and connection details. Not API: use {@code @Neo4jTest}.
 */
public final class Neo4jExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, TestInstancePreConstructCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Neo4jExtension.class);
    private static final List<Class<?>> INJECTABLE = List.of(
            Driver.class, Session.class, AsyncSession.class, Neo4jConnectionInfo.class, LoadedGraph.class);
    private static final String CLASS_FIXTURES = "class fixtures";
    private static final String LOADED = "loaded fixtures";
    /** The setting that lets LOAD CSV read {@code file:///} URLs at all. */
    private static final String FILE_URLS = "dbms.security.allow_csv_import_from_file_urls";
    private static final System.Logger LOG = System.getLogger("dev.testgraph");
    private static final Set<String> SPRING_PARAMETER_ANNOTATIONS = Set.of(
            "org.springframework.beans.factory.annotation.Autowired",
            "org.springframework.beans.factory.annotation.Value",
            "org.springframework.beans.factory.annotation.Qualifier");

    /** Called by JUnit. */
    public Neo4jExtension() {}

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestClass().isEmpty() || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided per class");
        }
        TestConfiguration configuration;
        Providers.Choice choice;
        try {
            configuration = configuration(context);
            if (!configuration.skipsWhenUnavailable()) {
                startBeforeOtherExtensions(context);
                return ConditionEvaluationResult.enabled("Neo4j backend: " + configuration.key().backend());
            }
            choice = choice(context);
        } catch (RuntimeException e) {
            // reported by beforeAll, as the class's own failure rather than a failed condition
            return ConditionEvaluationResult.enabled("misconfigured: " + e.getMessage());
        }
        if (choice.provider() == null) {
            return ConditionEvaluationResult.disabled(choice.unavailable());
        }
        startBeforeOtherExtensions(context);
        return ConditionEvaluationResult.enabled("Neo4j backend: " + choice.provider().name());
    }

    /**
     * Starts the class's server before any extension's {@code beforeAll}, whatever the order of the extensions: Spring
     * builds its test context (and Testgraph's Spring customizer, which names the server) in its own
     * {@code beforeAll}. A failure to start is remembered and reported by {@link #beforeAll}.
     */
    private static void startBeforeOtherExtensions(ExtensionContext context) {
        try {
            server(context);
        } catch (RuntimeException e) {
            // the slot remembers it; beforeAll fails the class with it
        }
    }

    /**
     * Starts the class's server before JUnit makes a test instance, whatever the lifecycle and the order of the
     * extensions: Spring builds a test's application context right after (in its {@code postProcessTestInstance}),
     * and {@code testgraph-spring} points that context at this server.
     */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        requireSupportedVersions();
        server(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireSupportedVersions();
        TestConfiguration configuration = configuration(context);
        if (configuration.clean() != CleanPolicy.NEVER) {
            refuseToWipeForeignServer(context, configuration);
        }
        // read (and so check) every class-level fixture before the first test: a broken one fails the class
        FixtureLayers everyClassFixture = FixtureLayers.ofClassAndEnclosing(context.getRequiredTestClass());
        SharedServer server = server(context);
        importFiles(context, context.getRequiredTestClass(), context.getRequiredTestClass().getName(), server);
        if (configuration.clean() == CleanPolicy.BEFORE_EACH) {
            context.getStore(NAMESPACE).put(CLASS_FIXTURES, everyClassFixture);
        } else {
            LoadedGraph base = context.getStore(NAMESPACE).get(LOADED, LoadedGraph.class);
            if (!isNested(context)) {
                if (configuration.clean() == CleanPolicy.BEFORE_ALL) {
                    server.clean(configuration.keepSchema());
                }
                base = null;
            }
            LoadedGraph loaded = FixtureLayers.ofClass(context.getRequiredTestClass()).load(server.driver(), base);
            if (loaded != null) {
                context.getStore(NAMESPACE).put(LOADED, loaded);
            }
        }
        injectFields(context, null, server, Set.of());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        SharedServer server = server(context);
        importFiles(context, context.getRequiredTestMethod(), context.getRequiredTestClass().getName() + "#"
                + context.getRequiredTestMethod().getName(), server);
        FixtureLayers methodFixtures =
                FixtureLayers.ofMethod(context.getRequiredTestClass(), context.getRequiredTestMethod());
        LoadedGraph loaded;
        if (configuration.clean() == CleanPolicy.BEFORE_EACH) {
            FixtureLayers fixtures = context.getStore(NAMESPACE).get(CLASS_FIXTURES, FixtureLayers.class)
                    .then(methodFixtures);
            SharedServer.Reset reset = server.reset(fixtures, configuration.keepSchema());
            context.publishReportEntry("testgraph", reset.report());
            LOG.log(Level.DEBUG, () -> "Testgraph: before " + context.getRequiredTestClass().getName() + "#"
                    + context.getRequiredTestMethod().getName() + ": " + reset.report());
            loaded = reset.loaded();
        } else {
            loaded = methodFixtures.load(server.driver(), context.getStore(NAMESPACE).get(LOADED, LoadedGraph.class));
        }
        if (loaded != null) {
            context.getStore(NAMESPACE).put(LOADED, loaded);
        }
        // after a dead server was replaced, static fields still hold its driver: they get the new one
        ServerSlot slot = existingSlot(context);
        Set<Object> stale = slot == null ? Set.of() : slot.retired();
        if (!stale.isEmpty()) {
            injectFields(context, null, server, stale);
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(context, instance, server, stale);
        }
    }

    /**
     * Closes the sessions Testgraph opened for the test (rolling back what the test left uncommitted in them), then
     * terminates transactions the test left open on the server through sessions of its own, which would block the
     * next clean for ever, and blames the test for them.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        InjectedSessions injected = context.getStore(NAMESPACE).get(InjectedSessions.class, InjectedSessions.class);
        if (injected != null) {
            injected.close();
        }
        if (integrations(context).stream().anyMatch(integration -> integration.endsTransactionsAfterEach(context))) {
            // another extension (Spring's @Transactional) rolls back after its own afterEach, which may come after
            // this one: look when the test's context closes, after every afterEach
            context.getStore(NAMESPACE).put(LeakCheck.class, (LeakCheck) () -> checkLeakedTransactions(context));
            return;
        }
        checkLeakedTransactions(context);
    }

    /** The leaked-transaction check, run when the test's store closes. */
    private interface LeakCheck extends AutoCloseable {
        @Override
        void close();
    }

    private static void checkLeakedTransactions(ExtensionContext context) {
        SharedServer server = existingServer(context);
        if (server == null) {
            return;
        }
        Providers.Choice choice = choice(context);
        RunSettings run = runSettings(context);
        if (!choice.provider().ownsServers() && !run.isTrue(RunSettings.ALLOW_WIPE)) {
            // another's server: its open transactions may be anyone's, and are none of Testgraph's business
            return;
        }
        List<OpenTransactions.Open> open = server.terminateOpenTransactions();
        if (open.isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName();
        String message = String.format("%s left %d transaction(s) open on the Neo4j server: %s.%nTestgraph terminated"
                + " them, so the next tests can clean the database. Close every Session you open"
                + " (try (Session session = driver.session()) { ... }) and commit or roll back every Transaction"
                + " (try (Transaction tx = session.beginTransaction()) { ...; tx.commit(); }), or use"
                + " driver.executableQuery(...) or session.executeWrite(...), which always finish their transaction."
                + "%nSet %s=warn to report this without failing the test.", test, open.size(),
                OpenTransactions.describe(open), RunSettings.LEAKED_TRANSACTIONS);
        context.publishReportEntry("testgraph-leaked-transactions", OpenTransactions.describe(open));
        LOG.log(Level.WARNING, () -> "Testgraph: " + message);
        if (run.failOnLeakedTransactions()) {
            throw new AssertionError(message);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (ownedByAnother(parameterContext, extensionContext)) {
            return false;
        }
        Class<?> type = parameterContext.getParameter().getType();
        // Claim every driver or Testgraph type, so that an unsupported one gets a message that helps.
        return INJECTABLE.contains(type)
                || type.getName().startsWith("org.neo4j.driver.")
                || (type.getName().startsWith("dev.testgraph.") && !type.isAnnotation());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        if (!INJECTABLE.contains(parameter.getType())) {
            throw new ParameterResolutionException("@Neo4jTest cannot inject parameter [" + parameter.getType().getName()
                    + " " + parameter.getName() + "] of " + parameterContext.getDeclaringExecutable()
                    + ". It injects " + supportedTypes() + ".");
        }
        return value(parameter.getType(), extensionContext, server(extensionContext));
    }

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        // constructor-injected sessions belong to the test that the instance is made for, and close after it
        return ExtensionContextScope.TEST_METHOD;
    }

    /**
     * Spring's annotations (by name: Spring is not on Testgraph's class path) mark parameters SpringExtension resolves,
     * with or without {@code testgraph-spring}; integrations found with the ServiceLoader know the rest.
     */
    private static boolean ownedByAnother(ParameterContext parameterContext, ExtensionContext context) {
        for (java.lang.annotation.Annotation annotation : parameterContext.getParameter().getAnnotations()) {
            if (SPRING_PARAMETER_ANNOTATIONS.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return integrations(context).stream()
                .anyMatch(integration -> integration.ownsParameter(parameterContext, context));
    }

    @SuppressWarnings("unchecked")
    private static List<TestFrameworkIntegration> integrations(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestFrameworkIntegration.class,
                type -> java.util.ServiceLoader.load(TestFrameworkIntegration.class).stream()
                        .map(java.util.ServiceLoader.Provider::get)
                        .toList(),
                List.class);
    }

    private static String supportedTypes() {
        return "org.neo4j.driver.Driver, org.neo4j.driver.Session, org.neo4j.driver.async.AsyncSession, "
                + "dev.testgraph.junit.Neo4jConnectionInfo and dev.testgraph.fixtures.LoadedGraph";
    }

    private static Object value(Class<?> type, ExtensionContext context, SharedServer server) {
        if (type == Driver.class) {
            return server.driver();
        }
        if (type == Neo4jConnectionInfo.class) {
            return server.details();
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (type == LoadedGraph.class) {
            LoadedGraph loaded = store.get(LOADED, LoadedGraph.class);
            if (loaded == null) {
                throw new ParameterResolutionException("@Neo4jTest cannot inject a LoadedGraph into "
                        + context.getDisplayName() + ": no @Fixture was loaded for it. Annotate the class or the"
                        + " test method with @Fixture(\"your-fixture.json\").");
            }
            return loaded;
        }
        InjectedSessions injected = store.getOrComputeIfAbsent(InjectedSessions.class, key -> new InjectedSessions(),
                InjectedSessions.class);
        if (type == Session.class) {
            Session session = server.driver().session();
            injected.add(session::close);
            return session;
        }
        AsyncSession session = server.driver().session(AsyncSession.class);
        injected.add(() -> session.closeAsync().toCompletableFuture().join());
        return session;
    }

    /** Injects fields that are {@code null} or hold something of a dead server ({@code stale}). */
    private static void injectFields(ExtensionContext context, Object instance, SharedServer server,
            Set<Object> stale) {
        Class<?> type = instance == null ? context.getRequiredTestClass() : instance.getClass();
        Predicate<Field> wanted = field -> INJECTABLE.contains(field.getType())
                && !ModifierSupport.isFinal(field)
                && (instance == null) == ModifierSupport.isStatic(field);
        for (Field field : ReflectionSupport.findFields(type, wanted, HierarchyTraversalMode.TOP_DOWN)) {
            try {
                field.setAccessible(true);
                Object value = field.get(instance);
                if (value == null || stale.contains(value)) {
                    field.set(instance, value(field.getType(), context, server));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException("@Neo4jTest cannot inject field " + field.getName()
                        + " of " + type.getName() + " (" + Modifier.toString(field.getModifiers()) + "): "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * JUnit 5.12 never closes what Testgraph keeps in its stores (servers, the checks after a test): only 5.13 closes
     * {@link AutoCloseable}s; a driver older than 5.26 fails in the middle of a test. Usually the launcher session
     * stopped the run already ({@link SupportedVersions}); this is for launchers without sessions.
     */
    static void requireSupportedVersions() {
        List<String> problems = SupportedVersions.problems(Neo4jExtension.class.getClassLoader());
        if (!problems.isEmpty()) {
            throw new ExtensionConfigurationException(String.join(" ", problems));
        }
    }

    /**
     * Copies the files the element's {@code @ImportFiles} name into the server's import directory; they are removed
     * when the class's or test's context closes (its store closes the {@link ImportedFiles}).
     */
    private static void importFiles(ExtensionContext context, java.lang.reflect.AnnotatedElement element, String where,
            SharedServer server) {
        java.util.Map<String, java.nio.file.Path> files =
                ImportedFiles.find(context.getRequiredTestClass(), element, where);
        if (files.isEmpty()) {
            return;
        }
        Providers.Choice choice = choice(context);
        dev.testgraph.junit.spi.ImportDirectory directory = server.importDirectory().orElseThrow(() ->
                new ExtensionConfigurationException("@ImportFiles on " + where + " asks for files for LOAD CSV, but its"
                        + " server comes from the " + choice.provider().name() + " backend, which cannot take files: "
                        + (choice.provider().ownsServers()
                                ? "its servers offer Testgraph no import directory (Neo4jServer.importDirectory())."
                                : "Testgraph did not start that server and cannot write to its import directory.")
                        + " Run the class on the embedded or Testcontainers backend (@Neo4jTest(backend ="
                        + " Backend.EMBEDDED), or -Dtestgraph.backend=embedded for the run), or copy the files into"
                        + " that server's import directory (its server.directories.import) yourself and remove"
                        + " @ImportFiles."));
        String fileUrls = configuration(context).key().settings().get(FILE_URLS);
        if (fileUrls != null && fileUrls.strip().equalsIgnoreCase("false")) {
            throw new ExtensionConfigurationException("@ImportFiles on " + where + " asks for files for LOAD CSV, but"
                    + " the class's settings say " + FILE_URLS + "=false, so LOAD CSV could not read them. Remove"
                    + " that setting (its default is true) or remove @ImportFiles.");
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ImportedFiles outer = store.get(ImportedFiles.class, ImportedFiles.class);
        store.put(ImportedFiles.class, ImportedFiles.copy(directory, files, outer, where));
    }

    private static boolean isNested(ExtensionContext context) {
        return context.getRequiredTestClass().getEnclosingClass() != null
                && !ModifierSupport.isStatic(context.getRequiredTestClass());
    }

    private static void refuseToWipeForeignServer(ExtensionContext context, TestConfiguration configuration) {
        Providers.Choice choice = choice(context);
        RunSettings run = runSettings(context);
        if (choice.provider() != null && !choice.provider().ownsServers() && !run.isTrue(RunSettings.ALLOW_WIPE)) {
            throw new ExtensionConfigurationException("Testgraph will not wipe the " + choice.provider().name()
                    + " Neo4j at " + run.get(RunSettings.URI).orElse("its address") + " for "
                    + context.getRequiredTestClass().getName()
                    + ": Testgraph did not start that server, and cleaning deletes every node and relationship"
                    + " in it. If it is a disposable test database, allow the wipe with"
                    + " -Dtestgraph.allowWipe=true or TESTGRAPH_ALLOW_WIPE=true; otherwise use"
                    + " @Neo4jTest(clean = CleanPolicy.NEVER).");
        }
    }

    /** @return the run-wide settings, read once per run */
    private static RunSettings runSettings(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunSettings.class, type -> {
            RunSettings run = RunSettings.current();
            run.passwordWarning().ifPresent(warning -> LOG.log(Level.WARNING, warning));
            return run;
        }, RunSettings.class);
    }

    private static TestConfiguration configuration(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        RunSettings run = runSettings(context);
        return classStore(context).getOrComputeIfAbsent(testClass, type -> TestConfiguration.of(type, run),
                TestConfiguration.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    private static ServerRequest request(ExtensionContext context, TestConfiguration configuration) {
        RunSettings run = runSettings(context);
        Map<String, String> environment = new java.util.HashMap<>(configuration.key().container());
        boolean tmpfs = environment.remove(ServerKey.TMPFS) != null;
        ServerKey key = configuration.key();
        return new ServerRequest(key.image(), key.settings(), key.procedures(), key.plugins(),
                context.getRequiredTestClass().getName(), run::get)
                .withProcedureDependencies(key.procedureDependencies())
                .withContainer(environment, key.labels(), tmpfs, key.customizer());
    }

    /**
     * @return the backend of the class's server: chosen once per run and key, when first needed
     * @throws ExtensionConfigurationException when the requested backend does not exist
     */
    private static Providers.Choice choice(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        Object choice = classStore(context).getOrComputeIfAbsent(new ChoiceOf(configuration.key()), key -> {
            try {
                return Providers.choose(configuration, request(context, configuration));
            } catch (RuntimeException e) {
                return new Failed(e);
            }
        });
        if (choice instanceof Failed failed) {
            throw failed.cause();
        }
        return (Providers.Choice) choice;
    }

    /** @return the shared server of the context's class; started on first use, kept for the whole run */
    private static SharedServer server(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        Providers.Choice choice = choice(context);
        if (choice.provider() == null) {
            String message = choice.unavailable();
            if (configuration.disabledWithoutDocker() && configuration.dockerRequired()) {
                message = "Docker is required for this run (testgraph.docker.required=true), so Testgraph fails"
                        + " instead of skipping. " + message;
            }
            throw new ExtensionConfigurationException(message);
        }
        String identity = configuration.key().resolvedBy(choice.provider().name());
        if (configuration.key().customizer() != null && !choice.provider().name().equals(Providers.TESTCONTAINERS)) {
            throw new ExtensionConfigurationException("@Neo4jTest on " + configuration.testClass() + " names the"
                    + " container customiser " + configuration.key().customizer().getName() + ", but its server comes"
                    + " from the " + choice.provider().name() + " backend, which has no container to customise. Run"
                    + " the class on containers (@Neo4jTest(backend = Backend.TESTCONTAINERS), or"
                    + " -Dtestgraph.backend=testcontainers for the run), or remove containerCustomizer.");
        }
        RunSettings run = runSettings(context);
        ServerRequest request = request(context, configuration);
        SharedServer server = classStore(context).getOrComputeIfAbsent(new ServerOf(identity), key -> new ServerSlot(
                        identity, () -> SharedServer.start(choice.provider(), request, identity,
                                run.isTrue(RunSettings.REUSE_UNCHANGED, true), run.timeout())), ServerSlot.class)
                .server();
        ServerDirectory.started(configuration.key(), server);
        return server;
    }

    /** @return the slot of the class's server, or null when none was made yet */
    private static ServerSlot existingSlot(ExtensionContext context) {
        Providers.Choice choice;
        try {
            choice = choice(context);
        } catch (RuntimeException e) {
            return null;
        }
        if (choice.provider() == null) {
            return null;
        }
        return classStore(context).get(new ServerOf(configuration(context).key().resolvedBy(choice.provider().name())),
                ServerSlot.class);
    }

    /** @return the class's server if it was started and still serves, without starting one */
    private static SharedServer existingServer(ExtensionContext context) {
        ServerSlot slot = existingSlot(context);
        SharedServer server = slot == null ? null : slot.current();
        return server == null || server.died() != null ? null : server;
    }

    /**
     * Where the server of one identity lives for the run: started on first use; a start that failed is remembered, so
     * that later classes on the same configuration do not wait for it again; a server that died is replaced by a fresh
     * one, once per run, after which Testgraph gives up on the configuration instead of restarting in a loop.
     */
    private static final class ServerSlot implements AutoCloseable {
        private final String identity;
        private final java.util.function.Supplier<SharedServer> starter;
        /** The drivers and connection details of servers that died: static fields holding them are injected again. */
        private final Set<Object> retired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private SharedServer current;
        private RuntimeException failed;
        private int restarts;

        ServerSlot(String identity, java.util.function.Supplier<SharedServer> starter) {
            this.identity = identity;
            this.starter = starter;
        }

        synchronized SharedServer current() {
            return current;
        }

        synchronized Set<Object> retired() {
            return Set.copyOf(retired);
        }

        synchronized SharedServer server() {
            if (failed != null) {
                throw new ExtensionConfigurationException("Testgraph could not start Neo4j (" + identity + "); every"
                        + " class on this configuration fails with the same cause: " + failed.getMessage(), failed);
            }
            if (current != null && current.died() != null) {
                if (restarts >= 1) {
                    throw new ExtensionConfigurationException("Neo4j (" + identity + ") stopped answering again after"
                            + " Testgraph replaced it once in this run, so Testgraph gives up on this configuration"
                            + " rather than restart it in a loop. The last server's end: " + current.died());
                }
                SharedServer dead = current;
                current = null;
                restarts++;
                retired.add(dead.driver());
                retired.add(dead.details());
                try {
                    dead.close();
                } catch (RuntimeException e) {
                    // it is dead already; what is left of it goes with the run
                }
                LOG.log(Level.INFO, () -> "Testgraph: starting a fresh Neo4j (" + identity + ") after the last one"
                        + " died: " + dead.died());
            }
            if (current == null) {
                try {
                    current = starter.get();
                } catch (RuntimeException e) {
                    failed = e;
                    return server();
                }
            }
            return current;
        }

        @Override
        public synchronized void close() {
            if (current != null) {
                current.close();
            }
        }
    }

    /**
     * The sessions Testgraph opened for one test (or one test instance), closed right after the test and, should
     * that be missed, when JUnit closes the test's store.
     */
    private static final class InjectedSessions implements AutoCloseable {
        private final List<AutoCloseable> sessions = new java.util.ArrayList<>();

        synchronized void add(AutoCloseable session) {
            sessions.add(session);
        }

        @Override
        public synchronized void close() {
            RuntimeException failure = null;
            for (AutoCloseable session : sessions) {
                try {
                    session.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("Testgraph could not close a session it injected: "
                                + e.getMessage(), e);
                    }
                }
            }
            sessions.clear();
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Keys the backend chosen for a requested configuration in the root store. */
    private record ChoiceOf(ServerKey key) {}

    /** Keys a running server in the root store by its identity: the provider's name, the image and the settings. */
    private record ServerOf(String identity) {}

    /** Remembers a failed choice, so that the next class on the same configuration gets the same answer at once. */
    private record Failed(RuntimeException cause) {}
}
