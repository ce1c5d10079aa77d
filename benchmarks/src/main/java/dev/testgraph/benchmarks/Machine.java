package dev.testgraph.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Facts about the machine the run is on, and the Docker housekeeping of the reuse scenario. */
final class Machine {

    private Machine() {}

    static String loadAverage() {
        String text = read("/proc/loadavg");
        if (text.isEmpty()) {
            return "n/a";
        }
        String[] parts = text.trim().split("\\s+");
        return parts[0] + " / " + parts[1] + " / " + parts[2];
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String memory() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
            }
        }
        return "n/a";
    }

    static String cpu() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    static String os() {
        String pretty = System.getProperty("os.name");
        for (String line : read("/etc/os-release").split("\n")) {
            if (line.startsWith("PRETTY_NAME=")) {
                pretty = line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return pretty + ", kernel " + System.getProperty("os.version") + ", " + System.getProperty("os.arch");
    }

    static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")";
    }

    static String docker() {
        List<String> out = command("docker", "version", "--format", "{{.Server.Version}}");
        return out.isEmpty() ? "not available" : "Docker Engine " + out.get(0);
    }

    static Set<String> containerIds() {
        return new LinkedHashSet<>(command("docker", "ps", "-aq", "--no-trunc"));
    }

    /**
     * Removes the containers the reuse runs left behind (reuse keeps them on purpose). Only containers created
     * during the scenario that carry Testcontainers' reuse hash and the scenario's own setting are touched.
     */
    static String removeReusedContainers(Set<String> createdDuringScenario) {
        List<String> removed = new ArrayList<>();
        for (String id : createdDuringScenario) {
            List<String> inspect = command("docker", "inspect", "--format",
                    "{{index .Config.Labels \"org.testcontainers.hash\"}} {{range .Config.Env}}{{.}} {{end}}", id);
            String text = String.join(" ", inspect);
            if (!text.isBlank() && !text.startsWith("<no value>") && text.contains("NEO4J_db_logs_query_threshold=1h")) {
                command("docker", "rm", "-f", id);
                removed.add(id.substring(0, 12));
            }
        }
        return removed.isEmpty() ? "no reused container was left to remove" : "removed reused container " + removed;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static List<String> command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of();
            }
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
