package dev.testgraph.spring.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import dev.testgraph.spring.example.MovieRepository;
import dev.testgraph.spring.example.MoviesApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * BENCHMARKS.md, "Spring Boot": 20 {@code @SpringBootTest} classes of the same 5 repository tests, run three ways in
 * separate JUnit launches, each starting its database(s) cold:
 * <ul>
 *   <li>Testgraph: {@code @Neo4jTest} and {@code @Fixture}, one server and one application context for the run, the
 *       fixture reused by tests that changed nothing;
 *   <li>the shared container, what careful Boot teams write and Spring Initializr generates: one
 *       {@code @TestConfiguration} with a {@code @Bean @ServiceConnection Neo4jContainer} imported by every class, so
 *       Spring's context cache gives all 20 classes one context and one container, and a {@code DETACH DELETE} plus
 *       the fixture's {@code CREATE} before each test;
 *   <li>a container per class, Boot's {@code @Container @ServiceConnection static Neo4jContainer} field: a container
 *       and an application context per class, the same clean and load before each test (skipped with
 *       {@code -Dbench.perClass=false}; it takes minutes).
 * </ul>
 * Each run is a JVM of its own, started as a build's test run starts, so each pays its class loading and its
 * database's start and none inherits a warm JIT, Spring's context cache or a server. Testgraph and the shared container
 * run twice, in the order shared, Testgraph, Testgraph, shared, so that drift in the machine's load favours neither;
 * the container per class runs once, last. Each way reports the suite's time, the time to its first test, per-test
 * p50 and p95 (JUnit's started to finished: {@code @BeforeEach} and the test; context loads and container starts fall
 * between tests), the application contexts and containers it started, as a Markdown table on stdout and in
 * {@code target/spring-benchmark.md}, with every run's log beside it. Not part of the build: run it with
 * {@code ./mvnw -B verify -pl spring -am -Dtest=ServiceConnectionComparisonBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtestgraph.spring.backend=testcontainers} and Docker's environment.
 */
class ServiceConnectionComparisonBenchmark {

    static final String IMAGE = "neo4j:5.26-community";
    static final String FIXTURE = "CREATE (matrix:Movie {title: 'The Matrix', released: 1999}), "
            + "(reloaded:Movie {title: 'The Matrix Reloaded', released: 2003}), "
            + "(keanu:Person {name: 'Keanu Reeves', born: 1964}), (carrie:Person {name: 'Carrie-Anne Moss', born: 1967}), "
            + "(laurence:Person {name: 'Laurence Fishburne', born: 1961}), "
            + "(keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix), (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix), "
            + "(laurence)-[:ACTED_IN {roles: ['Morpheus']}]->(matrix), (keanu)-[:ACTED_IN {roles: ['Neo']}]->(reloaded)";

    /** The application contexts the tests of the current launch ran in. */
    static final Set<ApplicationContext> CONTEXTS = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    /** The ways, by the prefix of their classes' names. */
    enum Way {
        TESTGRAPH("Testgraph", "Testgraph: `@Neo4jTest` + `@Fixture`, " + System.getProperty("testgraph.backend")
                + " backend"),
        SHARED("SharedContainer", "one `@Bean @ServiceConnection` container via the context cache"),
        PER_CLASS("ContainerPerClass", "`@Container @ServiceConnection` static field, a container per class");

        final String prefix;
        final String description;

        Way(String prefix, String description) {
            this.prefix = prefix;
            this.description = description;
        }
    }

    /** One launch of one way's 20 classes, in a JVM of its own. */
    record Run(int order, Way way, Duration suite, Duration firstTest, Duration firstTestFromJava, Duration p50,
            Duration p95, long passed, long failed, int contexts, int containersStarted, String loadBefore,
            String loadAfter) {}

    @Test
    void testgraph_against_service_connection() throws IOException, InterruptedException {
        boolean perClass = Boolean.parseBoolean(System.getProperty("bench.perClass", "true"));
        String loadAtStart = loadAverage();
        List<Way> order = new ArrayList<>(List.of(Way.SHARED, Way.TESTGRAPH, Way.TESTGRAPH, Way.SHARED));
        if (perClass) {
            order.add(Way.PER_CLASS);
        }
        List<Run> runs = new ArrayList<>();
        for (Way way : order) {
            Run run = launch(runs.size() + 1, way);
            runs.add(run);
            System.out.println("Spring benchmark run: " + run);
        }
        String table = table(runs, loadAtStart, loadAverage());
        System.out.println(table);
        Files.writeString(target().resolve("spring-benchmark.md"), table);

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.passed()).as("tests passed in run %s", run).isEqualTo(100);
            // the cache must give each way's classes one context, or the way measured is not the one named
            if (run.way() != Way.PER_CLASS) {
                assertThat(run.contexts()).as("application contexts in run %s", run).isEqualTo(1);
            }
            if (run.way() == Way.SHARED) {
                assertThat(run.containersStarted()).as("containers started in run %s", run).isEqualTo(1);
            }
        });
    }

    /**
     * Runs one way in a fresh JVM, as a build's test run starts: each run pays its own class loading, Spring's and
     * Testcontainers' start-up and its database's start, and none inherits a warm JIT, a context cache or a server
     * from the run before (in one JVM the first run took 52 s, the same way 22 s when it ran again later).
     */
    private static Run launch(int order, Way way) throws IOException, InterruptedException {
        Path results = target().resolve("spring-benchmark-" + order + ".result");
        Path log = target().resolve("spring-benchmark-" + order + "-" + way.prefix + ".log");
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"))));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("testgraph.") || name.startsWith("bench."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of(OneLaunch.class.getName(), way.name(), results.toString()));
        String loadBefore = loadAverage();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).as("run %d (%s) within 30 minutes; its log: %s", order,
                way, log).isTrue();
        String loadAfter = loadAverage();
        assertThat(results).as("the figures of run %d (%s); its log: %s", order, way, log).exists();
        String[] figures = Files.readString(results).trim().split(" ");
        long containers;
        try (Stream<String> lines = Files.lines(log)) {
            containers = lines.filter(line -> line.contains("Creating container for image")).count();
        }
        return new Run(order, way, Duration.ofNanos(Long.parseLong(figures[0])),
                Duration.ofNanos(Long.parseLong(figures[1])), Duration.ofNanos(Long.parseLong(figures[2])),
                Duration.ofNanos(Long.parseLong(figures[3])), Duration.ofNanos(Long.parseLong(figures[4])),
                Long.parseLong(figures[5]), Long.parseLong(figures[6]), Integer.parseInt(figures[7]),
                (int) containers, loadBefore, loadAfter);
    }

    private static Path target() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target"));
    }

    /** A launch of one way's classes in the JVM {@link #launch} starts; writes its figures to the file named. */
    static final class OneLaunch {
        private OneLaunch() {}

        public static void main(String[] args) throws IOException {
            Way way = Way.valueOf(args[0]);
            DiscoverySelector[] selectors = Arrays.stream(
                            ServiceConnectionComparisonBenchmark.class.getDeclaredClasses())
                    .filter(type -> type.getSimpleName().startsWith(way.prefix))
                    .map(type -> selectClass(type))
                    .toArray(DiscoverySelector[]::new);
            if (selectors.length != 20) {
                throw new IllegalStateException(way + " has " + selectors.length + " classes, not 20");
            }
            Instant start = Instant.now();
            // classes in name order: the last shared-container class closes the context (and so its container) in
            // the run, as Testgraph's server and the per-class containers are stopped in theirs
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter(ClassOrderer.DEFAULT_ORDER_PROPERTY_NAME,
                            ClassOrderer.ClassName.class.getName())
                    .selectors(selectors)
                    .execute();
            Instant end = Instant.now();
            Map<Object, Instant> started = new HashMap<>();
            List<Long> testNanos = new ArrayList<>();
            Instant firstTest = null;
            for (Event event : results.allEvents().list()) {
                if (!event.getTestDescriptor().isTest()) {
                    continue;
                }
                if (event.getType() == EventType.STARTED) {
                    started.put(event.getTestDescriptor().getUniqueId(), event.getTimestamp());
                    firstTest = firstTest == null ? event.getTimestamp() : firstTest;
                } else if (event.getType() == EventType.FINISHED) {
                    Instant from = started.get(event.getTestDescriptor().getUniqueId());
                    testNanos.add(Duration.between(from, event.getTimestamp()).toNanos());
                }
            }
            Collections.sort(testNanos);
            results.allEvents().failed().stream().limit(5).forEach(event -> System.out.println("Failed: "
                    + event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(TestExecutionResult.class)
                    .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse("?")));
            Instant java = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
            Files.writeString(Path.of(args[1]), String.join(" ", List.of(
                    String.valueOf(Duration.between(start, end).toNanos()),
                    String.valueOf(firstTest == null ? 0 : Duration.between(start, firstTest).toNanos()),
                    String.valueOf(firstTest == null ? 0 : Duration.between(java, firstTest).toNanos()),
                    String.valueOf(percentile(testNanos, 50)), String.valueOf(percentile(testNanos, 95)),
                    String.valueOf(results.testEvents().succeeded().count()),
                    String.valueOf(results.allEvents().failed().count()), String.valueOf(CONTEXTS.size()))));
            // the driver's and Testcontainers' threads would keep the JVM alive
            System.exit(0);
        }
    }

    /** @return the nearest-rank percentile of sorted values; 0 for none */
    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static String table(List<Run> runs, String loadAtStart, String loadAtEnd) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Spring benchmark, %s (UTC), Spring Boot %s, image `%s`, 20 classes x 5"
                        + " tests, each run in a fresh JVM; load average (/proc/loadavg: 1, 5, 15 min) before: %s,"
                        + " after: %s%n%n", LocalDate.now(ZoneOffset.UTC), SpringBootVersion.getVersion(), IMAGE,
                loadAtStart, loadAtEnd));
        out.append("| way | runs | suite | first test | per test p50 | p95 | tests passed | contexts, containers"
                + " | Testgraph faster by (suite, first test) |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Duration testgraphSuite = median(runs, Way.TESTGRAPH, Run::suite);
        Duration testgraphFirst = median(runs, Way.TESTGRAPH, Run::firstTest);
        for (Way way : Way.values()) {
            List<Run> ofWay = runs.stream().filter(run -> run.way() == way).toList();
            if (ofWay.isEmpty()) {
                out.append("| ").append(way.description)
                        .append(" | 0 | not run (-Dbench.perClass=false) | | | | | | |\n");
                continue;
            }
            Duration suite = median(runs, way, Run::suite);
            Duration first = median(runs, way, Run::firstTest);
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", way.description,
                    ofWay.size(), seconds(suite), seconds(first), millis(median(runs, way, Run::p50)),
                    millis(median(runs, way, Run::p95)), each(ofWay, run -> String.valueOf(run.passed())),
                    each(ofWay, run -> run.contexts() + ", " + run.containersStarted()),
                    way == Way.TESTGRAPH ? "-" : String.format(Locale.ROOT, "**%.1fx**, %.1fx",
                            ratio(suite, testgraphSuite), ratio(first, testgraphFirst))));
        }
        out.append("\nMedians over each way's runs (of two, their mean); contexts and containers per run. Every run, in"
                + " the order they ran (first test from `java`: from the JVM's start):\n\n");
        out.append("| # | way | suite | first test | from `java` | per test p50 | p95 | tests passed | contexts"
                + " | containers | load before, after |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Run run : runs) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %d | %d | %d | %s, %s |%n",
                    run.order(), run.way().prefix, seconds(run.suite()), seconds(run.firstTest()),
                    seconds(run.firstTestFromJava()), millis(run.p50()), millis(run.p95()), run.passed(),
                    run.contexts(), run.containersStarted(), firstField(run.loadBefore()),
                    firstField(run.loadAfter())));
        }
        return out.toString();
    }

    /** @return a figure of each run, joined ("100 / 100") */
    private static String each(List<Run> runs, Function<Run, String> figure) {
        return String.join(" / ", runs.stream().map(figure).toList());
    }

    private static Duration median(List<Run> runs, Way way, Function<Run, Duration> figure) {
        List<Long> values = runs.stream().filter(run -> run.way() == way)
                .map(run -> figure.apply(run).toNanos()).sorted().toList();
        if (values.isEmpty()) {
            return Duration.ZERO;
        }
        int middle = values.size() / 2;
        return Duration.ofNanos(values.size() % 2 == 1 ? values.get(middle)
                : (values.get(middle - 1) + values.get(middle)) / 2);
    }

    private static double ratio(Duration peer, Duration testgraph) {
        return testgraph.isZero() ? Double.NaN : (double) peer.toNanos() / testgraph.toNanos();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1_000_000.0);
    }

    /** @return the 1-minute load average of a /proc/loadavg line */
    private static String firstField(String loadAverage) {
        return loadAverage.split(" ")[0];
    }

    /** @return the first three fields of /proc/loadavg (1, 5 and 15 minutes), or "n/a" where there is none */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /**
     * Every peer's Neo4j. The hosts line: Neo4j's Bolt start does a reverse DNS lookup of 0.0.0.0, and where the
     * containers' DNS server never answers (as on the machine these figures come from) each start waits out a 10 s
     * resolver timeout. Testgraph's own containers get the same line by default
     * ({@code testgraph.container.hostsEntry}), so the peers get it too: the comparison is about the patterns, not the
     * machine's DNS.
     */
    static Neo4jContainer<?> container() {
        return new Neo4jContainer<>(IMAGE).withoutAuthentication()
                .withNeo4jConfig("dbms.usage_report.enabled", "false")
                .withExtraHost("0.0.0.0", "0.0.0.0");
    }

    /**
     * The shared container: one bean, started by Boot when the context is built and stopped when it closes, in a
     * configuration every class imports, so all classes have one context key and Spring's context cache one context.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class OneContainerConfiguration {
        @Bean
        @ServiceConnection
        Neo4jContainer<?> neo4j() {
            return container();
        }
    }

    /** The same five repository tests in every class. */
    abstract static class FiveTests {
        @Autowired
        MovieRepository movies;

        @BeforeEach
        void recordContext(@Autowired ApplicationContext context) {
            CONTEXTS.add(context);
        }

        @Test
        void derived() {
            assertThat(movies.findByReleasedGreaterThanOrderByTitle(2000)).hasSize(1);
        }

        @Test
        void custom() {
            assertThat(movies.findCoActorNames("Keanu Reeves")).hasSize(2);
        }

        @Test
        void byId() {
            assertThat(movies.findById("The Matrix")).isPresent();
        }

        @Test
        void count() {
            assertThat(movies.count()).isEqualTo(2);
        }

        @Test
        void all() {
            assertThat(movies.findAll()).hasSize(2);
        }
    }

    /** What the peers do before each test: clean and load with the application's driver. */
    abstract static class FiveTestsWithOwnCleanAndLoad extends FiveTests {
        @BeforeEach
        void cleanAndLoad(@Autowired Driver driver) {
            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
            driver.executableQuery(FIXTURE).execute();
        }
    }

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph01 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph02 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph03 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph04 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph05 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph06 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph07 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph08 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph09 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph10 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph11 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph12 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph13 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph14 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph15 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph16 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph17 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph18 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph19 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph20 extends FiveTests {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer01 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer02 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer03 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer04 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer05 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer06 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer07 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer08 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer09 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer10 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer11 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer12 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer13 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer14 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer15 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer16 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer17 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer18 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    static class SharedContainer19 extends FiveTestsWithOwnCleanAndLoad {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Import(OneContainerConfiguration.class)
    // the last class by name: closes the shared context, and so stops its container, in the run
    @DirtiesContext
    static class SharedContainer20 extends FiveTestsWithOwnCleanAndLoad {}

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass01 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass02 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass03 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass04 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass05 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass06 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass07 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass08 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass09 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass10 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass11 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass12 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass13 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass14 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass15 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass16 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass17 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass18 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass19 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ContainerPerClass20 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }
}
