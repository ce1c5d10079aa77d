package dev.testgraph.assertions;

import org.neo4j.driver.summary.ResultSummary;

/**
 * Assertions on a {@link ResultSummary}; obtain one with {@link Neo4jAssertions#assertThat(ResultSummary)}.
 *
 * <pre>{@code
 * assertThat(summary).hasQueryType(QueryType.WRITE_ONLY).hasNoNotifications();
 * }</pre>
 */
public class ResultSummaryAssert extends AbstractResultSummaryAssert<ResultSummaryAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the summary
     */
    public ResultSummaryAssert(ResultSummary actual) {
        super(actual, ResultSummaryAssert.class);
    }
}
