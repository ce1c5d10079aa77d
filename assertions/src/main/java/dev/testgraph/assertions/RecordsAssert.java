package dev.testgraph.assertions;

import java.util.List;
import org.neo4j.driver.Record;

/**
 * Assertions on a list of driver {@link Record}s; obtain one with {@link Neo4jAssertions#assertThatRecords(List)}.
 *
 * <pre>{@code
 * assertThatRecords(session.run("MATCH (p:Person) RETURN p.name AS name").list()).column("name").contains("Alice");
 * }</pre>
 */
public class RecordsAssert extends AbstractRecordsAssert<RecordsAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the records
     */
    public RecordsAssert(List<Record> actual) {
        super(actual, RecordsAssert.class);
    }
}
