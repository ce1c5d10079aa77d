package dev.testgraph.junit;

/** When a {@link Neo4jTest} wipes its database. */
public enum CleanPolicy {
    /** The run-wide {@code testgraph.clean} if set, else {@link #BEFORE_EACH}. */
    DEFAULT,
    /** Before every test: each test starts from an empty database. */
    BEFORE_EACH,
    /** Once before the class's first test: for read-only classes that share the data they set up. */
    BEFORE_ALL,
    /** Never: the class sees whatever the database holds. */
    NEVER
}
