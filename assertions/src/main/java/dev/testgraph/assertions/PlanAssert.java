package dev.testgraph.assertions;

import org.neo4j.driver.summary.Plan;

/**
 * Assertions on a {@link Plan}; obtain one with {@link Neo4jAssertions#assertThat(Plan)} or
 * {@code assertThat(summary).plan()}.
 *
 * <pre>{@code
 * assertThat(plan).usesIndex("Person", "email").doesNotUseOperator("AllNodesScan");
 * }</pre>
 */
public class PlanAssert extends AbstractPlanAssert<PlanAssert, Plan> {

    /**
     * Creates the assertion.
     *
     * @param actual the plan
     */
    public PlanAssert(Plan actual) {
        super(actual, PlanAssert.class);
    }

    /**
     * Navigates to a child operator.
     *
     * <pre>{@code assertThat(plan).child(0).hasOperatorType("NodeIndexSeek");}</pre>
     *
     * @param index the child's index, from 0
     * @return a plan assertion on the child
     * @throws AssertionError if the plan is null or has no such child
     */
    public PlanAssert child(int index) {
        children().hasSizeGreaterThan(index);
        return navigate(plan -> (Plan) plan.children().get(index), PlanAssert::new, Plan.class);
    }
}
