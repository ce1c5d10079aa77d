package dev.testgraph.integration;

import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.testgraph.junit.Neo4jTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/**
 * The expected graph written as a Cypher CREATE script, compared through the driver on every backend (embedded,
 * Testcontainers, external): equal after the server ran the same script, the difference and the HTML report when
 * it is not, and the database unchanged by the comparison.
 */
@ExtendWith(BackendUnderTest.class)
class CypherExpectedGraphTest {

    static final String SCRIPT = """
            CREATE (a:Person {name: 'Alice', born: date('1990-05-01'), tags: ['a', 'b'],
                    seen: datetime('2024-05-01T10:00:00Z'), span: duration('PT90M'), at: point({x: 1.5, y: 2.0})})
                   -[:KNOWS {since: 2020}]->(b:Person {name: 'Bob'})
            CREATE (b)-[:LIKES]->(:Movie {title: 'Up'})
            """;

    @Test
    void a_cypher_expectation_compares_through_the_driver_and_leaves_the_database_as_it_was() {
        EngineExecutionResults results = Kit.run(Compared.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(Kit.recorded("nodes before and after")).containsExactly(3L, 3L);
        String message = (String) Kit.recorded("message").get(0);
        assertThat(message).contains("1 missing node:", "(:Movie {title: \"Down\"})", "1 unexpected node:",
                "(:Movie {title: \"Up\"})");
        String report = message.substring(message.lastIndexOf("Report: ") + "Report: ".length());
        assertThat(Path.of(report)).exists().content().contains("<g class=\"node missing\">",
                "<g class=\"node unexpected\">");
    }

    @Neo4jTest
    static class Compared {
        @Test
        void compare(Driver driver) {
            driver.executableQuery(SCRIPT).execute();
            Kit.record("nodes before and after", Kit.count(driver, "MATCH (n) RETURN count(n)"));

            assertThatGraph(driver).isEqualTo(SCRIPT).containsGraph("CREATE (:Movie {title: 'Up'})");
            // reports on and in a known place whatever the shell sets (TESTGRAPH_REPORTS=false included)
            Path directory = Path.of("target", "testgraph-it");
            System.setProperty("testgraph.reports", "true");
            System.setProperty("testgraph.reports.dir", directory.toString());
            AssertionError error;
            try {
                error = catchThrowableOfType(AssertionError.class,
                        () -> assertThatGraph(driver).isEqualTo(SCRIPT.replace("'Up'", "'Down'")));
            } finally {
                System.clearProperty("testgraph.reports");
                System.clearProperty("testgraph.reports.dir");
            }

            Kit.record("message", error.getMessage());
            Kit.record("nodes before and after", Kit.count(driver, "MATCH (n) RETURN count(n)"));
            assertThat(error.getMessage()).endsWith(
                    directory.resolve("CypherExpectedGraphTest_Compared.compare.html").toAbsolutePath().toString());
        }
    }
}
