package dev.testgraph.junit.spi;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * What another test framework running in the same test class (Spring's {@code SpringExtension}) owns, so that
 * {@code @Neo4jTest} leaves it alone whatever the order of the extensions. Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.testgraph.junit.spi.TestFrameworkIntegration}); {@code testgraph-spring} has one.
 *
 * <pre>{@code
 * public final class MyFrameworkIntegration implements TestFrameworkIntegration {
 *     public boolean ownsParameter(ParameterContext parameter, ExtensionContext context) {
 *         return parameter.isAnnotated(Inject.class);
 *     }
 * }
 * }</pre>
 */
public interface TestFrameworkIntegration {

    /**
     * @param parameter a parameter of a test method, lifecycle method or constructor
     * @param context the extension context of the parameter's test
     * @return whether the framework resolves the parameter itself: Testgraph then does not claim it, which would make
     *     JUnit fail with "competing ParameterResolvers"
     */
    boolean ownsParameter(ParameterContext parameter, ExtensionContext context);

    /**
     * @param context the extension context of a test
     * @return whether the framework ends transactions of the test after Testgraph's {@code afterEach} may have run
     *     (a transaction it rolls back after the test): Testgraph then looks for transactions the test left open only
     *     when the test's extension context closes, after every extension's {@code afterEach}
     */
    default boolean endsTransactionsAfterEach(ExtensionContext context) {
        return false;
    }
}
