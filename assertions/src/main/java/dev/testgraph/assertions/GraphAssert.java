package dev.testgraph.assertions;

import org.neo4j.driver.Driver;

/**
 * Assertions on the graph stored in a database; obtain one with {@link Neo4jAssertions#assertThatGraph(Driver)}.
 *
 * <pre>{@code
 * assertThatGraph(driver).hasNodeCount("Person", 2).containsRelationship("(:Person {name:'Alice'})-[:KNOWS]->(:Person {name:'Bob'})");
 * }</pre>
 */
public class GraphAssert extends AbstractGraphAssert<GraphAssert> {

    /**
     * Creates the assertion on the driver's default database.
     *
     * @param actual the driver
     */
    public GraphAssert(Driver actual) {
        super(actual, GraphAssert.class);
    }
}
