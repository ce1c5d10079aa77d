package dev.testgraph.assertions;

import org.neo4j.driver.types.Relationship;

/**
 * Assertions on a driver {@link Relationship}; obtain one with {@link Neo4jAssertions#assertThat(Relationship)}.
 *
 * <pre>{@code
 * assertThat(relationship).hasType("KNOWS").startsAt(alice).endsAt(bob);
 * }</pre>
 */
public class RelationshipAssert extends AbstractRelationshipAssert<RelationshipAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the relationship
     */
    public RelationshipAssert(Relationship actual) {
        super(actual, RelationshipAssert.class);
    }
}
