package dev.testgraph.assertions;

import org.neo4j.driver.types.Path;

/**
 * Assertions on a driver {@link Path}; obtain one with {@link Neo4jAssertions#assertThat(Path)}.
 *
 * <pre>{@code
 * assertThat(path).hasLength(1).startsAt(alice).endsAt(bob);
 * }</pre>
 */
public class PathAssert extends AbstractPathAssert<PathAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the path
     */
    public PathAssert(Path actual) {
        super(actual, PathAssert.class);
    }
}
