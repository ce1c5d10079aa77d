package dev.testgraph.assertions;

import org.neo4j.driver.Record;

/**
 * Assertions on a driver {@link Record}; obtain one with {@link Neo4jAssertions#assertThat(Record)}.
 *
 * <pre>{@code
 * assertThat(record).hasValue("c", 3L);
 * }</pre>
 */
public class RecordAssert extends AbstractRecordAssert<RecordAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the record
     */
    public RecordAssert(Record actual) {
        super(actual, RecordAssert.class);
    }
}
