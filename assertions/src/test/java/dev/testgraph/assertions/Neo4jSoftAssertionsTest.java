package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.types.Node;

/** Soft assertions, on their own and through AssertJ's SoftAssertionsExtension (harness backend). */
@ExtendWith({HarnessExtension.class, SoftAssertionsExtension.class})
class Neo4jSoftAssertionsTest {

    @InjectSoftAssertions
    private Neo4jSoftAssertions injected;

    private Driver driver;
    private Node alice;
    private EagerResult result;

    @BeforeEach
    void createGraph(Driver driver) {
        this.driver = driver;
        result = driver.executableQuery("CREATE (a:Person {name: 'Alice'})-[r:KNOWS]->(b:Person {name: 'Bob'})"
                        + " RETURN a, r, b, [(a)-[k]->(b) | k][0] AS k")
                .execute();
        alice = result.records().get(0).get("a").asNode();
    }

    @Test
    void should_pass_with_the_extension() {
        injected.assertThat(alice).hasLabels("Person").hasProperty("name", "Alice");
        injected.assertThat(result).hasSize(1).summary().counters().hasNodesCreated(2);
        injected.assertThat(result.records().get(0).get("r").asRelationship()).hasType("KNOWS");
        injected.assertThatRecords(result.records()).column("k").hasSize(1);
        injected.assertThatGraph(driver).hasNodeCount("Person", 2);
        injected.assertThat("plain AssertJ").startsWith("plain");
    }

    @Test
    void should_collect_every_failure_including_navigation() {
        Neo4jSoftAssertions softly = new Neo4jSoftAssertions();
        softly.assertThat(alice).hasLabels("Admin").hasProperty("name", "Alicia");
        softly.assertThat(alice).labels().contains("Robot");
        softly.assertThat(result).summary().counters().hasNodesCreated(3);
        softly.assertThatGraph(driver).hasNodeCount(5);
        softly.assertThat(List.of(1)).isEmpty();
        assertThat(softly.errorsCollected()).hasSize(6);
        assertThat(softly.errorsCollected().get(2)).hasMessageContaining("Robot");
        assertThat(softly.errorsCollected().get(0).getMessage()).startsWith(lines("""

                Expecting node:
                  (:Person {name: "Alice"})
                to have labels:
                  ["Admin"]
                but could not find:
                  ["Admin"]"""));
        assertThat(softly.errorsCollected().get(3)).hasMessageContaining("to have nodesCreated:");
        assertThat(softly.errorsCollected().get(4)).hasMessageContaining("to have nodes:");
    }
}
