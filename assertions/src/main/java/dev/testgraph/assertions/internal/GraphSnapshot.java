package dev.testgraph.assertions.internal;

import dev.testgraph.fixtures.internal.PropertyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * A graph held in memory for comparison: the actual graph read through the driver, or an expected fixture graph.
 * Identifiers are element ids (actual) or fixture keys (expected) and take no part in the comparison.
 *
 * @param nodes the nodes
 * @param relationships the relationships
 */
public record GraphSnapshot(List<Node> nodes, List<Relationship> relationships) {

    /** Copies the lists. */
    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    /**
     * A node.
     *
     * @param id element id or fixture key
     * @param labels labels
     * @param properties properties with normalized values
     */
    public record Node(String id, List<String> labels, Map<String, Object> properties) {
        /** Normalizes the values. */
        public Node {
            labels = List.copyOf(labels);
            properties = PropertyValues.widen(properties);
        }

        /** A node the driver returned. */
        public static Node of(org.neo4j.driver.types.Node node) {
            return new Node(node.elementId(), CypherText.labelsOf(node), node.asMap());
        }

        /** Cypher-like text, also the node's canonical signature. */
        public String text() {
            return CypherText.node(labels, properties);
        }
    }

    /**
     * A relationship.
     *
     * @param id element id or fixture key
     * @param type type
     * @param start id of the start node
     * @param end id of the end node
     * @param properties properties with normalized values
     */
    public record Relationship(String id, String type, String start, String end, Map<String, Object> properties) {
        /** Normalizes the values. */
        public Relationship {
            properties = PropertyValues.widen(properties);
        }

        /** A relationship the driver returned. */
        public static Relationship of(org.neo4j.driver.types.Relationship relationship) {
            return new Relationship(relationship.elementId(), relationship.type(), relationship.startNodeElementId(),
                    relationship.endNodeElementId(), relationship.asMap());
        }

        /** {@code [:TYPE {..}]}, the relationship's own signature. */
        public String body() {
            return CypherText.relationshipBody(type, properties);
        }
    }

    /** Reads the whole graph of a database: every node and relationship with labels, type and properties. */
    public static GraphSnapshot read(Database database) {
        List<Node> nodes = new ArrayList<>();
        for (Record record : database.run(
                "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties", Map.of())) {
            nodes.add(new Node(
                    record.get("id").asString(),
                    record.get("labels").asList(value -> value.asString()),
                    record.get("properties").asMap()));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (Record record : database.run(
                "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start,"
                        + " elementId(b) AS end, properties(r) AS properties",
                Map.of())) {
            relationships.add(new Relationship(
                    record.get("id").asString(),
                    record.get("type").asString(),
                    record.get("start").asString(),
                    record.get("end").asString(),
                    record.get("properties").asMap()));
        }
        return new GraphSnapshot(nodes, relationships);
    }

    /** {@code 2 nodes, 1 relationship}. */
    public String size() {
        return count(nodes.size(), "node") + ", " + count(relationships.size(), "relationship");
    }

    /** {@code 1 node}, {@code 2 nodes}. */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
