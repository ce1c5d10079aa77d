package dev.testgraph.benchmarks;

import dev.testgraph.junit.Neo4jTest;
import dev.testgraph.junit.internal.TestcontainersServerProvider;
import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.ServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserFunction;

/**
 * What a container costs to start with the user's procedures packed in, against the same container without: the
 * time from asking Testgraph's Testcontainers backend for a server until a first query answers, alternating the two
 * kinds so that both see the same machine load; and the same with {@code /data} and {@code /logs} on tmpfs. Needs
 * Docker and the offline image. Not part of {@code run.sh}; run it by hand:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" dev.testgraph.benchmarks.ContainerStartMain [rounds]
 * </pre>
 */
public final class ContainerStartMain {

    private ContainerStartMain() {}

    /** A small procedure class, as a user's would be. */
    public static class Procedures {
        /** One row. */
        public static class Row {
            /** The value. */
            public String value;

            /** @param value the value */
            public Row(String value) {
                this.value = value;
            }
        }

        /**
         * @param text a text
         * @return it, echoed
         */
        @Procedure(name = "bench.echo")
        public Stream<Row> echo(@Name("text") String text) {
            return Stream.of(new Row(text));
        }

        /**
         * @param text a text
         * @return it in upper case
         */
        @UserFunction(name = "bench.upper")
        public String upper(@Name("text") String text) {
            return text.toUpperCase(java.util.Locale.ROOT);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            measure(times, "plain", List.of(), false);
            measure(times, "with a procedure jar", List.of(Procedures.class), false);
            measure(times, "plain, tmpfs", List.of(), true);
        }
        times.forEach((kind, millis) -> System.out.printf("%-22s %s ms, median %d ms%n", kind, millis,
                millis.stream().sorted().toList().get(millis.size() / 2)));
    }

    private static void measure(Map<String, List<Long>> times, String kind, List<Class<?>> procedures, boolean tmpfs)
            throws Exception {
        ServerRequest request = new ServerRequest(Neo4jTest.DEFAULT_IMAGE, Map.of("dbms.usage_report.enabled", "false"),
                procedures, List.of(), "ContainerStartMain", property -> Optional.empty()).withContainer(Map.of(), tmpfs);
        long start = System.nanoTime();
        try (Neo4jServer server = new TestcontainersServerProvider().start(request);
                Driver driver = GraphDatabase.driver(server.boltUri(),
                        AuthTokens.basic(server.username(), server.password()))) {
            driver.executableQuery(procedures.isEmpty() ? "RETURN 1" : "CALL bench.echo('x')").execute();
            times.computeIfAbsent(kind, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000_000);
        }
    }
}
