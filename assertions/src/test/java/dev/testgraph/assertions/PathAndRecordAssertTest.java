package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatRecords;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Path, record, records and eager-result assertions against a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class PathAndRecordAssertTest {

    private Path path;
    private Node alice;
    private Node bob;
    private Node carol;
    private Relationship knows;
    private Record record;
    private EagerResult result;

    @BeforeEach
    void createGraph(Driver driver) {
        driver.executableQuery("CREATE (a:Person {name: 'Alice'})-[:KNOWS]->(b:Person {name: 'Bob'}),"
                        + " (c:Person {name: 'Carol'})-[:KNOWS {since: 2021}]->(b)")
                .execute();
        Record found = driver.executableQuery(
                        "MATCH p = (a:Person {name: 'Alice'})-[r:KNOWS]->(b)<-[:KNOWS]-(c) RETURN p, a, b, c, r")
                .execute()
                .records()
                .get(0);
        path = found.get("p").asPath();
        alice = found.get("a").asNode();
        bob = found.get("b").asNode();
        carol = found.get("c").asNode();
        knows = found.get("r").asRelationship();
        result = driver.executableQuery("MATCH (p:Person) RETURN p.name AS name, size(p.name) AS length, p AS person"
                        + " ORDER BY name")
                .execute();
        record = result.records().get(0);
    }

    private static final String PATH = "(:Person {name: \"Alice\"})-[:KNOWS]->(:Person {name: \"Bob\"})"
            + "<-[:KNOWS {since: 2021}]-(:Person {name: \"Carol\"})";

    @Test
    void should_pass_path_assertions() {
        assertThat(path).hasLength(2).startsAt(alice).endsAt(carol).containsNode(bob).containsRelationship(knows)
                .hasRelationshipTypes("KNOWS", "KNOWS");
        assertThat(path).nodes().hasSize(3);
        assertThat(path).relationships().extracting(Relationship::type).containsOnly("KNOWS");
    }

    @Test
    void should_fail_hasLength() {
        assertThat(failureMessage(() -> assertThat(path).hasLength(1))).isEqualTo(lines("""

                Expecting path:
                  %s
                to have length:
                  1
                but was:
                  2""".formatted(PATH)));
    }

    @Test
    void should_fail_startsAt_and_endsAt() {
        assertThat(failureMessage(() -> assertThat(path).startsAt(bob))).isEqualTo(lines("""

                Expecting path:
                  %s
                to start at node:
                  (:Person {name: "Bob"}) with element id "%s"
                but was:
                  (:Person {name: "Alice"}) with element id "%s\"""".formatted(PATH, bob.elementId(), alice.elementId())));
        assertThat(failureMessage(() -> assertThat(path).endsAt(alice))).startsWith(lines("""

                Expecting path:
                  %s
                to end at node:""".formatted(PATH)));
    }

    @Test
    void should_fail_containsNode(Driver driver) {
        Node dave = driver.executableQuery("CREATE (d:Person {name: 'Dave'}) RETURN d").execute().records().get(0)
                .get("d").asNode();
        assertThat(failureMessage(() -> assertThat(path).containsNode(dave))).isEqualTo(lines("""

                Expecting path:
                  %s
                to contain node:
                  (:Person {name: "Dave"}) with element id "%s"
                but it does not""".formatted(PATH, dave.elementId())));
    }

    @Test
    void should_fail_containsRelationship(Driver driver) {
        Relationship other = driver.executableQuery("CREATE ()-[r:LIKES]->() RETURN r").execute().records().get(0)
                .get("r").asRelationship();
        assertThat(failureMessage(() -> assertThat(path).containsRelationship(other))).isEqualTo(lines("""

                Expecting path:
                  %s
                to contain relationship:
                  ()-[:LIKES]->() with element id "%s"
                but it does not""".formatted(PATH, other.elementId())));
    }

    @Test
    void should_fail_hasRelationshipTypes() {
        assertThat(failureMessage(() -> assertThat(path).hasRelationshipTypes("KNOWS"))).isEqualTo(lines("""

                Expecting path:
                  %s
                to have relationship types:
                  ["KNOWS"]
                but was:
                  ["KNOWS", "KNOWS"]""".formatted(PATH)));
    }

    @Test
    void should_pass_record_assertions() {
        assertThat(record).hasKeys("name", "length", "person").hasKey("name").hasValue("name", "Alice")
                .hasValue("length", 5);
        assertThat(record).value("length").isEqualTo(5L);
        assertThat(record).node("person").hasProperty("name", "Alice");
        assertThat(record).asMap().containsEntry("name", "Alice");
    }

    @Test
    void should_fail_record_hasKeys() {
        assertThat(failureMessage(() -> assertThat(record).hasKeys("name"))).isEqualTo(lines("""

                Expecting record:
                  {name: "Alice", length: 5, person: (:Person {name: "Alice"})}
                to have keys:
                  ["name"]
                but had:
                  ["name", "length", "person"]"""));
    }

    @Test
    void should_fail_record_hasKey() {
        assertThat(failureMessage(() -> assertThat(record).hasKey("age"))).isEqualTo(lines("""

                Expecting record:
                  {name: "Alice", length: 5, person: (:Person {name: "Alice"})}
                to have key:
                  "age"
                but it only has:
                  ["name", "length", "person"]"""));
    }

    @Test
    void should_fail_record_hasValue() {
        assertThat(failureMessage(() -> assertThat(record).hasValue("length", 3))).isEqualTo(lines("""

                Expecting record:
                  {name: "Alice", length: 5, person: (:Person {name: "Alice"})}
                to have value:
                  length: 3
                but was:
                  length: 5"""));
    }

    @Test
    void should_fail_record_node_navigation_on_a_string() {
        assertThat(failureMessage(() -> assertThat(record).node("name"))).contains("Node");
    }

    @Test
    void should_pass_records_assertions() {
        List<Record> records = result.records();
        assertThatRecords(records).hasSize(3).isNotEmpty().hasKeys("name", "length", "person");
        assertThatRecords(records).column("name").containsExactly("Alice", "Bob", "Carol");
        assertThatRecords(records).record(1).hasValue("name", "Bob");
        assertThatRecords(List.of()).isEmpty();
    }

    @Test
    void should_fail_records_hasSize() {
        assertThat(failureMessage(() -> assertThatRecords(result.records()).hasSize(2))).isEqualTo(lines("""

                Expecting records:
                  {name: "Alice", length: 5, person: (:Person {name: "Alice"})}
                  {name: "Bob", length: 3, person: (:Person {name: "Bob"})}
                  {name: "Carol", length: 5, person: (:Person {name: "Carol"})}
                to have size:
                  2
                but had:
                  3"""));
    }

    @Test
    void should_fail_records_isEmpty_and_isNotEmpty() {
        assertThat(failureMessage(() -> assertThatRecords(result.records().subList(0, 1)).isEmpty())).isEqualTo(lines("""

                Expecting records to be empty but it has 1 record:
                  {name: "Alice", length: 5, person: (:Person {name: "Alice"})}"""));
        assertThat(failureMessage(() -> assertThatRecords(List.of()).isNotEmpty())).isEqualTo(lines("""

                Expecting records not to be empty"""));
    }

    @Test
    void should_fail_records_hasKeys_and_record() {
        assertThat(failureMessage(() -> assertThatRecords(result.records()).hasKeys("name"))).startsWith(lines("""

                Expecting record:
                  {name: "Alice", length: 5, person: (:Person {name: "Alice"})}
                to have keys:
                  ["name"]"""));
        assertThat(failureMessage(() -> assertThatRecords(result.records()).record(3))).endsWith(lines("""
                to have size:
                  at least 4
                but had:
                  3"""));
    }

    @Test
    void should_pass_eager_result_assertions() {
        assertThat(result).hasKeys("name", "length", "person").hasSize(3).isNotEmpty();
        assertThat(result).column("length").containsExactly(5L, 3L, 5L);
        assertThat(result).records().record(2).hasValue("name", "Carol");
        assertThat(result).summary().counters().doesNotContainUpdates();
    }

    @Test
    void should_fail_eager_result_assertions(Driver driver) {
        assertThat(failureMessage(() -> assertThat(result).hasKeys("name"))).isEqualTo(lines("""

                Expecting result:
                  3 records
                to have keys:
                  ["name"]
                but had:
                  ["name", "length", "person"]"""));
        assertThat(failureMessage(() -> assertThat(result).singleRecord())).startsWith(lines("""

                Expecting result:
                  {name: "Alice\""""));
        EagerResult empty = driver.executableQuery("MATCH (n:Nobody) RETURN n").execute();
        assertThat(failureMessage(() -> assertThat(empty).isNotEmpty())).isEqualTo(lines("""

                Expecting result not to be empty"""));
        assertThat(failureMessage(() -> assertThat(result).isEmpty())).startsWith(lines("""

                Expecting result to be empty but it has 3 records:"""));
    }
}
