package dev.testgraph.spring.internal;

import dev.testgraph.junit.spi.TestFrameworkIntegration;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Tells {@code @Neo4jTest} what {@link SpringExtension} owns in a Spring test class, whatever the order of the two
 * extensions: the parameters SpringExtension resolves (asked of SpringExtension itself: {@code @Autowired},
 * {@code @Value}, autowired constructors) and the test-managed transactions it rolls back after the test. Not API.
 */
public final class SpringTestFrameworkIntegration implements TestFrameworkIntegration {

    private final SpringExtension spring = new SpringExtension();

    /** Called by the {@link java.util.ServiceLoader}. */
    public SpringTestFrameworkIntegration() {}

    @Override
    public boolean ownsParameter(ParameterContext parameter, ExtensionContext context) {
        return isSpringTest(context) && spring.supportsParameter(parameter, context);
    }

    @Override
    public boolean endsTransactionsAfterEach(ExtensionContext context) {
        return isSpringTest(context);
    }

    private static boolean isSpringTest(ExtensionContext context) {
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            boolean spring = AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                    .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                    .anyMatch(SpringExtension.class::equals);
            if (spring) {
                return true;
            }
        }
        return false;
    }
}
