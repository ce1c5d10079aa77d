package dev.testgraph.integration;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs test classes through JUnit Jupiter the way a user's build would, and lets the classes it runs leave values
 * behind for the outer test to check.
 */
final class Kit {

    /** Values recorded by the classes a test runs; cleared before each run. */
    static final Map<String, List<Object>> RECORDED = new ConcurrentHashMap<>();

    private Kit() {}

    static EngineExecutionResults run(Class<?>... classes) {
        return run(Map.of(), classes);
    }

    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... classes) {
        RECORDED.clear();
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(configuration)
                .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute();
    }

    /** @return the failures of the classes a run ran (for assertion descriptions: why no test started) */
    static String classFailures(EngineExecutionResults results) {
        return failures(results.containerEvents());
    }

    /** @return the failures of the tests a run ran (for assertion descriptions) */
    static String testFailures(EngineExecutionResults results) {
        return failures(results.testEvents());
    }

    private static String failures(org.junit.platform.testkit.engine.Events events) {
        return events.failed().stream()
                .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(
                        org.junit.platform.engine.TestExecutionResult.class).flatMap(
                                org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .map(Throwable::toString).orElse("?"))
                .toList().toString();
    }

    static void record(String name, Object value) {
        RECORDED.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(value);
    }

    static List<Object> recorded(String name) {
        return RECORDED.getOrDefault(name, List.of());
    }

    static long count(org.neo4j.driver.Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
    }
}
