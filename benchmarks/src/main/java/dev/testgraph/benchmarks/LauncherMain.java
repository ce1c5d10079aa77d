package dev.testgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The forked JVM of one measured run: runs the given test classes through the JUnit Platform Launcher, the way
 * a build tool does, and writes what happened (per-test start and end, outcome, failures, {@link Probe} values)
 * as JSON.
 *
 * <p>Arguments: the result file, then the test class names.
 */
public final class LauncherMain {

    private LauncherMain() {}

    public static void main(String[] args) throws Exception {
        long mainStart = System.currentTimeMillis();
        Path resultFile = Path.of(args[0]);
        List<String> classes = List.of(args).subList(1, args.length);
        Recorder recorder = new Recorder();
        TestgraphLog log = TestgraphLog.install();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList())
                .configurationParameter("junit.jupiter.testclass.order.default",
                        "org.junit.jupiter.api.ClassOrderer$ClassName")
                .configurationParameter("junit.jupiter.testmethod.order.default",
                        "org.junit.jupiter.api.MethodOrderer$MethodName")
                .listeners(recorder)
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, recorder);
        long end = System.currentTimeMillis();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("jvmStartMs", ManagementFactory.getRuntimeMXBean().getStartTime());
        result.put("mainStartMs", mainStart);
        result.put("discoveryFinishedMs", recorder.discoveryFinishedMs);
        result.put("planStartedMs", recorder.planStartedMs);
        result.put("firstTestStartMs", recorder.firstTestStartMs);
        result.put("firstTestCpuMs", recorder.firstTestCpuMs);
        result.put("log", log.records());
        result.put("endMs", end);
        result.put("tests", recorder.tests);
        result.put("failures", recorder.failures);
        result.put("probe", Probe.values());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(resultFile.toFile(), result);
        // servers and container clients may hold non-daemon threads; the run is over
        System.exit(0);
    }

    /**
     * Records each test's start and end; keeps every failure, of tests and of containers (classes); notes when
     * discovery finished, when the plan started and the process CPU time at the first test (start-up scenario).
     */
    private static final class Recorder implements TestExecutionListener, LauncherDiscoveryListener {
        volatile long discoveryFinishedMs = -1;
        volatile long planStartedMs = -1;
        volatile long firstTestStartMs = -1;
        volatile long firstTestCpuMs = -1;
        final Map<String, Long> started = new ConcurrentHashMap<>();
        final Map<String, List<String>> reports = new ConcurrentHashMap<>();
        final List<Map<String, Object>> tests = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        @Override
        public void launcherDiscoveryFinished(LauncherDiscoveryRequest request) {
            discoveryFinishedMs = System.currentTimeMillis();
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            planStartedMs = System.currentTimeMillis();
        }

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (identifier.isTest()) {
                if (firstTestStartMs < 0) {
                    firstTestStartMs = System.currentTimeMillis();
                    firstTestCpuMs = processCpuMillis();
                }
                started.put(identifier.getUniqueId(), System.nanoTime());
            }
        }

        /** Keeps each test's report entries (key: value), e.g. Testgraph's "testgraph: reused fixture state". */
        @Override
        public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
            entry.getKeyValuePairs().forEach((key, value) -> reports
                    .computeIfAbsent(identifier.getUniqueId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(key + ": " + value));
        }

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
            failures.add("skipped " + identifier.getDisplayName() + ": " + reason);
        }

        @Override
        public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            long now = System.nanoTime();
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                StringWriter trace = new StringWriter();
                result.getThrowable().ifPresent(t -> t.printStackTrace(new PrintWriter(trace)));
                String text = trace.toString();
                failures.add(identifier.getUniqueId() + " " + result.getStatus() + ": "
                        + text.substring(0, Math.min(text.length(), 4000)));
            }
            if (identifier.isTest()) {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("id", identifier.getUniqueId());
                test.put("startNanos", started.get(identifier.getUniqueId()));
                test.put("endNanos", now);
                test.put("status", result.getStatus().name());
                test.put("reports", reports.getOrDefault(identifier.getUniqueId(), List.of()));
                tests.add(test);
            }
        }
    }

    /** @return the CPU time this process used so far, all threads, in milliseconds; -1 when the JVM cannot tell */
    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    /**
     * Testgraph's log records ({@code System.Logger "dev.testgraph"}, through java.util.logging) with the time each was
     * written, every level: the start-up scenario reads the server's start, connection and container lines from them.
     */
    private static final class TestgraphLog extends java.util.logging.Handler {
        private final List<Map<String, Object>> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** Held: java.util.logging keeps loggers only weakly. */
        private static java.util.logging.Logger logger;

        static TestgraphLog install() {
            TestgraphLog handler = new TestgraphLog();
            logger = java.util.logging.Logger.getLogger("dev.testgraph");
            logger.setLevel(java.util.logging.Level.ALL);
            logger.addHandler(handler);
            return handler;
        }

        List<Map<String, Object>> records() {
            return records;
        }

        @Override
        public void publish(java.util.logging.LogRecord record) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ms", record.getMillis());
            entry.put("level", record.getLevel().getName());
            entry.put("message", record.getMessage());
            records.add(entry);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
