package dev.testgraph.junit.internal;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.Neo4jTest;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Registered by {@link Fixture} and {@link ImportFiles}: fails a class or test that has them but no
 * {@link Neo4jTest} on its class (or an enclosing class), where they would otherwise do nothing at all: no server
 * starts, nothing is loaded or copied, and the test runs against whatever its own code connects to. Not API.
 */
public final class RequiresNeo4jTest implements BeforeAllCallback, BeforeEachCallback {

    private static final List<Class<? extends Annotation>> NEEDING = List.of(Fixture.class, Fixture.List.class,
            ImportFiles.class, ImportFiles.List.class);

    /** Called by JUnit. */
    public RequiresNeo4jTest() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        check(context.getRequiredTestClass(), context.getRequiredTestClass(), context.getRequiredTestClass().getName());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        check(context.getRequiredTestMethod(), context.getRequiredTestClass(),
                context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName());
    }

    private static void check(AnnotatedElement annotated, Class<?> testClass, String where) {
        if (TestConfiguration.find(testClass).isPresent()) {
            return;
        }
        for (Class<? extends Annotation> type : NEEDING) {
            if (AnnotationSupport.isAnnotated(annotated, type)) {
                String name = type.getEnclosingClass() != null ? type.getEnclosingClass().getSimpleName()
                        : type.getSimpleName();
                throw new ExtensionConfigurationException("@" + name + " on " + where + " does nothing without"
                        + " @Neo4jTest: no server is started, nothing is loaded into one. Add @Neo4jTest to "
                        + testClass.getName() + " (or to a class it is nested in).");
            }
        }
    }
}
