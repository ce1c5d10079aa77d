package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveCounter.shouldContainUpdates;
import static dev.testgraph.assertions.internal.ShouldHaveCounter.shouldHaveCounter;

import dev.testgraph.assertions.internal.SummaryText;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Assertions on the driver's {@link SummaryCounters}: every counter the driver reports, and whether the query
 * contained (system) updates. Failure messages show all non-zero counters.
 *
 * <pre>{@code
 * assertThat(summary).counters().hasNodesCreated(0).hasRelationshipsCreated(1).hasPropertiesSet(1);
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractSummaryCountersAssert<SELF extends AbstractSummaryCountersAssert<SELF>>
        extends Neo4jAbstractAssert<SELF, SummaryCounters> {

    /**
     * Creates the assertion.
     *
     * @param actual the counters
     * @param selfType the concrete assertion class
     */
    protected AbstractSummaryCountersAssert(SummaryCounters actual, Class<?> selfType) {
        super(actual, selfType);
    }

    private SELF hasCounter(String counter, int expected, int value) {
        isNotNull();
        if (value != expected) {
            throw assertionError(shouldHaveCounter(
                    SummaryText.counters(actual), counter, String.valueOf(expected), String.valueOf(value)));
        }
        return myself;
    }

    /**
     * Verifies the number of nodes created.
     *
     * <pre>{@code assertThat(summary).counters().hasNodesCreated(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasNodesCreated(int expected) {
        return hasCounter("nodesCreated", expected, actual == null ? 0 : actual.nodesCreated());
    }

    /**
     * Verifies the number of nodes deleted.
     *
     * <pre>{@code assertThat(summary).counters().hasNodesDeleted(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasNodesDeleted(int expected) {
        return hasCounter("nodesDeleted", expected, actual == null ? 0 : actual.nodesDeleted());
    }

    /**
     * Verifies the number of relationships created.
     *
     * <pre>{@code assertThat(summary).counters().hasRelationshipsCreated(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasRelationshipsCreated(int expected) {
        return hasCounter("relationshipsCreated", expected, actual == null ? 0 : actual.relationshipsCreated());
    }

    /**
     * Verifies the number of relationships deleted.
     *
     * <pre>{@code assertThat(summary).counters().hasRelationshipsDeleted(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasRelationshipsDeleted(int expected) {
        return hasCounter("relationshipsDeleted", expected, actual == null ? 0 : actual.relationshipsDeleted());
    }

    /**
     * Verifies the number of properties set.
     *
     * <pre>{@code assertThat(summary).counters().hasPropertiesSet(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasPropertiesSet(int expected) {
        return hasCounter("propertiesSet", expected, actual == null ? 0 : actual.propertiesSet());
    }

    /**
     * Verifies the number of labels added.
     *
     * <pre>{@code assertThat(summary).counters().hasLabelsAdded(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasLabelsAdded(int expected) {
        return hasCounter("labelsAdded", expected, actual == null ? 0 : actual.labelsAdded());
    }

    /**
     * Verifies the number of labels removed.
     *
     * <pre>{@code assertThat(summary).counters().hasLabelsRemoved(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasLabelsRemoved(int expected) {
        return hasCounter("labelsRemoved", expected, actual == null ? 0 : actual.labelsRemoved());
    }

    /**
     * Verifies the number of indexes added.
     *
     * <pre>{@code assertThat(summary).counters().hasIndexesAdded(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasIndexesAdded(int expected) {
        return hasCounter("indexesAdded", expected, actual == null ? 0 : actual.indexesAdded());
    }

    /**
     * Verifies the number of indexes removed.
     *
     * <pre>{@code assertThat(summary).counters().hasIndexesRemoved(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasIndexesRemoved(int expected) {
        return hasCounter("indexesRemoved", expected, actual == null ? 0 : actual.indexesRemoved());
    }

    /**
     * Verifies the number of constraints added.
     *
     * <pre>{@code assertThat(summary).counters().hasConstraintsAdded(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasConstraintsAdded(int expected) {
        return hasCounter("constraintsAdded", expected, actual == null ? 0 : actual.constraintsAdded());
    }

    /**
     * Verifies the number of constraints removed.
     *
     * <pre>{@code assertThat(summary).counters().hasConstraintsRemoved(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasConstraintsRemoved(int expected) {
        return hasCounter("constraintsRemoved", expected, actual == null ? 0 : actual.constraintsRemoved());
    }

    /**
     * Verifies the number of system updates.
     *
     * <pre>{@code assertThat(summary).counters().hasSystemUpdates(1);}</pre>
     *
     * @param expected the expected number
     * @return this assertion
     * @throws AssertionError if the counters are null or the number differs
     */
    public SELF hasSystemUpdates(int expected) {
        return hasCounter("systemUpdates", expected, actual == null ? 0 : actual.systemUpdates());
    }

    /**
     * Verifies that the query changed the database ({@link SummaryCounters#containsUpdates()}).
     *
     * <pre>{@code assertThat(summary).counters().containsUpdates();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the counters are null or report no update
     */
    public SELF containsUpdates() {
        return updates(true, false);
    }

    /**
     * Verifies that the query did not change the database.
     *
     * <pre>{@code assertThat(summary).counters().doesNotContainUpdates();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the counters are null or report an update
     */
    public SELF doesNotContainUpdates() {
        return updates(false, false);
    }

    /**
     * Verifies that the query changed the system database ({@link SummaryCounters#containsSystemUpdates()}).
     *
     * <pre>{@code assertThat(summary).counters().containsSystemUpdates();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the counters are null or report no system update
     */
    public SELF containsSystemUpdates() {
        return updates(true, true);
    }

    /**
     * Verifies that the query did not change the system database.
     *
     * <pre>{@code assertThat(summary).counters().doesNotContainSystemUpdates();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the counters are null or report a system update
     */
    public SELF doesNotContainSystemUpdates() {
        return updates(false, true);
    }

    private SELF updates(boolean expected, boolean system) {
        isNotNull();
        boolean value = system ? actual.containsSystemUpdates() : actual.containsUpdates();
        if (value != expected) {
            throw assertionError(shouldContainUpdates(SummaryText.counters(actual), expected ? "" : "not ", system ? "system " : ""));
        }
        return myself;
    }
}
