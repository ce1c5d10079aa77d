package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveProfileStatistic.shouldHaveDbHitsAtMost;
import static dev.testgraph.assertions.internal.ShouldHaveProfileStatistic.shouldHaveRows;

import dev.testgraph.assertions.internal.SummaryText;
import org.assertj.core.api.LongAssert;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Assertions on a {@link ProfiledPlan} (from {@code PROFILE}): everything a plan offers, plus db hits and rows.
 *
 * <pre>{@code
 * assertThat(summary).profile().usesIndex("Person", "email").hasTotalDbHitsAtMost(10).hasRows(1);
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractProfiledPlanAssert<SELF extends AbstractProfiledPlanAssert<SELF>>
        extends AbstractPlanAssert<SELF, ProfiledPlan> {

    /**
     * Creates the assertion.
     *
     * @param actual the profiled plan
     * @param selfType the concrete assertion class
     */
    protected AbstractProfiledPlanAssert(ProfiledPlan actual, Class<?> selfType) {
        super(actual, selfType);
    }

    @Override
    protected String kind() {
        return "profiled plan";
    }

    /**
     * Verifies that all operators of the tree together hit the database at most {@code maximum} times.
     *
     * <pre>{@code assertThat(profile).hasTotalDbHitsAtMost(10);}</pre>
     *
     * @param maximum the largest acceptable total
     * @return this assertion
     * @throws AssertionError if the plan is null or has more db hits
     */
    public SELF hasTotalDbHitsAtMost(long maximum) {
        isNotNull();
        long total = totalDbHits(actual);
        if (total > maximum) {
            throw assertionError(shouldHaveDbHitsAtMost(SummaryText.plan(actual), String.valueOf(maximum), String.valueOf(total)));
        }
        return myself;
    }

    /**
     * Verifies the number of rows this operator produced (for the root: the rows of the result).
     *
     * <pre>{@code assertThat(profile).hasRows(1);}</pre>
     *
     * @param rows the expected number of rows
     * @return this assertion
     * @throws AssertionError if the plan is null or produced another number of rows
     */
    public SELF hasRows(long rows) {
        isNotNull();
        if (actual.records() != rows) {
            throw assertionError(shouldHaveRows(SummaryText.plan(actual), String.valueOf(rows), String.valueOf(actual.records())));
        }
        return myself;
    }

    /**
     * Navigates to the total db hits of the tree as an AssertJ long assertion.
     *
     * <pre>{@code assertThat(profile).totalDbHits().isBetween(1L, 10L);}</pre>
     *
     * @return a long assertion
     * @throws AssertionError if the plan is null
     */
    public LongAssert totalDbHits() {
        isNotNull();
        return navigate(AbstractProfiledPlanAssert::totalDbHits, (Long total) -> new LongAssert(total), Long.class);
    }

    private static long totalDbHits(ProfiledPlan plan) {
        long total = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            total += totalDbHits(child);
        }
        return total;
    }
}
