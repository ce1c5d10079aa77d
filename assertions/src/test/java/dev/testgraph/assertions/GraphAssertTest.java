package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Counts, patterns and emptiness of the graph in a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class GraphAssertTest {

    private Driver driver;

    @BeforeEach
    void createGraph(Driver driver) {
        this.driver = driver;
        driver.executableQuery("CREATE (a:Person {name: 'Alice', age: 42})-[:KNOWS {since: 2020}]->(b:Person {name: 'Bob'}),"
                        + " (b)-[:KNOWS]->(a), (a)-[:LIKES]->(:Movie {title: 'Heat'})")
                .execute();
    }

    @Test
    void should_pass_counts() {
        assertThatGraph(driver).hasNodeCount(3).hasNodeCount("Person", 2).hasNodeCount("Nobody", 0)
                .hasRelationshipCount(3).hasRelationshipCount("KNOWS", 2).isNotEmpty();
        assertThatGraph(driver, "neo4j").hasNodeCount(3);
    }

    @Test
    void should_fail_counts() {
        assertThat(failureMessage(() -> assertThatGraph(driver).hasNodeCount("Person", 3))).isEqualTo(lines("""

                Expecting graph in the default database
                to have nodes with label :Person:
                  3
                but had:
                  2"""));
        assertThat(failureMessage(() -> assertThatGraph(driver, "neo4j").hasNodeCount(2))).isEqualTo(lines("""

                Expecting graph in database "neo4j"
                to have nodes:
                  2
                but had:
                  3"""));
        assertThat(failureMessage(() -> assertThatGraph(driver).hasRelationshipCount("KNOWS", 1))).isEqualTo(lines("""

                Expecting graph in the default database
                to have relationships of type :KNOWS:
                  1
                but had:
                  2"""));
        assertThat(failureMessage(() -> assertThatGraph(driver).hasRelationshipCount(0))).isEqualTo(lines("""

                Expecting graph in the default database
                to have relationships:
                  0
                but had:
                  3"""));
    }

    @Test
    void should_pass_isEmpty() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        assertThatGraph(driver).isEmpty();
    }

    @Test
    void should_fail_isEmpty_and_isNotEmpty() {
        assertThat(failureMessage(() -> assertThatGraph(driver).isEmpty())).isEqualTo(lines("""

                Expecting graph in the default database to be empty but it has 3 nodes and 3 relationships:
                  (:Movie {title: "Heat"})
                  (:Person {age: 42, name: "Alice"})
                  (:Person {name: "Bob"})"""));
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        assertThat(failureMessage(() -> assertThatGraph(driver).isNotEmpty())).isEqualTo(lines("""

                Expecting graph in the default database not to be empty"""));
    }

    @Test
    void should_pass_containsNode_containsRelationship_contains() {
        assertThatGraph(driver).containsNode("(:Person {name: 'Alice', age: 42})")
                .containsNode("(:Movie)")
                .containsRelationship("(:Person {name:'Alice'})-[:KNOWS {since: 2020}]->(:Person {name:'Bob'})")
                .containsRelationship("(:Person {name: \"Bob\"})<-[:KNOWS]-()")
                .containsRelationship("(:Movie)--()")
                .contains("(a:Person {name: 'Alice'})-[:KNOWS]->(b:Person), (b)-[:KNOWS]->(a)")
                .contains("(:Person)-[:LIKES]->(:Movie {title: 'Heat'})");
    }

    @Test
    void should_fail_containsNode() {
        assertThat(failureMessage(() -> assertThatGraph(driver).containsNode("(:Person {name: 'Carol'})"))).isEqualTo(lines("""

                Expecting graph in the default database
                to contain:
                  (:Person {name: 'Carol'})
                but found no match; nodes with label :Person:
                  (:Person {age: 42, name: "Alice"})
                  (:Person {name: "Bob"})"""));
        assertThat(failureMessage(() -> assertThatGraph(driver).containsNode("(:Robot)"))).isEqualTo(lines("""

                Expecting graph in the default database
                to contain:
                  (:Robot)
                but found no match
                and there are no nodes with label :Robot"""));
    }

    @Test
    void should_fail_containsRelationship() {
        assertThat(failureMessage(() -> assertThatGraph(driver)
                .containsRelationship("(:Person {name:'Alice'})-[:KNOWS {since: 2021}]->(:Person {name:'Bob'})")))
                .isEqualTo(lines("""

                Expecting graph in the default database
                to contain:
                  (:Person {name:'Alice'})-[:KNOWS {since: 2021}]->(:Person {name:'Bob'})
                but found no match; relationships of type :KNOWS:
                  (:Person {age: 42, name: "Alice"})-[:KNOWS {since: 2020}]->(:Person {name: "Bob"})
                  (:Person {name: "Bob"})-[:KNOWS]->(:Person {age: 42, name: "Alice"})"""));
    }

    @Test
    void should_pass_doesNotContain() {
        assertThatGraph(driver).doesNotContain("(:Person {name: 'Mallory'})")
                .doesNotContain("(:Movie)-[:LIKES]->(:Person)")
                .doesNotContain("(:Person {age: '42'})");
    }

    @Test
    void should_fail_doesNotContain() {
        assertThat(failureMessage(() -> assertThatGraph(driver).doesNotContain("(:Person)-[:LIKES]->(m)"))).isEqualTo(lines("""

                Expecting graph in the default database
                not to contain:
                  (:Person)-[:LIKES]->(m)
                but found:
                  (:Person {age: 42, name: "Alice"})-[:LIKES]->(:Movie {title: "Heat"})"""));
    }

    @Test
    void should_reject_what_is_not_a_pattern() {
        assertThatIllegalArgumentException().isThrownBy(() -> assertThatGraph(driver).containsNode("(a)-->(b)"))
                .withMessageStartingWith("containsNode expects one node pattern");
        assertThatIllegalArgumentException().isThrownBy(() -> assertThatGraph(driver).containsRelationship("(a)"))
                .withMessageStartingWith("containsRelationship expects one relationship pattern");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatGraph(driver).contains("(n) DETACH DELETE n"))
                .withMessage(lines("""
                        Invalid graph pattern at position 4: unexpected 'D'
                          (n) DETACH DELETE n
                              ^"""));
        assertThatGraph(driver).hasNodeCount(3);
    }
}
