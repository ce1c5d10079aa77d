package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveKeys.shouldHaveKeys;
import static dev.testgraph.assertions.internal.ShouldHaveRecordCount.shouldHaveNoRecords;
import static dev.testgraph.assertions.internal.ShouldHaveRecordCount.shouldHaveRecordCount;
import static dev.testgraph.assertions.internal.ShouldHaveRecordCount.shouldHaveRecords;

import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.SummaryText;
import java.util.Arrays;
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ResultSummary;
import org.assertj.core.api.ListAssert;
import org.neo4j.driver.EagerResult;

/**
 * Assertions on a driver {@link EagerResult} ({@code driver.executableQuery(...).execute()}): keys, records and
 * summary.
 *
 * <pre>{@code
 * assertThat(result).hasKeys("name").hasSize(2).summary().hasQueryType(QueryType.READ_ONLY);
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractEagerResultAssert<SELF extends AbstractEagerResultAssert<SELF>>
        extends Neo4jAbstractAssert<SELF, EagerResult> {

    /**
     * Creates the assertion.
     *
     * @param actual the result
     * @param selfType the concrete assertion class
     */
    protected AbstractEagerResultAssert(EagerResult actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the result's keys, exactly and in order.
     *
     * <pre>{@code assertThat(result).hasKeys("name", "age");}</pre>
     *
     * @param keys the expected keys
     * @return this assertion
     * @throws AssertionError if the result is null or has other keys
     */
    public SELF hasKeys(String... keys) {
        isNotNull();
        if (!actual.keys().equals(Arrays.asList(keys))) {
            throw assertionError(shouldHaveKeys("result", AbstractRecordsAssert.count(actual.records().size()),
                    CypherText.quotedList(Arrays.asList(keys)), CypherText.quotedList(actual.keys())));
        }
        return myself;
    }

    /**
     * Verifies the number of records.
     *
     * <pre>{@code assertThat(result).hasSize(2);}</pre>
     *
     * @param size the expected number of records
     * @return this assertion
     * @throws AssertionError if the result is null or has another number of records
     */
    public SELF hasSize(int size) {
        isNotNull();
        if (actual.records().size() != size) {
            throw assertionError(shouldHaveRecordCount("result", SummaryText.records(actual.records()),
                    String.valueOf(size), String.valueOf(actual.records().size())));
        }
        return myself;
    }

    /**
     * Verifies that the result has no records.
     *
     * <pre>{@code assertThat(result).isEmpty();}</pre>
     *
     * @throws AssertionError if the result is null or has records
     */
    public void isEmpty() {
        isNotNull();
        if (!actual.records().isEmpty()) {
            throw assertionError(shouldHaveNoRecords("result", AbstractRecordsAssert.count(actual.records().size()),
                    SummaryText.records(actual.records())));
        }
    }

    /**
     * Verifies that the result has at least one record.
     *
     * <pre>{@code assertThat(result).isNotEmpty();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the result is null or has no records
     */
    public SELF isNotEmpty() {
        isNotNull();
        if (actual.records().isEmpty()) {
            throw assertionError(shouldHaveRecords("result"));
        }
        return myself;
    }

    /**
     * Navigates to the records.
     *
     * <pre>{@code assertThat(result).records().record(0).hasValue("name", "Alice");}</pre>
     *
     * @return a records assertion
     * @throws AssertionError if the result is null
     */
    public RecordsAssert records() {
        isNotNull();
        return navigate(EagerResult::records, RecordsAssert::new, List.class);
    }

    /**
     * Navigates to the single record the result must have.
     *
     * <pre>{@code assertThat(result).singleRecord().hasValue("c", 3L);}</pre>
     *
     * @return a record assertion
     * @throws AssertionError if the result is null or does not have exactly one record
     */
    public RecordAssert singleRecord() {
        hasSize(1);
        return navigate(result -> result.records().get(0), RecordAssert::new, Record.class);
    }

    /**
     * Navigates to the values under one key across all records.
     *
     * <pre>{@code assertThat(result).column("name").containsExactly("Alice", "Bob");}</pre>
     *
     * @param key the key
     * @return a list assertion on the values
     * @throws AssertionError if the result is null
     */
    public ListAssert<Object> column(String key) {
        return records().column(key);
    }

    /**
     * Navigates to the result summary.
     *
     * <pre>{@code assertThat(result).summary().counters().hasNodesCreated(1);}</pre>
     *
     * @return a summary assertion
     * @throws AssertionError if the result is null
     */
    public ResultSummaryAssert summary() {
        isNotNull();
        return navigate(EagerResult::summary, ResultSummaryAssert::new, ResultSummary.class);
    }
}
