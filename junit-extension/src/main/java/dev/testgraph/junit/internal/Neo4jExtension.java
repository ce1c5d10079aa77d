package dev.testgraph.junit.internal;

import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Neo4jConnectionDetails;
import dev.testgraph.junit.spi.ServerRequest;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
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
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Neo4jExtension.class);
    private static final List<Class<?>> INJECTABLE = List.of(
            Driver.class, Session.class, AsyncSession.class, Neo4jConnectionDetails.class, LoadedGraph.class);
    private static final String CLASS_FIXTURES = "class fixtures";
    private static final String LOADED = "loaded fixtures";
    private static final System.Logger LOG = System.getLogger("dev.testgraph");

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
                // nothing to decide before the class runs: the backend is chosen when the server is first needed
                return ConditionEvaluationResult.enabled("Neo4j backend: " + configuration.key().backend());
            }
            choice = choice(context);
        } catch (RuntimeException e) {
            // reported by beforeAll, as the class's own failure rather than a failed condition
            return ConditionEvaluationResult.enabled("misconfigured: " + e.getMessage());
        }
        return choice.provider() == null
                ? ConditionEvaluationResult.disabled(choice.unavailable())
                : ConditionEvaluationResult.enabled("Neo4j backend: " + choice.provider().name());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        if (configuration.clean() != CleanPolicy.NEVER) {
            refuseToWipeForeignServer(context, configuration);
        }
        // read (and so check) every class-level fixture before the first test: a broken one fails the class
        FixtureLayers everyClassFixture = FixtureLayers.ofClassAndEnclosing(context.getRequiredTestClass());
        SharedServer server = server(context);
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
        injectFields(context, null, server);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        SharedServer server = server(context);
        FixtureLayers methodFixtures =
                FixtureLayers.ofMethod(context.getRequiredTestClass(), context.getRequiredTestMethod());
        LoadedGraph loaded;
        if (configuration.clean() == CleanPolicy.BEFORE_EACH) {
            FixtureLayers fixtures = context.getStore(NAMESPACE).get(CLASS_FIXTURES, FixtureLayers.class)
                    .then(methodFixtures);
            SharedServer.Reset reset = server.reset(fixtures, configuration.keepSchema());
            context.publishReportEntry("testgraph", reset.report());
            LOG.log(Level.DEBUG, () -> "Testgraph: " + context.getRequiredTestClass().getName() + "#"
                    + context.getRequiredTestMethod().getName() + ": " + reset.report());
            loaded = reset.loaded();
        } else {
            loaded = methodFixtures.load(server.driver(), context.getStore(NAMESPACE).get(LOADED, LoadedGraph.class));
        }
        if (loaded != null) {
            context.getStore(NAMESPACE).put(LOADED, loaded);
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(context, instance, server);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
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

    private static String supportedTypes() {
        return "org.neo4j.driver.Driver, org.neo4j.driver.Session, org.neo4j.driver.async.AsyncSession, "
                + "dev.testgraph.junit.Neo4jConnectionDetails and dev.testgraph.fixtures.LoadedGraph";
    }

    private static Object value(Class<?> type, ExtensionContext context, SharedServer server) {
        if (type == Driver.class) {
            return server.driver();
        }
        if (type == Neo4jConnectionDetails.class) {
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
        if (type == Session.class) {
            Session session = server.driver().session();
            store.put(new Object(), (AutoCloseable) session::close);
            return session;
        }
        AsyncSession session = server.driver().session(AsyncSession.class);
        store.put(new Object(), (AutoCloseable) () -> session.closeAsync().toCompletableFuture().join());
        return session;
    }

    private static void injectFields(ExtensionContext context, Object instance, SharedServer server) {
        Class<?> type = instance == null ? context.getRequiredTestClass() : instance.getClass();
        Predicate<Field> wanted = field -> INJECTABLE.contains(field.getType())
                && !ModifierSupport.isFinal(field)
                && (instance == null) == ModifierSupport.isStatic(field);
        for (Field field : ReflectionSupport.findFields(type, wanted, HierarchyTraversalMode.TOP_DOWN)) {
            try {
                field.setAccessible(true);
                if (field.get(instance) == null) {
                    field.set(instance, value(field.getType(), context, server));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException("@Neo4jTest cannot inject field " + field.getName()
                        + " of " + type.getName() + " (" + Modifier.toString(field.getModifiers()) + "): "
                        + e.getMessage(), e);
            }
        }
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
        return new ServerRequest(configuration.key().image(), configuration.key().settings(),
                context.getRequiredTestClass().getName(), run::get);
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
        RunSettings run = runSettings(context);
        Object entry = classStore(context).getOrComputeIfAbsent(new ServerOf(identity), key -> {
            try {
                return SharedServer.start(choice.provider(), request(context, configuration), identity,
                        run.isTrue(RunSettings.REUSE_UNCHANGED, true));
            } catch (RuntimeException e) {
                return new Failed(e);
            }
        });
        if (entry instanceof Failed failed) {
            throw new ExtensionConfigurationException("Testgraph could not start Neo4j (" + identity + "); every class"
                    + " on this configuration fails with the same cause: " + failed.cause().getMessage(),
                    failed.cause());
        }
        return (SharedServer) entry;
    }

    /** Keys the backend chosen for a requested configuration in the root store. */
    private record ChoiceOf(ServerKey key) {}

    /** Keys a running server in the root store by its identity: the provider's name, the image and the settings. */
    private record ServerOf(String identity) {}

    /**
     * Remembers a failed choice or start, so that the next class on the same configuration does not wait for it
     * again.
     */
    private record Failed(RuntimeException cause) {}
}
