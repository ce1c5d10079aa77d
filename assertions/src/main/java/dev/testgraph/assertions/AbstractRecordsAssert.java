package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveKeys.shouldHaveKeys;
import static dev.testgraph.assertions.internal.ShouldHaveRecordCount.shouldHaveNoRecords;
import static dev.testgraph.assertions.internal.ShouldHaveRecordCount.shouldHaveRecordCount;
import static dev.testgraph.assertions.internal.ShouldHaveRecordCount.shouldHaveRecords;

import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.SummaryText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.neo4j.driver.Record;

/**
 * Assertions on a list of driver {@link Record}s, e.g. {@code result.list()} or {@code eagerResult.records()}.
 *
 * <pre>{@code
 * assertThatRecords(records).hasSize(2).column("name").containsExactly("Alice", "Bob");
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractRecordsAssert<SELF extends AbstractRecordsAssert<SELF>>
        extends Neo4jAbstractAssert<SELF, List<Record>> {

    /**
     * Creates the assertion.
     *
     * @param actual the records
     * @param selfType the concrete assertion class
     */
    protected AbstractRecordsAssert(List<Record> actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the number of records.
     *
     * <pre>{@code assertThatRecords(records).hasSize(2);}</pre>
     *
     * @param size the expected number of records
     * @return this assertion
     * @throws AssertionError if the list is null or has another size
     */
    public SELF hasSize(int size) {
        isNotNull();
        if (actual.size() != size) {
            throw assertionError(shouldHaveRecordCount("records", SummaryText.records(actual), String.valueOf(size),
                    String.valueOf(actual.size())));
        }
        return myself;
    }

    /**
     * Verifies that there are no records.
     *
     * <pre>{@code assertThatRecords(records).isEmpty();}</pre>
     *
     * @throws AssertionError if the list is null or has records
     */
    public void isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            throw assertionError(shouldHaveNoRecords("records", count(actual.size()), SummaryText.records(actual)));
        }
    }

    /**
     * Verifies that there is at least one record.
     *
     * <pre>{@code assertThatRecords(records).isNotEmpty();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the list is null or empty
     */
    public SELF isNotEmpty() {
        isNotNull();
        if (actual.isEmpty()) {
            throw assertionError(shouldHaveRecords("records"));
        }
        return myself;
    }

    /**
     * Verifies the keys of every record, exactly and in order.
     *
     * <pre>{@code assertThatRecords(records).hasKeys("name", "age");}</pre>
     *
     * @param keys the expected keys
     * @return this assertion
     * @throws AssertionError if the list is null or a record has other keys
     */
    public SELF hasKeys(String... keys) {
        isNotNull();
        for (Record record : actual) {
            if (!record.keys().equals(Arrays.asList(keys))) {
                throw assertionError(shouldHaveKeys("record", SummaryText.record(record),
                        CypherText.quotedList(Arrays.asList(keys)), CypherText.quotedList(record.keys())));
            }
        }
        return myself;
    }

    /**
     * Navigates to one record.
     *
     * <pre>{@code assertThatRecords(records).record(0).hasValue("name", "Alice");}</pre>
     *
     * @param index the record's index, from 0
     * @return a record assertion
     * @throws AssertionError if the list is null or has no record at the index
     */
    public RecordAssert record(int index) {
        isNotNull();
        if (index < 0 || index >= actual.size()) {
            throw assertionError(shouldHaveRecordCount("records", SummaryText.records(actual),
                    "at least " + (index + 1), String.valueOf(actual.size())));
        }
        return navigate(records -> records.get(index), RecordAssert::new, Record.class);
    }

    /**
     * Navigates to the values under one key across all records, in order, as the driver's Java objects.
     *
     * <pre>{@code assertThatRecords(records).column("name").containsExactly("Alice", "Bob");}</pre>
     *
     * @param key the key
     * @return a list assertion on the values ({@code null} where a record lacks the key)
     * @throws AssertionError if the list is null
     */
    public ListAssert<Object> column(String key) {
        isNotNull();
        return navigate(records -> {
            List<Object> values = new ArrayList<>();
            records.forEach(record -> values.add(record.containsKey(key) ? record.get(key).asObject() : null));
            return values;
        }, (List<Object> values) -> new ListAssert<>(values), List.class);
    }

    static String count(int records) {
        return records + (records == 1 ? " record" : " records");
    }
}
