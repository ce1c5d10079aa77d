package dev.testgraph.assertions;

import org.neo4j.driver.EagerResult;

/**
 * Assertions on a driver {@link EagerResult}; obtain one with {@link Neo4jAssertions#assertThat(EagerResult)}.
 *
 * <pre>{@code
 * assertThat(driver.executableQuery("MATCH (p:Person) RETURN p.name AS name").execute()).hasSize(2);
 * }</pre>
 */
public class EagerResultAssert extends AbstractEagerResultAssert<EagerResultAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the result
     */
    public EagerResultAssert(EagerResult actual) {
        super(actual, EagerResultAssert.class);
    }
}
