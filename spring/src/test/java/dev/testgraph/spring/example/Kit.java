package dev.testgraph.spring.example;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs test classes through JUnit Jupiter as a build would, and keeps what they record for the outer test. */
final class Kit {

    private static final Map<String, List<Object>> RECORDED = new ConcurrentHashMap<>();

    private Kit() {}

    static EngineExecutionResults run(Class<?>... classes) {
        RECORDED.clear();
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes).map(type -> selectClass(type)).toArray(DiscoverySelector[]::new))
                .execute();
    }

    /** @return the failures of a run's classes and tests, for assertion descriptions */
    static String failures(EngineExecutionResults results) {
        return failures(results.allEvents());
    }

    private static String failures(Events events) {
        return events.failed().stream()
                .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(
                        TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString).orElse("?"))
                .toList().toString();
    }

    /** @return Testgraph's report of each test of the class (reused or reset, and why), in the order they ran */
    static List<String> resets(EngineExecutionResults results, Class<?> testClass) {
        return results.allEvents().reportingEntryPublished()
                .filter(event -> event.getTestDescriptor().getUniqueId().toString().contains(testClass.getName()))
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .filter(java.util.Objects::nonNull)
                .map(report -> report.startsWith("reset: ") && report.contains("transactions since load")
                        ? "reset: transactions since load"
                        : report)
                .toList();
    }

    static void record(String name, Object value) {
        RECORDED.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(value);
    }

    static List<Object> recorded(String name) {
        return RECORDED.getOrDefault(name, List.of());
    }
}
