package dev.testgraph.assertions;

import org.neo4j.driver.types.Node;

/**
 * Assertions on a driver {@link Node}; obtain one with {@link Neo4jAssertions#assertThat(Node)}.
 *
 * <pre>{@code
 * assertThat(node).hasLabels("Person").hasProperty("name", "Alice").doesNotHaveProperty("password");
 * }</pre>
 */
public class NodeAssert extends AbstractNodeAssert<NodeAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the node
     */
    public NodeAssert(Node actual) {
        super(actual, NodeAssert.class);
    }
}
