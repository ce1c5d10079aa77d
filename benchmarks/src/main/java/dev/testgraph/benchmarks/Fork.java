package dev.testgraph.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;

/** Runs one measured JVM: a fresh {@code java} process, its output kept in a log, its result read back. */
final class Fork {

    /** What a forked run left behind; {@code json} is null if the run wrote no result. */
    record Run(String name, int exitCode, long launchMs, long exitMs, JsonNode json, Path log) {

        long wallMillis() {
            return exitMs - launchMs;
        }

        /** From the moment the process was launched to the start of its first test. */
        long millisToFirstTest() {
            return json == null || json.path("firstTestStartMs").asLong(-1) < 0
                    ? -1
                    : json.get("firstTestStartMs").asLong() - launchMs;
        }

        int testCount() {
            return json == null ? 0 : json.path("tests").size();
        }

        List<String> failures() {
            List<String> failures = new ArrayList<>();
            if (exitCode != 0) {
                failures.add(name + ": exit code " + exitCode + " (log: benchmarks/target/bench-work/logs/" + log.getFileName() + ")");
            }
            if (json == null) {
                failures.add(name + ": no result written");
            } else {
                json.path("failures").forEach(f -> failures.add(name + ": " + f.asText()));
            }
            return failures;
        }

        /** @return per-test durations in nanoseconds for tests whose id contains the given text */
        List<Long> testNanos(String idContains) {
            List<Long> nanos = new ArrayList<>();
            if (json != null) {
                for (JsonNode test : json.path("tests")) {
                    if (test.get("id").asText().contains(idContains)) {
                        nanos.add(test.get("endNanos").asLong() - test.get("startNanos").asLong());
                    }
                }
            }
            return nanos;
        }

        JsonNode probe(String key) {
            return json == null ? null : json.path("probe").path(key);
        }
    }

    private final Path workDirectory;
    private final String java;

    Fork(Path workDirectory) {
        this.workDirectory = workDirectory;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** @return a run of an earlier process again, from the result and log it left in the work directory */
    static Run reread(Path workDirectory, String name, int exitCode, long launchMs, long exitMs) {
        Path result = workDirectory.resolve("results").resolve(name + ".json");
        try {
            JsonNode json = Files.exists(result) ? new ObjectMapper().readTree(result.toFile()) : null;
            return new Run(name, exitCode, launchMs, exitMs, json, workDirectory.resolve("logs").resolve(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Run run(String name, List<String> classPath, List<String> jvmOptions, String mainClass, List<String> arguments,
            Map<String, String> environment, Duration timeout) {
        Path log = workDirectory.resolve("logs").resolve(name + ".log");
        Path result = workDirectory.resolve("results").resolve(name + ".json");
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(result.getParent());
            Files.deleteIfExists(result);
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classPath));
            command.add(mainClass);
            command.add(result.toString());
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            System.out.printf("  [%s] %s ...%n", LocalTime.now().withNano(0), name);
            long launch = System.currentTimeMillis();
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long exit = System.currentTimeMillis();
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            JsonNode json = Files.exists(result) ? new ObjectMapper().readTree(result.toFile()) : null;
            Run run = new Run(name, finished ? process.exitValue() : -9, launch, exit, json, log);
            System.out.printf("  [%s] %s: %,d ms, %d tests, %d problems%n", LocalTime.now().withNano(0),
                    name, run.wallMillis(), run.testCount(), run.failures().size());
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
