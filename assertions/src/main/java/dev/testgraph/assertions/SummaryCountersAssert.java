package dev.testgraph.assertions;

import org.neo4j.driver.summary.SummaryCounters;

/**
 * Assertions on {@link SummaryCounters}; obtain one with {@link Neo4jAssertions#assertThat(SummaryCounters)} or
 * {@code assertThat(summary).counters()}.
 *
 * <pre>{@code
 * assertThat(summary.counters()).hasNodesCreated(1).containsUpdates();
 * }</pre>
 */
public class SummaryCountersAssert extends AbstractSummaryCountersAssert<SummaryCountersAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the counters
     */
    public SummaryCountersAssert(SummaryCounters actual) {
        super(actual, SummaryCountersAssert.class);
    }
}
