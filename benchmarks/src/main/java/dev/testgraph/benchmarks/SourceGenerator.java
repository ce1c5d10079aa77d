package dev.testgraph.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles the test classes the scenarios run: the same suite written four ways, the 1,000-test
 * per-test classes and the large-clean classes. Generated, not checked in: 60 near-identical suite classes say
 * less than the generator does.
 */
final class SourceGenerator {

    static final String FIXTURE_JSON = "people-200.json";
    static final String FIXTURE_CYPHER = "people-200.cypher";

    private final Path sources;
    private final Path classes;
    private final List<Path> written = new ArrayList<>();

    SourceGenerator(Path workDirectory) {
        this.sources = workDirectory.resolve("generated-sources");
        this.classes = workDirectory.resolve("generated-classes");
    }

    Path classes() {
        return classes;
    }

    /** @return the class names of a suite written the given way */
    static List<String> suiteClasses(String way, int classCount) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= classCount; i++) {
            names.add("bench.suite." + way + "." + suiteClassName(i));
        }
        return names;
    }

    static final List<String> PER_TEST_CLASSES = List.of(
            "bench.pertest.A_FloorTest", "bench.pertest.B_RoundTripTest", "bench.pertest.C_ReadOnlyEmptyTest",
            "bench.pertest.D_CleanEmptyTest", "bench.pertest.E_CleanLoadTest", "bench.pertest.F_ReadOnlyFixtureTest");

    private static String suiteClassName(int i) {
        return String.format("Suite%02dTest", i);
    }

    /** Scenario 5's classes: Testgraph's three run in one JVM, the Testcontainers peer in another. */
    static final List<String> LARGE_TESTGRAPH_CLASSES = List.of(
            "bench.large.A_FloorTest", "bench.large.B_RoundTripTest", "bench.large.C_ReadOnlyLargeFixtureTest");
    static final String LARGE_TESTCONTAINERS_CLASS = "bench.large.D_TestcontainersReloadTest";

    static String largeFixtureJson(int nodes) {
        return "people-" + nodes + ".json";
    }

    void generate(int suiteClasses, int testsPerClass, int perTestRepetitions, int largeNodes,
            int largeRepetitions) {
        generateLarge(largeNodes, largeRepetitions);
        GraphData fixture = new GraphData(SuiteWork.FIXTURE_NODES);
        fixture.writeTestgraphJson(classes.resolve(FIXTURE_JSON));
        write(classes.resolve(FIXTURE_CYPHER), fixture.createStatement());
        for (int i = 1; i <= suiteClasses; i++) {
            String name = suiteClassName(i);
            StringBuilder tests = new StringBuilder();
            for (int t = 1; t <= testsPerClass; t++) {
                tests.append(testgraphTest(name, t));
            }
            source("bench.suite.testgraph", name, """
                    import dev.testgraph.benchmarks.SuiteWork;
                    import dev.testgraph.junit.Fixture;
                    import dev.testgraph.junit.Neo4jTest;
                    import org.junit.jupiter.api.Test;
                    import org.neo4j.driver.Driver;

                    @Neo4jTest
                    @Fixture("%s")
                    class %s {
                    %s}
                    """.formatted(FIXTURE_JSON, name, tests));
            source("bench.suite.testcontainers", name, """
                    import dev.testgraph.benchmarks.SuiteWork;
                    import org.junit.jupiter.api.AfterAll;
                    import org.junit.jupiter.api.BeforeAll;
                    import org.junit.jupiter.api.BeforeEach;
                    import org.junit.jupiter.api.Test;
                    import org.neo4j.driver.AuthTokens;
                    import org.neo4j.driver.Driver;
                    import org.neo4j.driver.GraphDatabase;
                    import org.testcontainers.junit.jupiter.Container;
                    import org.testcontainers.junit.jupiter.Testcontainers;
                    import org.testcontainers.neo4j.Neo4jContainer;

                    @Testcontainers
                    class %s {

                        @Container
                        static Neo4jContainer neo4j = SuiteWork.container();

                        static Driver driver;

                        @BeforeAll
                        static void connect() {
                            driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.basic("neo4j", SuiteWork.PASSWORD));
                        }

                        @AfterAll
                        static void disconnect() {
                            driver.close();
                        }

                        @BeforeEach
                        void deleteAllAndLoadFixture() {
                            SuiteWork.deleteAllAndCreateFixture(driver);
                        }
                    %s}
                    """.formatted(name, staticDriverTests(name, testsPerClass)));
            source("bench.suite.harness", name, """
                    import dev.testgraph.benchmarks.SuiteWork;
                    import org.junit.jupiter.api.AfterAll;
                    import org.junit.jupiter.api.BeforeAll;
                    import org.junit.jupiter.api.Test;
                    import org.junit.jupiter.api.extension.RegisterExtension;
                    import org.neo4j.configuration.GraphDatabaseSettings;
                    import org.neo4j.driver.AuthTokens;
                    import org.neo4j.driver.Driver;
                    import org.neo4j.driver.GraphDatabase;
                    import org.neo4j.harness.Neo4j;
                    import org.neo4j.harness.junit.extension.Neo4jExtension;

                    class %s {

                        @RegisterExtension
                        static Neo4jExtension neo4jExtension = Neo4jExtension.builder()
                                .withDisabledServer()
                                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                                .withFixture(SuiteWork.cypherFixture())
                                .build();

                        static Driver driver;

                        @BeforeAll
                        static void connect(Neo4j neo4j) {
                            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
                        }

                        @AfterAll
                        static void disconnect() {
                            driver.close();
                        }
                    %s}
                    """.formatted(name, staticDriverTests(name, testsPerClass)));
        }

        generateSharedServerPeers(suiteClasses, testsPerClass);

        String perTestImports = """
                import dev.testgraph.benchmarks.Probe;
                import dev.testgraph.junit.CleanPolicy;
                import dev.testgraph.junit.Fixture;
                import dev.testgraph.junit.Neo4jTest;
                import org.junit.jupiter.api.RepeatedTest;
                import org.neo4j.driver.Driver;
                import org.neo4j.driver.Session;
                """;
        source("bench.pertest", "A_FloorTest", perTestImports + """
                /** JUnit's and the extension's own cost per test: no clean, empty body. */
                @Neo4jTest(clean = CleanPolicy.NEVER)
                class A_FloorTest {
                    @RepeatedTest(%d)
                    void test() {}
                }
                """.formatted(perTestRepetitions));
        source("bench.pertest", "B_RoundTripTest", perTestImports + """
                /** No clean; the body is one bare RETURN 1 round trip (session, auto-commit query, consume). */
                @Neo4jTest(clean = CleanPolicy.NEVER)
                class B_RoundTripTest {
                    @RepeatedTest(%d)
                    void test(Driver driver) {
                        long start = System.nanoTime();
                        try (Session session = driver.session()) {
                            session.run("RETURN 1").consume();
                        }
                        Probe.record("bodyNanos.B_RoundTripTest", System.nanoTime() - start);
                    }
                }
                """.formatted(perTestRepetitions));
        source("bench.pertest", "C_ReadOnlyEmptyTest", perTestImports + """
                /** Default clean, empty body: nothing was committed since the last reset, so nothing is cleaned. */
                @Neo4jTest
                class C_ReadOnlyEmptyTest {
                    @RepeatedTest(%d)
                    void test() {}
                }
                """.formatted(perTestRepetitions));
        source("bench.pertest", "D_CleanEmptyTest", perTestImports + """
                /**
                 * Default clean of a database that is empty but was written to: the body creates a node and deletes
                 * it again (two transactions, timed and taken out), so every next test runs the real clean.
                 */
                @Neo4jTest
                class D_CleanEmptyTest {
                    @RepeatedTest(%d)
                    void test(Driver driver) {
                        long start = System.nanoTime();
                        try (Session session = driver.session()) {
                            session.run("CREATE (:Scratch)").consume();
                            session.run("MATCH (n:Scratch) DELETE n").consume();
                        }
                        Probe.record("bodyNanos.D_CleanEmptyTest", System.nanoTime() - start);
                    }
                }
                """.formatted(perTestRepetitions));
        source("bench.pertest", "E_CleanLoadTest", perTestImports + """
                /** Default clean + the 200-node fixture; the body writes one node (timed and taken out). */
                @Neo4jTest
                @Fixture("%s")
                class E_CleanLoadTest {
                    @RepeatedTest(%d)
                    void test(Driver driver) {
                        long start = System.nanoTime();
                        try (Session session = driver.session()) {
                            session.run("CREATE (:Scratch)").consume();
                        }
                        Probe.record("bodyNanos.E_CleanLoadTest", System.nanoTime() - start);
                    }
                }
                """.formatted(FIXTURE_JSON, perTestRepetitions));
        source("bench.pertest", "F_ReadOnlyFixtureTest", perTestImports + """
                /** Default clean + the 200-node fixture, empty body: the fixture state is reused. */
                @Neo4jTest
                @Fixture("%s")
                class F_ReadOnlyFixtureTest {
                    @RepeatedTest(%d)
                    void test() {}
                }
                """.formatted(FIXTURE_JSON, perTestRepetitions));

        String cleanImports = """
                import dev.testgraph.benchmarks.Probe;
                import dev.testgraph.benchmarks.SuiteWork;
                import dev.testgraph.junit.CleanPolicy;
                import dev.testgraph.junit.Neo4jTest;
                import org.junit.jupiter.api.Test;
                import org.neo4j.driver.Driver;
                import org.neo4j.driver.Session;
                """;
        String build = """
                    @Test
                    void a_build(Driver driver) {
                        SuiteWork.buildLargeGraph(driver, Integer.getInteger("bench.largeGroups", 250_000));
                        long[] counts = SuiteWork.counts(driver);
                        Probe.record("builtNodes", counts[0]);
                        Probe.record("builtRelationships", counts[1]);
                        Probe.startHeapSampling();
                        Probe.gcAndResetPeak();
                        Probe.record("cleanStartNanos", System.nanoTime());
                    }
                """;
        source("bench.clean", "TestgraphCleanTest", cleanImports + """
                /** Builds the large graph; the extension's own clean before the second test deletes it. */
                @Neo4jTest
                class TestgraphCleanTest {
                %s
                    @Test
                    void b_afterClean(Driver driver) {
                        Probe.record("cleanEndNanos", System.nanoTime());
                        Probe.recordPeaks("clean");
                        Probe.record("outcome", "ok");
                        long[] counts = SuiteWork.counts(driver);
                        Probe.record("nodesAfter", counts[0]);
                        Probe.record("relationshipsAfter", counts[1]);
                    }
                }
                """.formatted(build));
        source("bench.clean", "NaiveCleanTest", cleanImports + """
                /** Builds the large graph, then deletes it the naive way: one MATCH (n) DETACH DELETE n. */
                @Neo4jTest(clean = CleanPolicy.NEVER)
                class NaiveCleanTest {
                %s
                    @Test
                    void b_naiveClean(Driver driver) {
                        try (Session session = driver.session()) {
                            session.run("MATCH (n) DETACH DELETE n").consume();
                            Probe.record("outcome", "ok");
                        } catch (RuntimeException e) {
                            Probe.record("outcome", e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                        Probe.record("cleanEndNanos", System.nanoTime());
                        Probe.recordPeaks("clean");
                        long[] counts = SuiteWork.counts(driver);
                        Probe.record("nodesAfter", counts[0]);
                        Probe.record("relationshipsAfter", counts[1]);
                    }
                }
                """.formatted(build));
        compile();
    }

    private void generateLarge(int nodes, int repetitions) {
        String json = largeFixtureJson(nodes);
        new GraphData(nodes).writeTestgraphJson(classes.resolve(json));
        String imports = """
                import dev.testgraph.benchmarks.Probe;
                import dev.testgraph.benchmarks.SuiteWork;
                import dev.testgraph.junit.CleanPolicy;
                import dev.testgraph.junit.Fixture;
                import dev.testgraph.junit.Neo4jTest;
                import org.junit.jupiter.api.RepeatedTest;
                import org.junit.jupiter.api.RepetitionInfo;
                import org.neo4j.driver.Driver;
                import org.neo4j.driver.Session;
                """;
        source("bench.large", "A_FloorTest", imports + """
                /** JUnit's and the extension's own cost per test: no clean, empty body. */
                @Neo4jTest(clean = CleanPolicy.NEVER)
                class A_FloorTest {
                    @RepeatedTest(%d)
                    void test() {}
                }
                """.formatted(repetitions));
        source("bench.large", "B_RoundTripTest", imports + """
                /** No clean; the body is one bare RETURN 1 round trip (session, auto-commit query, consume). */
                @Neo4jTest(clean = CleanPolicy.NEVER)
                class B_RoundTripTest {
                    @RepeatedTest(%d)
                    void test(Driver driver) {
                        long start = System.nanoTime();
                        try (Session session = driver.session()) {
                            session.run("RETURN 1").consume();
                        }
                        Probe.record("bodyNanos.B_RoundTripTest", System.nanoTime() - start);
                    }
                }
                """.formatted(repetitions));
        source("bench.large", "C_ReadOnlyLargeFixtureTest", imports + """
                /** Default clean + the large fixture; the body reads it and writes nothing (timed and taken out). */
                @Neo4jTest
                @Fixture("%s")
                class C_ReadOnlyLargeFixtureTest {
                    @RepeatedTest(%d)
                    void test(Driver driver, RepetitionInfo repetition) {
                        long start = System.nanoTime();
                        SuiteWork.readLargeFixture(driver, %d, repetition.getCurrentRepetition());
                        Probe.record("bodyNanos.C_ReadOnlyLargeFixtureTest", System.nanoTime() - start);
                    }
                }
                """.formatted(json, repetitions, nodes));
        source("bench.large", "D_TestcontainersReloadTest", """
                import dev.testgraph.benchmarks.Probe;
                import dev.testgraph.benchmarks.SuiteWork;
                import org.junit.jupiter.api.AfterAll;
                import org.junit.jupiter.api.BeforeAll;
                import org.junit.jupiter.api.BeforeEach;
                import org.junit.jupiter.api.RepeatedTest;
                import org.junit.jupiter.api.RepetitionInfo;
                import org.neo4j.driver.AuthTokens;
                import org.neo4j.driver.Driver;
                import org.neo4j.driver.GraphDatabase;
                import org.testcontainers.junit.jupiter.Container;
                import org.testcontainers.junit.jupiter.Testcontainers;
                import org.testcontainers.neo4j.Neo4jContainer;

                /** Testcontainers per class; hand cleanup and a reload of the large fixture before every test. */
                @Testcontainers
                class D_TestcontainersReloadTest {

                    @Container
                    static Neo4jContainer neo4j = SuiteWork.container();

                    static Driver driver;

                    @BeforeAll
                    static void connect() {
                        driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.basic("neo4j", SuiteWork.PASSWORD));
                    }

                    @AfterAll
                    static void disconnect() {
                        driver.close();
                    }

                    @BeforeEach
                    void deleteAllAndReloadFixture() {
                        SuiteWork.deleteAllAndLoadLargeFixture(driver, %d);
                    }

                    @RepeatedTest(%d)
                    void test(RepetitionInfo repetition) {
                        long start = System.nanoTime();
                        SuiteWork.readLargeFixture(driver, %d, repetition.getCurrentRepetition());
                        Probe.record("bodyNanos.D_TestcontainersReloadTest", System.nanoTime() - start);
                    }
                }
                """.formatted(nodes, repetitions, nodes));
    }

    private static String testgraphTest(String className, int t) {
        return """

                    @Test
                    void test%d(Driver driver) {
                        SuiteWork.%s(driver, "%s.test%d");
                    }
                """.formatted(t, SuiteWork.bodyOf(t), className, t);
    }

    private static String staticDriverTests(String className, int testsPerClass) {
        StringBuilder tests = new StringBuilder();
        for (int t = 1; t <= testsPerClass; t++) {
            tests.append("""

                        @Test
                        void test%d() {
                            SuiteWork.%s(driver, "%s.test%d");
                        }
                    """.formatted(t, SuiteWork.bodyOf(t), className, t));
        }
        return tests.toString();
    }

    /**
     * The two careful hand-written patterns: one server per JVM held in a static field of an abstract base class that
     * every test class extends (the Testcontainers "singleton container" pattern, and the same with neo4j-harness),
     * with the hand-written reset in {@code @BeforeEach}. The shutdown hooks stand in for Ryuk, which cannot run here.
     */
    private void generateSharedServerPeers(int suiteClasses, int testsPerClass) {
        source("bench.suite.singleton", "AbstractNeo4jTest", """
                import dev.testgraph.benchmarks.SuiteWork;
                import org.junit.jupiter.api.BeforeEach;
                import org.neo4j.driver.AuthTokens;
                import org.neo4j.driver.Driver;
                import org.neo4j.driver.GraphDatabase;
                import org.testcontainers.neo4j.Neo4jContainer;

                abstract class AbstractNeo4jTest {

                    static final Neo4jContainer NEO4J;
                    static final Driver driver;

                    static {
                        NEO4J = SuiteWork.container();
                        NEO4J.start();
                        driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", SuiteWork.PASSWORD));
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            driver.close();
                            NEO4J.stop();
                        }));
                    }

                    @BeforeEach
                    void deleteAllAndLoadFixture() {
                        SuiteWork.deleteAllAndCreateFixture(driver);
                    }
                }
                """);
        source("bench.suite.staticharness", "AbstractNeo4jTest", """
                import dev.testgraph.benchmarks.SuiteWork;
                import org.junit.jupiter.api.BeforeEach;
                import org.neo4j.configuration.GraphDatabaseSettings;
                import org.neo4j.driver.AuthTokens;
                import org.neo4j.driver.Driver;
                import org.neo4j.driver.GraphDatabase;
                import org.neo4j.harness.Neo4j;
                import org.neo4j.harness.Neo4jBuilders;

                abstract class AbstractNeo4jTest {

                    static final Neo4j NEO4J = Neo4jBuilders.newInProcessBuilder()
                            .withDisabledServer()
                            .withConfig(GraphDatabaseSettings.udc_enabled, false)
                            .build();
                    static final Driver driver = GraphDatabase.driver(NEO4J.boltURI(), AuthTokens.none());

                    static {
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            driver.close();
                            NEO4J.close();
                        }));
                    }

                    @BeforeEach
                    void deleteAllAndLoadFixture() {
                        SuiteWork.deleteAllAndCreateFixture(driver);
                    }
                }
                """);
        for (int i = 1; i <= suiteClasses; i++) {
            String name = suiteClassName(i);
            for (String way : List.of("singleton", "staticharness")) {
                source("bench.suite." + way, name, """
                        import dev.testgraph.benchmarks.SuiteWork;
                        import org.junit.jupiter.api.Test;

                        class %s extends AbstractNeo4jTest {
                        %s}
                        """.formatted(name, staticDriverTests(name, testsPerClass)));
            }
        }
    }

    private void source(String packageName, String className, String body) {
        Path file = sources.resolve(packageName.replace('.', '/')).resolve(className + ".java");
        write(file, "package " + packageName + ";\n\n" + body);
        written.add(file);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the benchmarks need a JDK (javac), not a JRE");
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--release", "17", "-proc:none", "-nowarn", "-parameters",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        written.forEach(file -> arguments.add(file.toString()));
        StringWriter errors = new StringWriter();
        int status = javac.run(null, null, null, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("compiling the generated test classes failed (see above)" + errors);
        }
    }
}
