package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.anyDateTime;
import static dev.testgraph.assertions.Neo4jAssertions.anyNumber;
import static dev.testgraph.assertions.Neo4jAssertions.anyString;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import dev.testgraph.fixtures.FixtureGraph;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The options of whole-graph comparison (ignoring, restricting, matching by condition), on a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class GraphComparisonOptionsTest {

    private static void run(Driver driver, String cypher) {
        driver.executableQuery(cypher).execute();
    }

    /** Alice knows Bob, with a generated uuid and creation time on each, as an application would write them. */
    private static void createAliceKnowsBobWithGeneratedValues(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', uuid: randomUUID(), createdAt: datetime()})"
                + "-[:KNOWS {since: 2020}]->(:Person {name: 'Bob', uuid: randomUUID(), createdAt: datetime()})");
    }

    /** The same graph as exported by an earlier run: other uuids and times. */
    private static FixtureGraph aliceKnowsBobFromAnEarlierRun() {
        ZonedDateTime earlier = ZonedDateTime.parse("2026-01-01T10:00Z");
        return FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "uuid", "0b6f1c2e", "createdAt", earlier))
                .node("b", List.of("Person"), Map.of("name", "Bob", "uuid", "7d41e9aa", "createdAt", earlier))
                .relationship("KNOWS", "a", "b", Map.of("since", 2020L))
                .build();
    }

    /** Alice knows Bob, no properties but names: the expected graph of several tests, to add to. */
    private static FixtureGraph.Builder aliceKnowsBob() {
        return FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice"))
                .node("b", List.of("Person"), Map.of("name", "Bob"))
                .relationship("KNOWS", "a", "b", Map.of());
    }

    private static void createAliceKnowsBobWhoWroteALog(Driver driver) {
        run(driver, "CREATE (a:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'}),"
                + " (a)-[:WROTE]->(:Log {at: datetime()})");
    }

    private static void createTwoCouples(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'}),"
                + " (:Person {name: 'Carol'})-[:LIKES]->(:Person {name: 'Dave'}), (:Log)");
    }

    @Test
    void should_fail_without_options_when_generated_values_differ(Driver driver) {
        createAliceKnowsBobWithGeneratedValues(driver);

        assertThatThrownBy(() -> assertThatGraph(driver).isEqualTo(aliceKnowsBobFromAnEarlierRun()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 nodes with different properties:")
                .hasMessageNotContaining("ignoring:");
    }

    @Test
    void should_pass_ignoringProperties_when_generated_values_differ(Driver driver) {
        createAliceKnowsBobWithGeneratedValues(driver);

        assertThatGraph(driver).ignoringProperties("uuid", "createdAt").isEqualTo(aliceKnowsBobFromAnEarlierRun())
                .containsGraph(aliceKnowsBobFromAnEarlierRun());
    }

    @Test
    void should_fail_ignoringProperties_naming_them(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', age: 42, uuid: 'u1'})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "age", 41L, "uuid", "u2"))
                .build();

        assertThat(failureMessage(() -> assertThatGraph(driver).ignoringProperties("uuid", "createdAt").isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          1 node, 0 relationships
                        to be equal to:
                          1 node, 0 relationships
                        ignoring: property uuid, property createdAt
                        but:
                          1 node with different properties:
                            (:Person {age: 42, name: "Alice"}) -> age: expected 41 but was 42"""));
    }

    @Test
    void should_pass_ignoringPropertiesOf_a_label_and_a_type(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', createdAt: 1})-[:WORKS_AT {createdAt: 5}]->"
                + "(:Company {name: 'Acme', createdAt: 2})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "createdAt", 99L))
                .node("c", List.of("Company"), Map.of("name", "Acme", "createdAt", 2L))
                .relationship("WORKS_AT", "a", "c", Map.of("createdAt", 7L))
                .build();

        assertThatGraph(driver).ignoringPropertiesOf("Person", "createdAt").ignoringPropertiesOf("WORKS_AT", "createdAt")
                .isEqualTo(expected);
    }

    @Test
    void should_fail_ignoringPropertiesOf_comparing_the_key_elsewhere(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', createdAt: 1})-[:WORKS_AT]->(:Company {name: 'Acme', createdAt: 2})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "createdAt", 99L))
                .node("c", List.of("Company"), Map.of("name", "Acme", "createdAt", 3L))
                .relationship("WORKS_AT", "a", "c", Map.of())
                .build();

        assertThat(failureMessage(() -> assertThatGraph(driver).ignoringPropertiesOf("Person", "createdAt")
                        .ignoringProperties("uuid").isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 1 relationship
                        to be equal to:
                          2 nodes, 1 relationship
                        ignoring: property uuid, property Person.createdAt
                        but:
                          1 node with different properties:
                            (:Company {createdAt: 2, name: "Acme"}) -> createdAt: expected 3 but was 2"""));
    }

    @Test
    void should_pass_ignoringLabels(Driver driver) {
        run(driver, "CREATE (:Person:Audited {name: 'Alice'})");
        FixtureGraph expected = FixtureGraph.builder().node("a", List.of("Person"), Map.of("name", "Alice")).build();

        assertThatGraph(driver).ignoringLabels("Audited").isEqualTo(expected);
    }

    @Test
    void should_fail_ignoringLabels(Driver driver) {
        run(driver, "CREATE (:Person:Audited {name: 'Alice'})");
        FixtureGraph expected = FixtureGraph.builder().node("a", List.of("Person"), Map.of("name", "Bob")).build();

        assertThat(failureMessage(() -> assertThatGraph(driver).ignoringLabels("Audited").isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          1 node, 0 relationships
                        to be equal to:
                          1 node, 0 relationships
                        ignoring: label Audited
                        but:
                          1 missing node:
                            (:Person {name: "Bob"})
                          1 unexpected node:
                            (:Person {name: "Alice"})"""));
    }

    @Test
    void should_pass_ignoringRelationshipTypes(Driver driver) {
        run(driver, "CREATE (a:Person {name: 'Alice'})-[:KNOWS]->(b:Person {name: 'Bob'}), (a)-[:VIEWED {at: datetime()}]->(b)");
        FixtureGraph expected = aliceKnowsBob().build();

        assertThatGraph(driver).ignoringRelationshipTypes("VIEWED").isEqualTo(expected);
    }

    @Test
    void should_fail_ignoringRelationshipTypes(Driver driver) {
        run(driver, "CREATE (a:Person {name: 'Alice'})-[:KNOWS]->(b:Person {name: 'Bob'}), (a)-[:VIEWED]->(b)");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice"))
                .node("b", List.of("Person"), Map.of("name", "Bob"))
                .relationship("KNOWS", "b", "a", Map.of())
                .build();

        assertThat(failureMessage(() -> assertThatGraph(driver).ignoringRelationshipTypes("VIEWED", "LIKED")
                        .isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 1 relationship
                        to be equal to:
                          2 nodes, 1 relationship
                        ignoring: relationship type VIEWED, relationship type LIKED
                        but:
                          1 missing relationship:
                            (:Person {name: "Bob"})-[:KNOWS]->(:Person {name: "Alice"})
                          1 unexpected relationship:
                            (:Person {name: "Alice"})-[:KNOWS]->(:Person {name: "Bob"})"""));
    }

    @Test
    void should_pass_onlyNodesLabelled(Driver driver) {
        createAliceKnowsBobWhoWroteALog(driver);
        FixtureGraph expected = aliceKnowsBob()
                .node("l", List.of("Log"), Map.of("at", "whenever"))
                .relationship("WROTE", "a", "l", Map.of())
                .build();

        assertThatGraph(driver).onlyNodesLabelled("Person").isEqualTo(expected);
    }

    @Test
    void should_fail_onlyNodesLabelled_on_containsGraph(Driver driver) {
        createAliceKnowsBobWhoWroteALog(driver);
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice"))
                .node("c", List.of("Person"), Map.of("name", "Carol"))
                .relationship("KNOWS", "a", "c", Map.of())
                .build();

        assertThat(failureMessage(() -> assertThatGraph(driver).onlyNodesLabelled("Person", "Company").containsGraph(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 1 relationship
                        to contain:
                          2 nodes, 1 relationship
                        only nodes labelled: Person, Company
                        but:
                          1 missing node:
                            (:Person {name: "Carol"})
                          1 missing relationship:
                            (:Person {name: "Alice"})-[:KNOWS]->(:Person {name: "Carol"})"""));
    }

    @Test
    void should_pass_restrictedTo(Driver driver) {
        createTwoCouples(driver);
        FixtureGraph expected = aliceKnowsBob().build();

        assertThatGraph(driver).restrictedTo("MATCH p = (:Person)-[:KNOWS]->() RETURN p").isEqualTo(expected);
        assertThatGraph(driver).restrictedTo("MATCH ()-[r:KNOWS]->() RETURN r").isEqualTo(expected);
        assertThatGraph(driver).restrictedTo("MATCH (n:Person) WHERE n.name IN $names RETURN collect(n) AS people",
                        Map.of("names", List.of("Alice")))
                .restrictedTo("MATCH (:Person {name: 'Alice'})-[r]->(b) RETURN {knows: r, who: b} AS knows")
                .isEqualTo(expected);
    }

    @Test
    void should_fail_restrictedTo(Driver driver) {
        createTwoCouples(driver);
        FixtureGraph expected = aliceKnowsBob().build();

        assertThat(failureMessage(() -> assertThatGraph(driver)
                        .restrictedTo("MATCH (n:Person) WHERE n.name IN $names RETURN n", Map.of("names", List.of("Alice", "Bob")))
                        .isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 0 relationships
                        to be equal to:
                          2 nodes, 1 relationship
                        restricted to: MATCH (n:Person) WHERE n.name IN $names RETURN n with {names: ["Alice", "Bob"]}
                        but:
                          1 missing relationship:
                            (:Person {name: "Alice"})-[:KNOWS]->(:Person {name: "Bob"})"""));
    }

    @Test
    void should_pass_withProperty_anyDateTime_whatever_the_fixture_holds(Driver driver) {
        createAliceKnowsBobWithGeneratedValues(driver);
        FixtureGraph placeholders = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "uuid", "?", "createdAt", "?"))
                .node("b", List.of("Person"), Map.of("name", "Bob", "uuid", "?", "createdAt", "?"))
                .relationship("KNOWS", "a", "b", Map.of("since", 2020L))
                .build();

        assertThatGraph(driver).withProperty("createdAt", anyDateTime()).withProperty("uuid", anyString())
                .isEqualTo(placeholders)
                .isEqualTo(aliceKnowsBobFromAnEarlierRun());
    }

    @Test
    void should_fail_withProperty_anyDateTime_on_another_type_or_a_missing_key(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', createdAt: 'yesterday'}), (:Person {name: 'Bob'})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "createdAt", "?"))
                .node("b", List.of("Person"), Map.of("name", "Bob", "createdAt", "?"))
                .build();

        assertThat(failureMessage(() -> assertThatGraph(driver).withProperty("createdAt", anyDateTime()).isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 0 relationships
                        to be equal to:
                          2 nodes, 0 relationships
                        matching: createdAt by any date-time
                        but:
                          2 nodes with different properties:
                            (:Person {createdAt: "yesterday", name: "Alice"}) -> createdAt: expected <any date-time> but was "yesterday"
                            (:Person {name: "Bob"}) -> createdAt: expected <any date-time> but was no property"""));
    }

    @Test
    void should_pass_withPropertyOf_with_anyNumber_and_a_condition(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', version: 3})-[:RATED {score: 0.5, version: 1}]->(:Movie {title: 'Heat', version: 'v2'})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "version", 0L))
                .node("m", List.of("Movie"), Map.of("title", "Heat", "version", "v2"))
                .relationship("RATED", "a", "m", Map.of("score", 0L, "version", 0L))
                .build();
        Condition<Double> fraction = new Condition<>(score -> score >= 0 && score <= 1, "a fraction");

        assertThatGraph(driver).withPropertyOf("Person", "version", anyNumber())
                .withPropertyOf("RATED", "version", anyNumber())
                .withPropertyOf("RATED", "score", fraction)
                .isEqualTo(expected);
    }

    @Test
    void should_fail_withPropertyOf_with_a_condition_of_another_type(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice'})-[:RATED {score: 'high'}]->(:Movie {title: 'Heat'})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice"))
                .node("m", List.of("Movie"), Map.of("title", "Heat"))
                .relationship("RATED", "a", "m", Map.of("score", 0L))
                .build();
        Condition<Double> fraction = new Condition<>(score -> score >= 0 && score <= 1, "a fraction");

        assertThat(failureMessage(() -> assertThatGraph(driver).withPropertyOf("RATED", "score", fraction)
                        .ignoringPropertiesOf("Person", "uuid").ignoringLabels("Audited").isEqualTo(expected)))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 1 relationship
                        to be equal to:
                          2 nodes, 1 relationship
                        ignoring: property Person.uuid, label Audited
                        matching: RATED.score by a fraction
                        but:
                          1 relationship with different properties:
                            (:Person {name: "Alice"})-[:RATED {score: "high"}]->(:Movie {title: "Heat"}) -> score: expected <a fraction> but was "high\""""));
    }

    @Test
    void should_collect_soft_failures_with_the_options_named(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', uuid: 'u1'})");
        Neo4jSoftAssertions softly = new Neo4jSoftAssertions();

        softly.assertThatGraph(driver).ignoringProperties("uuid")
                .isEqualTo(FixtureGraph.builder().node("a", List.of("Person"), Map.of("name", "Alice", "uuid", "u2")).build())
                .isEqualTo(FixtureGraph.builder().node("a", List.of("Person"), Map.of("name", "Bob", "uuid", "u1")).build());

        assertThat(softly.errorsCollected()).hasSize(1);
        // Soft assertions add the place of the failure after the message.
        assertThat(softly.errorsCollected().get(0).getMessage()).startsWith(lines("""

                Expecting graph in the default database:
                  1 node, 0 relationships
                to be equal to:
                  1 node, 0 relationships
                ignoring: property uuid
                but:
                  1 missing node:
                    (:Person {name: "Bob"})
                  1 unexpected node:
                    (:Person {name: "Alice"})
                """));
    }

    @Test
    void should_refuse_options_without_names(Driver driver) {
        assertThatThrownBy(() -> assertThatGraph(driver).ignoringProperties())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give at least one property key");
        assertThatThrownBy(() -> assertThatGraph(driver).ignoringLabels("Person", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The label must not be blank");
    }

    @Test
    void should_refuse_a_restricting_query_that_returns_no_entities(Driver driver) {
        createTwoCouples(driver);

        assertThatThrownBy(() -> assertThatGraph(driver).restrictedTo("MATCH (n:Person) RETURN n.name")
                        .isEqualTo(aliceKnowsBob().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The query MATCH (n:Person) RETURN n.name returned 4 records but no node, relationship or path;"
                        + " return the entities themselves (RETURN n, RETURN p), not their properties");
    }

    @Test
    void should_pass_the_example_in_the_docs(Driver driver) {
        run(driver, "CREATE (a:Person:Audited {name: 'Alice', uuid: randomUUID(), createdAt: datetime(), updatedAt: datetime()})"
                + "-[:KNOWS]->(b:Person {name: 'Bob', uuid: randomUUID(), createdAt: datetime()}), (a)-[:VIEWED]->(b)");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "createdAt", "?"))
                .node("b", List.of("Person"), Map.of("name", "Bob", "createdAt", "?"))
                .relationship("KNOWS", "a", "b", Map.of())
                .build();

        // The block in docs/assertions.md, section "Ignoring what varies".
        assertThatGraph(driver)
                .ignoringProperties("uuid")                      // on every node and relationship
                .ignoringPropertiesOf("Person", "updatedAt")     // only on Person nodes (and relationships of type Person)
                .ignoringLabels("Audited")                       // the label is removed, the node stays
                .ignoringRelationshipTypes("VIEWED")             // those relationships are left out
                .withProperty("createdAt", anyDateTime())        // any date-time; the fixture holds a placeholder
                .isEqualTo(expected);
        assertThatGraph(driver)
                .restrictedTo("MATCH p = (:Person)-[:KNOWS]->() RETURN p")   // the actual graph is what this returns
                .onlyNodesLabelled("Person")                                  // in both graphs
                .ignoringProperties("uuid", "createdAt", "updatedAt")
                .ignoringLabels("Audited")
                .isEqualTo(expected);
    }
}
