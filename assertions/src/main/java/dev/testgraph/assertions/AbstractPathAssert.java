package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldContainEntity.shouldContainEntity;
import static dev.testgraph.assertions.internal.ShouldHaveEndpoint.shouldHaveEndpoint;
import static dev.testgraph.assertions.internal.ShouldHaveLength.shouldHaveLength;
import static dev.testgraph.assertions.internal.ShouldHaveLength.shouldHaveRelationshipTypes;

import dev.testgraph.assertions.internal.CypherText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Assertions on a driver {@link Path}: length, start and end, the nodes and relationships along it.
 *
 * <pre>{@code
 * assertThat(path).hasLength(2).startsAt(alice).endsAt(carol).hasRelationshipTypes("KNOWS", "KNOWS");
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractPathAssert<SELF extends AbstractPathAssert<SELF>> extends Neo4jAbstractAssert<SELF, Path> {

    /**
     * Creates the assertion.
     *
     * @param actual the path
     * @param selfType the concrete assertion class
     */
    protected AbstractPathAssert(Path actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the number of relationships along the path.
     *
     * <pre>{@code assertThat(path).hasLength(2);}</pre>
     *
     * @param length the expected length
     * @return this assertion
     * @throws AssertionError if the path is null or has another length
     */
    public SELF hasLength(int length) {
        isNotNull();
        if (actual.length() != length) {
            throw assertionError(shouldHaveLength(CypherText.path(actual), String.valueOf(length), String.valueOf(actual.length())));
        }
        return myself;
    }

    /**
     * Verifies that the path starts at the given node (same element id).
     *
     * <pre>{@code assertThat(path).startsAt(alice);}</pre>
     *
     * @param node the expected first node
     * @return this assertion
     * @throws AssertionError if the path is null or starts elsewhere
     */
    public SELF startsAt(Node node) {
        return hasEndpoint("start", node, actual == null ? null : actual.start());
    }

    /**
     * Verifies that the path ends at the given node (same element id).
     *
     * <pre>{@code assertThat(path).endsAt(carol);}</pre>
     *
     * @param node the expected last node
     * @return this assertion
     * @throws AssertionError if the path is null or ends elsewhere
     */
    public SELF endsAt(Node node) {
        return hasEndpoint("end", node, actual == null ? null : actual.end());
    }

    private SELF hasEndpoint(String startOrEnd, Node expected, Node found) {
        isNotNull();
        if (!expected.elementId().equals(found.elementId())) {
            throw assertionError(shouldHaveEndpoint(
                    "path", CypherText.path(actual), startOrEnd,
                    CypherText.node(expected) + " with element id " + CypherText.string(expected.elementId()),
                    CypherText.node(found) + " with element id " + CypherText.string(found.elementId())));
        }
        return myself;
    }

    /**
     * Verifies that the path goes through the given node (same element id).
     *
     * <pre>{@code assertThat(path).containsNode(bob);}</pre>
     *
     * @param node the node
     * @return this assertion
     * @throws AssertionError if the path is null or does not contain the node
     */
    public SELF containsNode(Node node) {
        isNotNull();
        for (Node candidate : actual.nodes()) {
            if (candidate.elementId().equals(node.elementId())) {
                return myself;
            }
        }
        throw assertionError(shouldContainEntity(CypherText.path(actual), "node",
                CypherText.node(node) + " with element id " + CypherText.string(node.elementId())));
    }

    /**
     * Verifies that the path goes along the given relationship (same element id).
     *
     * <pre>{@code assertThat(path).containsRelationship(knows);}</pre>
     *
     * @param relationship the relationship
     * @return this assertion
     * @throws AssertionError if the path is null or does not contain the relationship
     */
    public SELF containsRelationship(Relationship relationship) {
        isNotNull();
        for (Relationship candidate : actual.relationships()) {
            if (candidate.elementId().equals(relationship.elementId())) {
                return myself;
            }
        }
        throw assertionError(shouldContainEntity(CypherText.path(actual), "relationship",
                CypherText.relationship(relationship) + " with element id " + CypherText.string(relationship.elementId())));
    }

    /**
     * Verifies the types of the relationships along the path, in order.
     *
     * <pre>{@code assertThat(path).hasRelationshipTypes("KNOWS", "WORKS_AT");}</pre>
     *
     * @param types the expected types
     * @return this assertion
     * @throws AssertionError if the path is null or the types differ
     */
    public SELF hasRelationshipTypes(String... types) {
        isNotNull();
        List<String> actualTypes = relationshipTypes(actual);
        if (!actualTypes.equals(Arrays.asList(types))) {
            throw assertionError(shouldHaveRelationshipTypes(
                    CypherText.path(actual), CypherText.quotedList(Arrays.asList(types)), CypherText.quotedList(actualTypes)));
        }
        return myself;
    }

    private static List<String> relationshipTypes(Path path) {
        List<String> types = new ArrayList<>();
        path.relationships().forEach(relationship -> types.add(relationship.type()));
        return types;
    }

    /**
     * Navigates to the nodes along the path, in order, as an AssertJ list assertion.
     *
     * <pre>{@code assertThat(path).nodes().hasSize(3);}</pre>
     *
     * @return a list assertion on the nodes
     * @throws AssertionError if the path is null
     */
    public ListAssert<Node> nodes() {
        isNotNull();
        return navigate(path -> {
            List<Node> nodes = new ArrayList<>();
            path.nodes().forEach(nodes::add);
            return nodes;
        }, (List<Node> nodes) -> new ListAssert<>(nodes), List.class);
    }

    /**
     * Navigates to the relationships along the path, in order, as an AssertJ list assertion.
     *
     * <pre>{@code assertThat(path).relationships().extracting(Relationship::type).containsOnly("KNOWS");}</pre>
     *
     * @return a list assertion on the relationships
     * @throws AssertionError if the path is null
     */
    public ListAssert<Relationship> relationships() {
        isNotNull();
        return navigate(path -> {
            List<Relationship> relationships = new ArrayList<>();
            path.relationships().forEach(relationships::add);
            return relationships;
        }, (List<Relationship> relationships) -> new ListAssert<>(relationships), List.class);
    }
}
