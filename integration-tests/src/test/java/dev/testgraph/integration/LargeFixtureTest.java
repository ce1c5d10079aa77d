package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadOptions;
import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.Neo4jTest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/**
 * A fixture of a million nodes and two million relationships loads and is cleaned away in a test JVM of 512 MB
 * (Surefire run {@code large-fixture}, {@code -Xmx512m}), with the embedded server in the same heap: the file is
 * streamed (never held whole), the load is one transaction per batch, and the clean deletes in batches (the server
 * refuses any transaction over 64 MB here). The file is generated into {@code target/} at test time.
 */
class LargeFixtureTest {

    static final int NODES = 1_000_000;
    static final int RELATIONSHIPS = 2_000_000;
    static final List<String> LABELS = List.of("Person", "Company", "City");
    static final List<String> TYPES = List.of("KNOWS", "WORKS_AT", "LIVES_IN");

    @Test
    void a_million_nodes_and_two_million_relationships_load_and_clean_in_512_mb() {
        EngineExecutionResults results = Kit.run(LoadAndClean.class);

        assertThat(Kit.testFailures(results)).isEqualTo("[]");
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("counts")).containsExactly(List.of((long) NODES, (long) RELATIONSHIPS,
                (long) NODES, (long) RELATIONSHIPS));
        assertThat(Kit.recorded("after clean")).containsExactly(0L);
        System.out.printf("large fixture: %s%n", Kit.recorded("figures"));
    }

    /** Node {@code i}: key n{i}, one of three labels, a name and, for every other node, an age. */
    static Path generate() {
        Path file = Path.of("target", "large-fixture", "graph-" + NODES + "-" + RELATIONSHIPS + ".json");
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("{\"nodes\": [\n");
                for (int i = 0; i < NODES; i++) {
                    out.write("{\"id\": \"n" + i + "\", \"labels\": [\"" + LABELS.get(i % 3) + "\"], \"properties\": "
                            + "{\"name\": \"node " + i + "\"" + (i % 2 == 0 ? ", \"age\": " + (i % 90) : "") + "}}"
                            + (i < NODES - 1 ? ",\n" : "\n"));
                }
                out.write("],\n\"relationships\": [\n");
                for (int i = 0; i < RELATIONSHIPS; i++) {
                    out.write(relationship(i) + (i < RELATIONSHIPS - 1 ? ",\n" : "\n"));
                }
                out.write("]}\n");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Relationship {@code i}: from n{i / 2} to n{(i * 7 + 1) % NODES}; every 1000th has a key r{i}. */
    static String relationship(int i) {
        return "{" + (i % 1000 == 0 ? "\"id\": \"r" + i + "\", " : "") + "\"type\": \"" + TYPES.get(i % 3)
                + "\", \"from\": \"n" + (i / 2) + "\", \"to\": \"n" + ((i * 7L + 1) % NODES) + "\""
                + (i % 3 == 0 ? ", \"properties\": {\"since\": " + (1990 + i % 30) + "}" : "") + "}";
    }

    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    @Neo4jTest(settings = "db.memory.transaction.max=64m")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LoadAndClean {

        static long loadEnded;

        @Test
        @Order(1)
        void loads(Driver driver) {
            long started = System.nanoTime();
            Path file = generate();
            long generated = System.nanoTime();
            LoadedGraph loaded = Fixtures.load(driver, file, LoadOptions.defaults().withAtomic(false));
            long ended = System.nanoTime();

            Kit.record("counts", List.of(loaded.nodeCount(), loaded.relationshipCount(),
                    Kit.count(driver, "MATCH (n) RETURN count(n)"), Kit.count(driver, "MATCH ()-[r]->() RETURN count(r)")));
            assertThat(loaded.nodeIds()).hasSize(NODES);
            assertThat(loaded.relationshipIds()).hasSize(RELATIONSHIPS / 1000);
            for (int i : new int[] {0, 1, 499_999, 777_777, NODES - 1}) {
                Map<String, Object> node = loaded.node("n" + i).asMap();
                assertThat(node).containsEntry("name", "node " + i);
                assertThat(loaded.node("n" + i).labels()).containsExactly(LABELS.get(i % 3));
            }
            for (int i : new int[] {0, 1000, 1_234_000, RELATIONSHIPS - 1000}) {
                var relationship = loaded.relationship("r" + i);
                assertThat(relationship.type()).isEqualTo(TYPES.get(i % 3));
                assertThat(relationship.startNodeElementId()).isEqualTo(loaded.nodeId("n" + (i / 2)));
                assertThat(relationship.endNodeElementId()).isEqualTo(loaded.nodeId("n" + ((i * 7L + 1) % NODES)));
            }
            loadEnded = System.nanoTime();
            record(String.format("file %d MB generated in %d ms, loaded in %d ms; peak heap %d MB",
                    fileSize(file) / (1024 * 1024), (generated - started) / 1_000_000, (ended - generated) / 1_000_000,
                    peakHeapMegabytes()));
        }

        @Test
        @Order(2)
        void finds_the_database_cleaned(Driver driver) {
            long cleaned = System.nanoTime();
            Kit.record("after clean", Kit.count(driver, "MATCH (n) RETURN count(n)"));
            record(String.format("clean (between the tests) took %d ms",
                    (cleaned - loadEnded) / 1_000_000));
        }

        private static void record(String figures) {
            System.out.println("large fixture: " + figures);
            Kit.record("figures", figures);
        }

        private static long fileSize(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
