package dev.testgraph.spring.internal;

import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.internal.ServerDirectory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Adds a Spring Boot {@code Neo4jConnectionDetails} bean that points at the Testgraph server of the test class's
 * configuration. Equal for classes with the same server configuration on the same running server, so Spring's
 * context cache keeps one application context per Testgraph server; a server that replaced another (a test kit's run,
 * a restart after the server died) is another context, whose driver reaches it. Not API.
 *
 * <p>{@code @Neo4jTest} starts the server when JUnit evaluates the class's conditions, before any extension's
 * {@code beforeAll}, so the server is known when Spring makes this customizer. Should it not be (a context built
 * outside the class's callbacks), the details are looked up when Boot asks, while the context is built.
 *
 * <p>Boot 3.5 and 4.0 name the interface differently, so the bean is a proxy of whichever Boot has. With
 * authentication off (the embedded server) the auth token says "none", so credentials in {@code application.yml}
 * are not used.
 */
final class Neo4jTestContextCustomizer implements ContextCustomizer {

    /** The bean's name in the application context. */
    static final String BEAN_NAME = "testgraphNeo4jConnectionDetails";
    /** Boot 4.0's name first, then Boot 3.5's. */
    static final List<String> CONNECTION_DETAILS_TYPES = List.of(
            "org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails",
            "org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails");

    private final Object configuration;
    /** The server running when the customizer was made; null when none was. */
    private final Neo4jConnectionInfo server;
    /** The first class with this configuration, for messages; not part of equality. */
    private final Class<?> testClass;

    Neo4jTestContextCustomizer(Object configuration, Neo4jConnectionInfo server, Class<?> testClass) {
        this.configuration = configuration;
        this.server = server;
        this.testClass = testClass;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ClassLoader classLoader = context.getClassLoader();
        Class<?> type = null;
        for (String name : CONNECTION_DETAILS_TYPES) {
            if (ClassUtils.isPresent(name, classLoader)) {
                type = ClassUtils.resolveClassName(name, classLoader);
                break;
            }
        }
        if (type == null) {
            // no Spring Boot Neo4j auto-configuration: the application builds its driver itself
            return;
        }
        Object details = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new ConnectionDetailsHandler(configuration, server, testClass));
        context.getBeanFactory().registerSingleton(BEAN_NAME, details);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Neo4jTestContextCustomizer customizer && configuration.equals(customizer.configuration)
                && Objects.equals(server, customizer.server);
    }

    @Override
    public int hashCode() {
        return Objects.hash(configuration, server);
    }

    @Override
    public String toString() {
        return "Testgraph Neo4j " + configuration + (server == null ? "" : " at " + server.boltUri());
    }

    /** Answers Boot's questions with the running server's details. */
    private record ConnectionDetailsHandler(Object configuration, Neo4jConnectionInfo server, Class<?> testClass)
            implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getUri":
                    return details().boltUri();
                case "getAuthToken":
                    // explicitly none with authentication off: Boot would otherwise fall back to its properties
                    return details().authToken();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Testgraph " + details();
                default:
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException("The Neo4jConnectionDetails bean of Testgraph does not answer "
                            + method + "; please report it with your Spring Boot version.");
            }
        }

        private Neo4jConnectionInfo details() {
            if (server != null) {
                return server;
            }
            return ServerDirectory.running(configuration).orElseThrow(() -> new IllegalStateException("Testgraph has"
                    + " no running Neo4j for " + testClass.getName() + " (" + configuration + "). @Neo4jTest starts it"
                    + " before the class's tests and lifecycle methods: build the application context there, not in"
                    + " a static initializer or another class."));
        }
    }
}
