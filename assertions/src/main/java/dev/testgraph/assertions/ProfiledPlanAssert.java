package dev.testgraph.assertions;

import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Assertions on a {@link ProfiledPlan}; obtain one with {@link Neo4jAssertions#assertThat(ProfiledPlan)} or
 * {@code assertThat(summary).profile()}.
 *
 * <pre>{@code
 * assertThat(profile).hasTotalDbHitsAtMost(10).hasRows(1);
 * }</pre>
 */
public class ProfiledPlanAssert extends AbstractProfiledPlanAssert<ProfiledPlanAssert> {

    /**
     * Creates the assertion.
     *
     * @param actual the profiled plan
     */
    public ProfiledPlanAssert(ProfiledPlan actual) {
        super(actual, ProfiledPlanAssert.class);
    }

    /**
     * Navigates to a child operator.
     *
     * <pre>{@code assertThat(profile).child(0).hasRows(1);}</pre>
     *
     * @param index the child's index, from 0
     * @return a profiled-plan assertion on the child
     * @throws AssertionError if the plan is null or has no such child
     */
    public ProfiledPlanAssert child(int index) {
        children().hasSizeGreaterThan(index);
        return navigate(plan -> plan.children().get(index), ProfiledPlanAssert::new, ProfiledPlan.class);
    }
}
