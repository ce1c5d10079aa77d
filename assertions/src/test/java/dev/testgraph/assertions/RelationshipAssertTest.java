package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** Relationship assertions against a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class RelationshipAssertTest {

    private Node alice;
    private Node bob;
    private Relationship knows;

    @BeforeEach
    void createRelationship(Driver driver) {
        var record = driver.executableQuery(
                        "CREATE (a:Person {name: 'Alice'})-[r:KNOWS {since: 2020}]->(b:Person {name: 'Bob'}) RETURN a, r, b")
                .execute()
                .records()
                .get(0);
        alice = record.get("a").asNode();
        bob = record.get("b").asNode();
        knows = record.get("r").asRelationship();
    }

    @Test
    void should_pass_hasType_startsAt_endsAt() {
        assertThat(knows).hasType("KNOWS").startsAt(alice).endsAt(bob);
    }

    @Test
    void should_fail_hasType() {
        assertThat(failureMessage(() -> assertThat(knows).hasType("LIKES"))).isEqualTo(lines("""

                Expecting relationship:
                  ()-[:KNOWS {since: 2020}]->()
                to have type:
                  "LIKES"
                but was:
                  "KNOWS\""""));
    }

    @Test
    void should_fail_startsAt() {
        assertThat(failureMessage(() -> assertThat(knows).startsAt(bob))).isEqualTo(lines("""

                Expecting relationship:
                  ()-[:KNOWS {since: 2020}]->()
                to start at node:
                  (:Person {name: "Bob"}) with element id "%s"
                but was:
                  a node with element id "%s\"""".formatted(bob.elementId(), alice.elementId())));
    }

    @Test
    void should_fail_endsAt() {
        assertThat(failureMessage(() -> assertThat(knows).endsAt(alice))).isEqualTo(lines("""

                Expecting relationship:
                  ()-[:KNOWS {since: 2020}]->()
                to end at node:
                  (:Person {name: "Alice"}) with element id "%s"
                but was:
                  a node with element id "%s\"""".formatted(alice.elementId(), bob.elementId())));
    }

    @Test
    void should_pass_property_assertions() {
        assertThat(knows).hasProperty("since", 2020L).doesNotHaveProperty("until").hasElementId(knows.elementId());
    }

    @Test
    void should_fail_hasProperty() {
        assertThat(failureMessage(() -> assertThat(knows).hasProperty("since", 2021))).isEqualTo(lines("""

                Expecting relationship:
                  ()-[:KNOWS {since: 2020}]->()
                to have property:
                  since: 2021
                but was:
                  since: 2020"""));
    }
}
