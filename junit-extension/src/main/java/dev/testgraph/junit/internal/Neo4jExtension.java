package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Neo4jConnectionDetails;
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

    /** Called by JUnit. */
    public Neo4jExtension() {}

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestClass().isEmpty() || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided per class");
        }
        TestConfiguration configuration;
        try {
            configuration = configuration(context);
        } catch (RuntimeException e) {
            // reported by beforeAll, as the class's own failure rather than a failed condition
            return ConditionEvaluationResult.enabled("misconfigured: " + e.getMessage());
        }
        if (configuration.skipped()) {
            return ConditionEvaluationResult.disabled(configuration.unavailable());
        }
        return ConditionEvaluationResult.enabled("Neo4j backend: "
                + (configuration.key() == null ? "unavailable" : configuration.key().backend()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        if (configuration.clean() != CleanPolicy.NEVER && configuration.key() != null) {
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
        if (configuration.key().backend() == Backend.EXTERNAL && !RunSettings.isTrue(RunSettings.ALLOW_WIPE)) {
            throw new ExtensionConfigurationException("Testgraph will not wipe the external Neo4j at "
                    + configuration.key().externalUri() + " for " + context.getRequiredTestClass().getName()
                    + ": Testgraph did not start that server, and cleaning deletes every node and relationship"
                    + " in it. If it is a disposable test database, allow the wipe with"
                    + " -Dtestgraph.allowWipe=true or TESTGRAPH_ALLOW_WIPE=true; otherwise use"
                    + " @Neo4jTest(clean = CleanPolicy.NEVER).");
        }
    }

    private static TestConfiguration configuration(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        return classStore(context).getOrComputeIfAbsent(testClass, TestConfiguration::of, TestConfiguration.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /** @return the shared server of the context's class; started on first use, kept for the whole run */
    private static SharedServer server(ExtensionContext context) {
        TestConfiguration configuration = configuration(context);
        if (configuration.key() == null) {
            String message = configuration.unavailable();
            if (configuration.dockerRequired()) {
                message = "Docker is required for this run (testgraph.docker.required=true), so Testgraph fails"
                        + " instead of skipping. " + message;
            }
            throw new ExtensionConfigurationException(message);
        }
        ServerKey key = configuration.key();
        Object entry = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> {
            try {
                return SharedServer.start(k, context.getRequiredTestClass().getName());
            } catch (RuntimeException e) {
                return new FailedStart(e);
            }
        });
        if (entry instanceof FailedStart failed) {
            throw new ExtensionConfigurationException("Testgraph could not start Neo4j (" + key + "); every class on"
                    + " this configuration fails with the same cause: " + failed.cause().getMessage(), failed.cause());
        }
        return (SharedServer) entry;
    }

    /** Remembers a failed start, so that the next class on the same configuration does not wait for it again. */
    private record FailedStart(RuntimeException cause) {}
}
