package dev.testgraph.junit.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * One exclusive lock per shared server: tests on the same server run one after the other under JUnit's parallel
 * execution, classes on different servers run in parallel. Used by {@code @Neo4jTest}; not API.
 */
public final class Neo4jResourceLocks implements ResourceLocksProvider {

    /** Taken by every class whose server could not be determined, so such classes never run side by side. */
    static final String UNRESOLVED = "dev.testgraph.neo4j:unresolved";

    /** Called by JUnit. */
    public Neo4jResourceLocks() {}

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return Set.of(new Lock(lockName(testClass), ResourceAccessMode.READ_WRITE));
    }

    @Override
    public Set<Lock> provideForNestedClass(List<Class<?>> enclosingClasses, Class<?> testClass) {
        return provideForClass(testClass);
    }

    @Override
    public Set<Lock> provideForMethod(List<Class<?>> enclosingClasses, Class<?> testClass, Method testMethod) {
        return Set.of();
    }

    static String lockName(Class<?> testClass) {
        try {
            // pure: the requested configuration names the lock, nothing is probed or started
            return TestConfiguration.of(testClass, RunSettings.current()).key().lockName();
        } catch (RuntimeException e) {
            // the extension reports the misconfiguration when the class runs
            return UNRESOLVED;
        }
    }
}
