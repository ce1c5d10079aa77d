package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testgraph.assertions.internal.GraphContainment;
import dev.testgraph.assertions.internal.GraphEquality;
import dev.testgraph.assertions.internal.GraphSnapshot;
import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadOptions;
import dev.testgraph.fixtures.LoadedGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Whole-graph equality and containment against fixtures, on a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class GraphComparisonTest {

    private static void run(Driver driver, String cypher) {
        driver.executableQuery(cypher).execute();
    }

    private static FixtureGraph aliceKnowsBob() {
        return FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "age", 42L))
                .node("b", List.of("Person"), Map.of("name", "Bob"))
                .relationship("KNOWS", "a", "b", Map.of("since", 2020L))
                .build();
    }

    @Test
    void should_pass_isEqualTo(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', age: 42})-[:KNOWS {since: 2020}]->(:Person {name: 'Bob'})");
        assertThatGraph(driver).isEqualTo(aliceKnowsBob());
        assertThatGraph(driver).isEqualTo((Object) aliceKnowsBob());
    }

    @Test
    void should_compare_with_everything_a_load_and_its_base_loaded(Driver driver) throws java.io.IOException {
        LoadedGraph base = Fixtures.load(driver, aliceKnowsBob());
        LoadedGraph layer = Fixtures.load(driver, FixtureGraph.builder()
                .node("c", List.of("Person"), Map.of("name", "Carol"))
                .relationship("KNOWS", "b", "c", Map.of())
                .build(), LoadOptions.defaults().withBase(base));

        assertThatGraph(driver).isEqualTo(layer).containsGraph(layer).containsGraph(base);
        assertThatGraph(driver).isEqualTo((Object) layer);
        run(driver, "MATCH (c:Person {name: 'Carol'}) SET c.name = 'Caroline'");
        assertThat(failureMessage(() -> assertThatGraph(driver).isEqualTo(layer)))
                .contains("1 missing node:", "(:Person {name: \"Carol\"})", "1 unexpected node:",
                        "(:Person {name: \"Caroline\"})");

        java.nio.file.Path file = java.nio.file.Files.createTempFile("streamed", ".json");
        try {
            java.nio.file.Files.writeString(file, "{\"nodes\": [{\"id\": \"d\", \"labels\": [\"Person\"]}]}");
            LoadedGraph streamed = Fixtures.load(driver, file, LoadOptions.defaults().withStreamingThreshold(1));
            assertThatThrownBy(() -> assertThatGraph(driver).isEqualTo(streamed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The fixture " + streamed.fixture().source() + " was loaded streaming");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void should_pass_isEqualTo_for_empty_graphs(Driver driver) {
        assertThatGraph(driver).isEqualTo(FixtureGraph.builder().build());
    }

    @Test
    void should_fail_isEqualTo_listing_smallest_differences_first(Driver driver) {
        run(driver, "CREATE (a:Person {name: 'Alice', age: 42})-[:KNOWS {since: 2020}]->(b:Person {name: 'Bob'}),"
                + " (b)-[:KNOWS]->(:Person {name: 'Carol'})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("Person"), Map.of("name", "Alice", "age", "42"))
                .node("b", List.of("Person"), Map.of("name", "Bob"))
                .node("d", List.of("Person"), Map.of("name", "Dave"))
                .relationship("KNOWS", "a", "b", Map.of("since", 2021L))
                .relationship("KNOWS", "b", "d", Map.of())
                .build();
        assertThat(failureMessage(() -> assertThatGraph(driver).isEqualTo(expected))).isEqualTo(lines("""

                Expecting graph in the default database:
                  3 nodes, 2 relationships
                to be equal to:
                  3 nodes, 2 relationships
                but:
                  1 node with different properties:
                    (:Person {age: 42, name: "Alice"}) -> age: expected "42" but was 42
                  1 missing node:
                    (:Person {name: "Dave"})
                  1 unexpected node:
                    (:Person {name: "Carol"})
                  1 relationship with different properties:
                    (:Person {age: 42, name: "Alice"})-[:KNOWS {since: 2020}]->(:Person {name: "Bob"}) -> since: expected 2021 but was 2020
                  1 missing relationship:
                    (:Person {name: "Bob"})-[:KNOWS]->(:Person {name: "Dave"})
                  1 unexpected relationship:
                    (:Person {name: "Bob"})-[:KNOWS]->(:Person {name: "Carol"})"""));
    }

    @Test
    void should_fail_isEqualTo_on_exact_types(Driver driver) {
        run(driver, "CREATE (:Item {count: 1, price: 1.0, code: '1'})");
        FixtureGraph expected = FixtureGraph.builder()
                .node("i", List.of("Item"), Map.of("count", 1.0, "price", 1L, "code", 1L))
                .build();
        assertThat(failureMessage(() -> assertThatGraph(driver).isEqualTo(expected))).isEqualTo(lines("""

                Expecting graph in the default database:
                  1 node, 0 relationships
                to be equal to:
                  1 node, 0 relationships
                but:
                  1 missing node:
                    (:Item {code: 1, count: 1.0, price: 1})
                  1 unexpected node:
                    (:Item {code: "1", count: 1, price: 1.0})"""));
    }

    @Test
    void should_tell_identical_nodes_apart_by_their_relationships(Driver driver) {
        // Three identical (:Tag) nodes; the fixture lists them in another order than the database holds them.
        run(driver, "CREATE (t1:Tag), (t2:Tag), (t3:Tag), (p:Post {id: 1}), (q:Post {id: 2}),"
                + " (p)-[:TAGGED]->(t1), (p)-[:TAGGED]->(t2), (q)-[:TAGGED]->(t2), (t1)-[:NEXT]->(t2)");
        FixtureGraph same = FixtureGraph.builder()
                .node("x", List.of("Tag"), Map.of())
                .node("y", List.of("Tag"), Map.of())
                .node("z", List.of("Tag"), Map.of())
                .node("p", List.of("Post"), Map.of("id", 1L))
                .node("q", List.of("Post"), Map.of("id", 2L))
                .relationship("TAGGED", "p", "z", Map.of())
                .relationship("TAGGED", "p", "y", Map.of())
                .relationship("TAGGED", "q", "y", Map.of())
                .relationship("NEXT", "z", "y", Map.of())
                .build();
        assertThatGraph(driver).isEqualTo(same);
        FixtureGraph rewired = FixtureGraph.builder()
                .node("x", List.of("Tag"), Map.of())
                .node("y", List.of("Tag"), Map.of())
                .node("z", List.of("Tag"), Map.of())
                .node("p", List.of("Post"), Map.of("id", 1L))
                .node("q", List.of("Post"), Map.of("id", 2L))
                .relationship("TAGGED", "p", "z", Map.of())
                .relationship("TAGGED", "p", "y", Map.of())
                .relationship("TAGGED", "q", "y", Map.of())
                .relationship("NEXT", "y", "z", Map.of())
                .build();
        assertThat(failureMessage(() -> assertThatGraph(driver).isEqualTo(rewired))).isEqualTo(lines("""

                Expecting graph in the default database:
                  5 nodes, 4 relationships
                to be equal to:
                  5 nodes, 4 relationships
                but:
                  the same nodes and relationships are connected differently
                  2 expected node neighbourhoods not found:
                    (:Tag) with -[:NEXT]->(:Tag), <-[:TAGGED]-(:Post {id: 1}), <-[:TAGGED]-(:Post {id: 2})
                    (:Tag) with <-[:NEXT]-(:Tag), <-[:TAGGED]-(:Post {id: 1})
                  2 unexpected node neighbourhoods:
                    (:Tag) with -[:NEXT]->(:Tag), <-[:TAGGED]-(:Post {id: 1})
                    (:Tag) with <-[:NEXT]-(:Tag), <-[:TAGGED]-(:Post {id: 1}), <-[:TAGGED]-(:Post {id: 2})"""));
    }

    @Test
    void should_tell_two_triangles_from_a_hexagon(Driver driver) {
        // Every node looks the same from its direct neighbours; only the cycle lengths differ.
        run(driver, "CREATE (a:N)-[:R]->(b:N)-[:R]->(c:N)-[:R]->(a), (d:N)-[:R]->(e:N)-[:R]->(f:N)-[:R]->(d)");
        FixtureGraph.Builder hexagon = FixtureGraph.builder();
        for (int i = 0; i < 6; i++) {
            hexagon.node("n" + i, List.of("N"), Map.of());
        }
        for (int i = 0; i < 6; i++) {
            hexagon.relationship("R", "n" + i, "n" + ((i + 1) % 6), Map.of());
        }
        assertThat(failureMessage(() -> assertThatGraph(driver).isEqualTo(hexagon.build()))).isEqualTo(lines("""

                Expecting graph in the default database:
                  6 nodes, 6 relationships
                to be equal to:
                  6 nodes, 6 relationships
                but:
                  the same nodes and relationships are connected differently (every node has the same direct \
                neighbours; the difference is further away, e.g. cycles of different lengths)"""));
    }

    @Test
    void should_pass_containsGraph(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', age: 42})-[:KNOWS {since: 2020}]->(b:Person {name: 'Bob'}),"
                + " (b)-[:KNOWS]->(:Person {name: 'Carol'})");
        assertThatGraph(driver).containsGraph(aliceKnowsBob());
    }

    @Test
    void should_fail_containsGraph(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', age: 42}), (:Person {name: 'Bob'})");
        assertThat(failureMessage(() -> assertThatGraph(driver).containsGraph(aliceKnowsBob()))).isEqualTo(lines("""

                Expecting graph in the default database:
                  2 nodes, 0 relationships
                to contain:
                  2 nodes, 1 relationship
                but:
                  1 missing relationship:
                    (:Person {age: 42, name: "Alice"})-[:KNOWS {since: 2020}]->(:Person {name: "Bob"})"""));
    }

    @Test
    void should_fail_containsGraph_when_connected_otherwise(Driver driver) {
        // Two (:A)-[:R]->(:B) relationships exist, but not from one (:A) to two distinct (:B).
        run(driver, "CREATE (:A)-[:R]->(b:B), (:A)-[:R]->(b), (:B)");
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of("A"), Map.of())
                .node("b1", List.of("B"), Map.of())
                .node("b2", List.of("B"), Map.of())
                .relationship("R", "a", "b1", Map.of())
                .relationship("R", "a", "b2", Map.of())
                .build();
        assertThat(failureMessage(() -> assertThatGraph(driver).containsGraph(expected))).isEqualTo(lines("""

                Expecting graph in the default database:
                  4 nodes, 2 relationships
                to contain:
                  3 nodes, 2 relationships
                but:
                  the expected nodes and relationships all exist, but not connected as expected; no match for:
                    (:A) with -[:R]->(:B), -[:R]->(:B)"""));
    }

    /** About 3000 entities (1000 nodes, 2000 relationships), a third of the nodes identical to one another. */
    private static GraphSnapshot[] largeGraphs(long seed) {
        Random random = new Random(seed);
        List<GraphSnapshot.Node> nodes = new ArrayList<>();
        List<GraphSnapshot.Relationship> relationships = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> properties = i % 3 == 0 ? Map.of() : Map.of("id", (long) i, "name", "n" + (i % 50));
            nodes.add(new GraphSnapshot.Node("n" + i, List.of(i % 3 == 0 ? "Tag" : "Item"), properties));
        }
        for (int r = 0; r < 2000; r++) {
            relationships.add(new GraphSnapshot.Relationship("r" + r, r % 2 == 0 ? "LINKS" : "TAGGED",
                    "n" + random.nextInt(1000), "n" + random.nextInt(1000), Map.of("w", (long) (r % 7))));
        }
        List<GraphSnapshot.Node> shuffledNodes = new ArrayList<>(nodes);
        List<GraphSnapshot.Relationship> shuffledRelationships = new ArrayList<>(relationships);
        Collections.shuffle(shuffledNodes, random);
        Collections.shuffle(shuffledRelationships, random);
        return new GraphSnapshot[] {
            new GraphSnapshot(nodes, relationships), new GraphSnapshot(shuffledNodes, shuffledRelationships)
        };
    }

    @Test
    void should_compare_3000_entities() {
        GraphSnapshot[] graphs = largeGraphs(5);
        assertThat(GraphEquality.compare(graphs[0], graphs[1]).matches()).isTrue();
        assertThat(GraphContainment.compare(graphs[0], graphs[1]).matches()).isTrue();
    }

    @Test
    void should_compare_3000_entities_read_from_the_database(Driver driver) {
        GraphSnapshot graph = largeGraphs(7)[0];
        List<Map<String, Object>> nodeRows = new ArrayList<>();
        FixtureGraph.Builder fixture = FixtureGraph.builder();
        for (GraphSnapshot.Node node : graph.nodes()) {
            nodeRows.add(Map.of("key", node.id(), "label", node.labels().get(0), "properties", node.properties()));
            fixture.node(node.id(), node.labels(), node.properties());
        }
        List<Map<String, Object>> relationshipRows = new ArrayList<>();
        for (GraphSnapshot.Relationship relationship : graph.relationships()) {
            relationshipRows.add(Map.of("type", relationship.type(), "from", relationship.start(), "to",
                    relationship.end(), "properties", relationship.properties()));
            fixture.relationship(relationship.type(), relationship.start(), relationship.end(), relationship.properties());
        }
        driver.executableQuery("UNWIND $rows AS row CREATE (n:Loading {key: row.key}) SET n += row.properties"
                        + " WITH n, row CALL (n, row) { WITH n WHERE row.label = 'Tag' SET n:Tag }"
                        + " CALL (n, row) { WITH n WHERE row.label = 'Item' SET n:Item }")
                .withParameters(Map.of("rows", nodeRows))
                .execute();
        driver.executableQuery("UNWIND $rows AS row MATCH (a:Loading {key: row.from}), (b:Loading {key: row.to})"
                        + " CALL (a, b, row) { WITH a, b, row WHERE row.type = 'LINKS' CREATE (a)-[r:LINKS]->(b) SET r = row.properties }"
                        + " CALL (a, b, row) { WITH a, b, row WHERE row.type = 'TAGGED' CREATE (a)-[r:TAGGED]->(b) SET r = row.properties }")
                .withParameters(Map.of("rows", relationshipRows))
                .execute();
        driver.executableQuery("MATCH (n:Loading) REMOVE n:Loading REMOVE n.key").execute();
        FixtureGraph expected = fixture.build();
        assertThatGraph(driver).isEqualTo(expected).containsGraph(expected);
    }
}
