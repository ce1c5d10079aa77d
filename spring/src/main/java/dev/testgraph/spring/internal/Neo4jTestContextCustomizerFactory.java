package dev.testgraph.spring.internal;

import dev.testgraph.junit.internal.ServerDirectory;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every Spring test class annotated with {@code @Neo4jTest} a {@link Neo4jTestContextCustomizer}, registered in
 * {@code META-INF/spring.factories}. Not API.
 */
public final class Neo4jTestContextCustomizerFactory implements ContextCustomizerFactory {

    /** Called by Spring's {@code SpringFactoriesLoader}. */
    public Neo4jTestContextCustomizerFactory() {}

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return ServerDirectory.configuration(testClass)
                .map(configuration -> new Neo4jTestContextCustomizer(
                        configuration, ServerDirectory.running(configuration).orElse(null), testClass))
                .orElse(null);
    }
}
