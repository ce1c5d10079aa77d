package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveEndpoint.shouldHaveEndpoint;
import static dev.testgraph.assertions.internal.ShouldHaveType.shouldHaveType;

import dev.testgraph.assertions.internal.CypherText;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Assertions on a driver {@link Relationship}: type, start and end node, properties, element id.
 *
 * <pre>{@code
 * assertThat(relationship).hasType("KNOWS").startsAt(alice).endsAt(bob).hasProperty("since", 2020L);
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractRelationshipAssert<SELF extends AbstractRelationshipAssert<SELF>>
        extends AbstractEntityAssert<SELF, Relationship> {

    /**
     * Creates the assertion.
     *
     * @param actual the relationship
     * @param selfType the concrete assertion class
     */
    protected AbstractRelationshipAssert(Relationship actual, Class<?> selfType) {
        super(actual, selfType);
    }

    @Override
    protected String kind() {
        return "relationship";
    }

    @Override
    protected String text() {
        return CypherText.relationship(actual);
    }

    /**
     * Verifies the relationship's type.
     *
     * <pre>{@code assertThat(relationship).hasType("KNOWS");}</pre>
     *
     * @param type the expected type
     * @return this assertion
     * @throws AssertionError if the relationship is null or has another type
     */
    public SELF hasType(String type) {
        isNotNull();
        if (!actual.type().equals(type)) {
            throw assertionError(shouldHaveType(text(), CypherText.string(String.valueOf(type)), CypherText.string(actual.type())));
        }
        return myself;
    }

    /**
     * Verifies that the relationship starts at the given node (same element id).
     *
     * <pre>{@code assertThat(relationship).startsAt(alice);}</pre>
     *
     * @param node the expected start node
     * @return this assertion
     * @throws AssertionError if the relationship is null or starts elsewhere
     */
    public SELF startsAt(Node node) {
        return hasEndpoint("start", node, actual == null ? null : actual.startNodeElementId());
    }

    /**
     * Verifies that the relationship ends at the given node (same element id).
     *
     * <pre>{@code assertThat(relationship).endsAt(bob);}</pre>
     *
     * @param node the expected end node
     * @return this assertion
     * @throws AssertionError if the relationship is null or ends elsewhere
     */
    public SELF endsAt(Node node) {
        return hasEndpoint("end", node, actual == null ? null : actual.endNodeElementId());
    }

    private SELF hasEndpoint(String startOrEnd, Node node, String actualElementId) {
        isNotNull();
        if (!node.elementId().equals(actualElementId)) {
            throw assertionError(shouldHaveEndpoint(
                    "relationship", text(), startOrEnd,
                    CypherText.node(node) + " with element id " + CypherText.string(node.elementId()),
                    "a node with element id " + CypherText.string(actualElementId)));
        }
        return myself;
    }
}
