package dev.testgraph.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs every scenario, each measured JVM forked fresh, and writes {@code BENCHMARKS.md}. Started by
 * {@code benchmarks/run.sh} from the project root.
 *
 * <p>Options: {@code --quick} (tiny sizes, to check the machinery; writes {@code benchmarks/target/BENCHMARKS-quick.md}),
 * {@code --scenarios=1,2,3,4,5}, {@code --output=FILE}. Run with scenario 5 alone ({@code --scenarios=5} or
 * {@code --scenario 5}) it rewrites only scenario 5's generated block of the output file and leaves the rest of it
 * as it was; so does the CSV scenario ({@code --scenarios=csv}: CSV fixture, JSON fixture and {@code LOAD CSV}),
 * which runs only when asked for alone and whose block a full run keeps.
 */
public final class Benchmarks {

    static final String COMMAND = "benchmarks/run.sh";
    private static final List<String> ALL_SCENARIOS = List.of("1", "2", "3", "4", "5");

    private final boolean quick;
    private final Path work;
    private final Fork fork;
    private final List<String> baseClassPath;
    private final List<String> suiteClassPath;
    private final Path apocLib;
    private final Report report = new Report();
    private final List<String> problems = new ArrayList<>();

    // sizes
    private final int suiteClasses;
    private final int testsPerClass = 5;
    private final int fastRepetitions;
    private final int containerRepetitions;
    private final int perTestRepetitions;
    private final int loadNodes;
    private final int loadSubsetNodes;
    private final int largeGroups;
    private final String largeHeap = "2g";
    private final int largeFixtureNodes;
    private final int largeFixtureRepetitions;

    private Benchmarks(boolean quick, Path work, Path apocLib) {
        this.quick = quick;
        this.work = work;
        this.fork = new Fork(work);
        this.apocLib = apocLib;
        this.baseClassPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        this.suiteClassPath = Stream.concat(Stream.of(work.resolve("generated-classes").toString()),
                baseClassPath.stream()).toList();
        suiteClasses = quick ? 2 : 20;
        fastRepetitions = quick ? 1 : 3;
        containerRepetitions = 1;
        perTestRepetitions = quick ? 50 : 1000;
        loadNodes = quick ? 2_000 : 100_000;
        loadSubsetNodes = quick ? 500 : 2_000;
        largeGroups = quick ? 2_500 : 250_000;
        largeFixtureNodes = quick ? 500 : 10_000;
        largeFixtureRepetitions = quick ? 20 : 200;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Set<String> scenarios = new TreeSet<>(ALL_SCENARIOS);
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--scenario") && i + 1 < args.length) {
                scenarios = new TreeSet<>(List.of(args[++i].split(",")));
            } else if (arg.startsWith("--scenario=")) {
                scenarios = new TreeSet<>(List.of(arg.substring("--scenario=".length()).split(",")));
            } else if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--scenarios=")) {
                scenarios = new TreeSet<>(List.of(arg.substring("--scenarios=".length()).split(",")));
            } else if (arg.startsWith("--output=")) {
                output = Path.of(arg.substring("--output=".length()));
            } else {
                throw new IllegalArgumentException("unknown option " + arg + "; use --quick, --scenarios=1,2,3,4,5 (or --scenario 5, or --scenarios=csv),"
                        + " --output=FILE");
            }
        }
        if (output == null) {
            output = quick ? Path.of("benchmarks/target/BENCHMARKS-quick.md") : Path.of("BENCHMARKS.md");
        }
        Path work = Path.of("benchmarks/target/bench-work").toAbsolutePath();
        deleteRecursively(work);
        Files.createDirectories(work);
        Benchmarks benchmarks = new Benchmarks(quick, work, Path.of("benchmarks/target/apoc-lib").toAbsolutePath());
        benchmarks.runAll(scenarios, output, args);
    }

    private void runAll(Set<String> scenarios, Path output, String[] args) throws Exception {
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        String command = COMMAND + (args.length == 0 ? "" : " " + String.join(" ", args));
        System.out.println("Generating and compiling the test classes ...");
        new SourceGenerator(work).generate(suiteClasses, testsPerClass, perTestRepetitions, largeFixtureNodes,
                largeFixtureRepetitions);
        if (scenarios.equals(Set.of("csv"))) {
            // the CSV scenario alone: rewrite its own block, leave the rest of the file as it is
            String block = csvLoad(command);
            Report.rewriteBlock(output, block, Report.CSV_BLOCK_BEGIN, Report.CSV_BLOCK_END);
            System.out.println("Rewrote the CSV scenario's block of " + output);
            problems.forEach(p -> System.out.println("  " + p.lines().findFirst().orElse("")));
            return;
        }
        if (scenarios.equals(Set.of("5"))) {
            // scenario 5 alone: rewrite its own generated block, leave the rest of the file as it is
            String block = largeReadOnly(command);
            Report.rewriteBlock(output, block, Report.BLOCK_BEGIN, Report.BLOCK_END);
            Duration took = Duration.between(started, Instant.now());
            System.out.println("Rewrote scenario 5's block of " + output + " in " + took.toMinutes() + " min "
                    + took.toSecondsPart() + " s");
            if (!problems.isEmpty()) {
                System.out.println(problems.size() + " problems, listed in the block:");
                problems.forEach(p -> System.out.println("  " + p.lines().findFirst().orElse("")));
            }
            return;
        }

        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> loads = new LinkedHashMap<>();
        if (scenarios.contains("1")) {
            String before = Machine.loadAverage();
            sections.put("1", suiteOverhead());
            loads.put("1", before + " -> " + Machine.loadAverage());
        }
        if (scenarios.contains("2")) {
            String before = Machine.loadAverage();
            sections.put("2", perTestOverhead());
            loads.put("2", before + " -> " + Machine.loadAverage());
        }
        if (scenarios.contains("3")) {
            String before = Machine.loadAverage();
            sections.put("3", loadThroughput());
            loads.put("3", before + " -> " + Machine.loadAverage());
        }
        if (scenarios.contains("4")) {
            String before = Machine.loadAverage();
            sections.put("4", largeClean());
            loads.put("4", before + " -> " + Machine.loadAverage());
        }
        if (scenarios.contains("5")) {
            String before = Machine.loadAverage();
            sections.put("5", largeReadOnly(command));
            loads.put("5", before + " -> " + Machine.loadAverage());
        }
        String loadAfter = Machine.loadAverage();
        Duration took = Duration.between(started, Instant.now());
        String existing = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        String markdown;
        if (!existing.isEmpty() && !scenarios.containsAll(ALL_SCENARIOS)) {
            // some scenarios: their sections, targets and load rows replace the old ones, the rest stays
            markdown = report.spliceScenarios(existing, sections, loads, started, problems);
        } else {
            markdown = report.document(quick, command, started, took, loadBefore, loadAfter, sections, loads,
                    problems);
            // blocks written by other mains or by hand (container start, Spring) are kept as they are
            markdown = Report.keepOtherBlocks(existing, markdown);
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
        System.out.println("Wrote " + output + " in " + took.toMinutes() + " min " + took.toSecondsPart() + " s");
        if (!problems.isEmpty()) {
            System.out.println(problems.size() + " problems, listed in the report:");
            problems.forEach(p -> System.out.println("  " + p.lines().findFirst().orElse("")));
        }
    }

    // ------------------------------------------------------------------------------------------ scenario 1

    static final Map<String, String> DOCKER_ENV = Map.of(
            "TESTCONTAINERS_RYUK_DISABLED", envOr("TESTCONTAINERS_RYUK_DISABLED", "true"),
            "TESTCONTAINERS_HOST_OVERRIDE", envOr("TESTCONTAINERS_HOST_OVERRIDE", "localhost"));

    private String suiteOverhead() {
        System.out.println("Scenario 1: suite overhead");
        Map<String, List<Fork.Run>> runs = new LinkedHashMap<>();
        List<String> testgraph = SourceGenerator.suiteClasses("testgraph", suiteClasses);
        // Testgraph and the careful peers (one server per JVM, reset by hand before each test) alternate
        for (int i = 1; i <= fastRepetitions; i++) {
            suiteRun(runs, "Testgraph, embedded", "suite-testgraph-embedded-" + i, testgraph,
                    List.of("-Dtestgraph.backend=embedded"), Map.of());
            suiteRun(runs, "Testgraph, Testcontainers", "suite-testgraph-docker-" + i, testgraph,
                    List.of("-Dtestgraph.backend=testcontainers"), Map.of());
            suiteRun(runs, "Testcontainers singleton container", "suite-singleton-" + i,
                    SourceGenerator.suiteClasses("singleton", suiteClasses), List.of(), Map.of());
            suiteRun(runs, "neo4j-harness, static per JVM", "suite-staticharness-" + i,
                    SourceGenerator.suiteClasses("staticharness", suiteClasses), List.of(), Map.of());
        }
        // the per-class peers take minutes per run: fewer repetitions keep the whole run near half an hour
        for (int i = 1; i <= containerRepetitions; i++) {
            suiteRun(runs, "neo4j-harness per class", "suite-harness-" + i,
                    SourceGenerator.suiteClasses("harness", suiteClasses), List.of(), Map.of());
            suiteRun(runs, "Testcontainers per class", "suite-testcontainers-" + i,
                    SourceGenerator.suiteClasses("testcontainers", suiteClasses), List.of(), Map.of());
        }
        // (d) reuse: a setting of its own, so that its container is ours alone (found, and removed, by its hash)
        Set<String> before = Machine.containerIds();
        List<String> reuseOptions = List.of("-Dtestgraph.backend=testcontainers",
                "-Dtestgraph.settings=db.logs.query.threshold=1h");
        Map<String, String> reuseEnv = Map.of("TESTCONTAINERS_REUSE_ENABLE", "true");
        suiteRun(runs, "Testgraph, Testcontainers reuse, 1st run", "suite-testgraph-reuse-1", testgraph, reuseOptions,
                reuseEnv);
        suiteRun(runs, "Testgraph, Testcontainers reuse, 2nd run", "suite-testgraph-reuse-2", testgraph, reuseOptions,
                reuseEnv);
        Set<String> created = Machine.containerIds();
        created.removeAll(before);
        String leftOver = Machine.removeReusedContainers(created);
        return report.suite(runs, suiteClasses, testsPerClass, leftOver);
    }

    private void suiteRun(Map<String, List<Fork.Run>> runs, String way, String name, List<String> classes,
            List<String> options, Map<String, String> env) {
        Map<String, String> environment = new LinkedHashMap<>(DOCKER_ENV);
        environment.putAll(env);
        Fork.Run run = fork.run(name, suiteClassPath, options, LauncherMain.class.getName(), classes, environment,
                Duration.ofMinutes(20));
        int expected = classes.size() * testsPerClass;
        if (run.testCount() != expected) {
            problems.add(name + ": " + run.testCount() + " tests ran, " + expected + " expected");
        }
        problems.addAll(run.failures());
        runs.computeIfAbsent(way, k -> new ArrayList<>()).add(run);
    }

    // ------------------------------------------------------------------------------------------ scenario 2

    private String perTestOverhead() {
        System.out.println("Scenario 2: per-test overhead");
        Map<String, Fork.Run> runs = new LinkedHashMap<>();
        for (String backend : List.of("embedded", "testcontainers")) {
            Fork.Run run = fork.run("per-test-" + backend, suiteClassPath, List.of("-Dtestgraph.backend=" + backend),
                    LauncherMain.class.getName(), SourceGenerator.PER_TEST_CLASSES, DOCKER_ENV, Duration.ofMinutes(20));
            problems.addAll(run.failures());
            int expected = SourceGenerator.PER_TEST_CLASSES.size() * perTestRepetitions;
            if (run.testCount() != expected) {
                problems.add(run.name() + ": " + run.testCount() + " tests ran, " + expected + " expected");
            }
            runs.put(backend, run);
        }
        return report.perTest(runs, perTestRepetitions);
    }

    // ------------------------------------------------------------------------------------------ scenario 3

    private String loadThroughput() {
        System.out.println("Scenario 3: fixture load throughput");
        List<String> classPath = new ArrayList<>(baseClassPath);
        try (Stream<Path> jars = Files.list(apocLib)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> classPath.add(p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("APOC jars expected in " + apocLib + " (built by the benchmarks module)", e);
        }
        Fork.Run run = fork.run("load-throughput", classPath,
                List.of("-Xms4g", "-Xmx4g", "-Dapoc.import.file.enabled=true", "-Dapoc.import.file.use_neo4j_config=false"),
                LoadThroughputMain.class.getName(),
                List.of(work.resolve("load").toString(), apocLib.toString(), String.valueOf(loadNodes),
                        String.valueOf(loadSubsetNodes), quick ? "1" : "3", quick ? "1" : "3"),
                Map.of(), Duration.ofMinutes(30));
        if (run.exitCode() != 0 || run.json() == null) {
            problems.add("load-throughput: exit code " + run.exitCode() + " (see its log)");
        }
        return report.load(run, loadNodes, loadSubsetNodes);
    }

    // ------------------------------------------------------------------------------------------ scenario 4

    private String largeClean() {
        System.out.println("Scenario 4: clean of a large graph");
        Map<String, Fork.Run> runs = new LinkedHashMap<>();
        List<String> options = List.of("-Xms" + largeHeap, "-Xmx" + largeHeap, "-Dtestgraph.backend=embedded",
                "-Dtestgraph.settings=server.memory.pagecache.size=512m", "-Dbench.largeGroups=" + largeGroups);
        runs.put("testgraph", fork.run("large-clean-testgraph", suiteClassPath, options, LauncherMain.class.getName(),
                List.of("bench.clean.TestgraphCleanTest"), Map.of(), Duration.ofMinutes(20)));
        runs.put("naive", fork.run("large-clean-naive", suiteClassPath, options, LauncherMain.class.getName(),
                List.of("bench.clean.NaiveCleanTest"), Map.of(), Duration.ofMinutes(20)));
        runs.values().forEach(run -> problems.addAll(run.failures()));
        return report.largeClean(runs, largeGroups * 4L, largeGroups * 8L, largeHeap);
    }

    // ------------------------------------------------------------------------------------------ scenario 5

    /**
     * Read-only tests on a large fixture. Testgraph runs on Docker (the backend of the peer it is compared with)
     * when an engine answers, else embedded and the peer is not measured. Returns the scenario's generated block.
     */
    private String largeReadOnly(String command) {
        System.out.println("Scenario 5: read-only tests on a large fixture");
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        String docker = Machine.docker();
        boolean dockerAnswers = !docker.equals("not available");
        String backend = dockerAnswers ? "testcontainers" : "embedded";
        List<String> own = new ArrayList<>();
        Map<String, Fork.Run> runs = new LinkedHashMap<>();
        List<String> classes = SourceGenerator.LARGE_TESTGRAPH_CLASSES;
        int testgraphTests = classes.size() * largeFixtureRepetitions;
        runs.put("skip", largeRun(own, "large-readonly-testgraph-skip", List.of("-Dtestgraph.backend=" + backend),
                classes, testgraphTests));
        runs.put("noskip", largeRun(own, "large-readonly-testgraph-noskip",
                List.of("-Dtestgraph.backend=" + backend, "-Dtestgraph.reuseUnchanged=false"), classes,
                testgraphTests));
        if (dockerAnswers) {
            runs.put("testcontainers", largeRun(own, "large-readonly-testcontainers", List.of(),
                    List.of(SourceGenerator.LARGE_TESTCONTAINERS_CLASS), largeFixtureRepetitions));
        }
        problems.addAll(own);
        Duration took = Duration.between(started, Instant.now());
        return report.largeReadOnly(runs, backend, docker, largeFixtureNodes, largeFixtureRepetitions, quick, command,
                started, took, loadBefore, Machine.loadAverage(), own);
    }

    private Fork.Run largeRun(List<String> own, String name, List<String> options, List<String> classes,
            int expected) {
        Fork.Run run = fork.run(name, suiteClassPath, options, LauncherMain.class.getName(), classes, DOCKER_ENV,
                Duration.ofMinutes(30));
        own.addAll(run.failures());
        if (run.testCount() != expected) {
            own.add(name + ": " + run.testCount() + " tests ran, " + expected + " expected");
        }
        return run;
    }

    // ------------------------------------------------------------------------------------------ scenario csv

    /**
     * CSV fixture against JSON fixture and {@code LOAD CSV} of the same files ({@link CsvLoadMain}), in a forked JVM.
     * Run alone ({@code --scenarios=csv}); returns its block.
     */
    private String csvLoad(String command) {
        System.out.println("Scenario csv: CSV fixture, JSON fixture and LOAD CSV");
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        int rounds = quick ? 1 : 3;
        Fork.Run run = fork.run("csv-load", baseClassPath, List.of("-Xms2g", "-Xmx2g"), CsvLoadMain.class.getName(),
                List.of(work.resolve("csv").toString(), String.valueOf(loadNodes), String.valueOf(rounds)), Map.of(),
                Duration.ofMinutes(30));
        if (run.exitCode() != 0 || run.json() == null) {
            problems.add("csv-load: exit code " + run.exitCode() + " (see its log)");
        } else {
            run.json().path("runs").forEach(r -> {
                if (!r.get("checked").asBoolean()) {
                    problems.add("csv-load: " + r.get("way").asText() + " loaded a different graph: " + r.get("check"));
                }
            });
        }
        return Report.csvLoad(run, loadNodes, rounds, command, started, Duration.between(started, Instant.now()),
                loadBefore, Machine.loadAverage());
    }

    // ------------------------------------------------------------------------------------------ helpers

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
