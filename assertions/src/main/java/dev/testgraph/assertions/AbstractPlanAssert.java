package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldUseOperator.shouldHaveOperatorType;
import static dev.testgraph.assertions.internal.ShouldUseOperator.shouldNotUseOperator;
import static dev.testgraph.assertions.internal.ShouldUseOperator.shouldUseOperator;

import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.SummaryText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ListAssert;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * Assertions on a query {@link Plan} (from {@code EXPLAIN}) or its profiled variant. Operator names are matched
 * ignoring the runtime suffix the server adds ({@code NodeIndexSeek@neo4j} matches {@code "NodeIndexSeek"});
 * operators are searched in the whole plan tree. Messages show the tree with each operator's details.
 *
 * <pre>{@code
 * assertThat(plan).usesIndex("Person", "email").doesNotUseOperator("AllNodesScan");
 * }</pre>
 *
 * @param <SELF> the assertion type
 * @param <ACTUAL> the plan type
 */
public abstract class AbstractPlanAssert<SELF extends AbstractPlanAssert<SELF, ACTUAL>, ACTUAL extends Plan>
        extends Neo4jAbstractAssert<SELF, ACTUAL> {

    /**
     * Creates the assertion.
     *
     * @param actual the plan
     * @param selfType the concrete assertion class
     */
    protected AbstractPlanAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * What the plan is called in messages.
     *
     * @return {@code plan} or {@code profiled plan}
     */
    protected String kind() {
        return "plan";
    }

    /**
     * Verifies the operator at the root of this (sub-)plan.
     *
     * <pre>{@code assertThat(plan).hasOperatorType("ProduceResults");}</pre>
     *
     * @param operator the operator name, with or without runtime suffix
     * @return this assertion
     * @throws AssertionError if the plan is null or its root is another operator
     */
    public SELF hasOperatorType(String operator) {
        isNotNull();
        if (!sameOperator(actual.operatorType(), operator)) {
            throw assertionError(shouldHaveOperatorType(kind(), SummaryText.plan(actual), CypherText.string(operator),
                    CypherText.string(actual.operatorType())));
        }
        return myself;
    }

    /**
     * Verifies that the plan tree contains the operator.
     *
     * <pre>{@code assertThat(plan).usesOperator("NodeIndexSeek");}</pre>
     *
     * @param operator the operator name, with or without runtime suffix
     * @return this assertion
     * @throws AssertionError if the plan is null or does not use the operator
     */
    public SELF usesOperator(String operator) {
        isNotNull();
        if (operators(operator).isEmpty()) {
            throw assertionError(shouldUseOperator(kind(), SummaryText.plan(actual), "operator", CypherText.string(operator)));
        }
        return myself;
    }

    /**
     * Verifies that the plan tree does not contain the operator.
     *
     * <pre>{@code assertThat(plan).doesNotUseOperator("AllNodesScan");}</pre>
     *
     * @param operator the operator name, with or without runtime suffix
     * @return this assertion
     * @throws AssertionError if the plan is null or uses the operator
     */
    public SELF doesNotUseOperator(String operator) {
        isNotNull();
        List<Plan> found = operators(operator);
        if (!found.isEmpty()) {
            throw assertionError(shouldNotUseOperator(kind(), SummaryText.plan(actual), CypherText.string(operator),
                    CypherText.indentedLines(found.stream().map(SummaryText::operatorLine).toList(), 10)));
        }
        return myself;
    }

    /**
     * Verifies that an index operator uses an index on the label (or relationship type) and property, as shown
     * in the operator's details, e.g. {@code RANGE INDEX p:Person(email) WHERE ...}.
     *
     * <pre>{@code assertThat(plan).usesIndex("Person", "email");}</pre>
     *
     * @param labelOrType the label or relationship type
     * @param property the property key, one of the index's properties
     * @return this assertion
     * @throws AssertionError if the plan is null or no index operator uses such an index
     */
    public SELF usesIndex(String labelOrType, String property) {
        isNotNull();
        Pattern index = Pattern.compile(":" + Pattern.quote(CypherText.name(labelOrType)) + "\\(([^)]*)\\)");
        List<Plan> all = new ArrayList<>();
        SummaryText.visit(actual, all::add);
        for (Plan plan : all) {
            Value details = plan.arguments().get("Details");
            if (!plan.operatorType().contains("Index") || details == null || details.isNull()) {
                continue;
            }
            Matcher matcher = index.matcher(details.asString());
            while (matcher.find()) {
                for (String key : matcher.group(1).split(",")) {
                    if (key.trim().equals(CypherText.name(property))) {
                        return myself;
                    }
                }
            }
        }
        throw assertionError(shouldUseOperator(kind(), SummaryText.plan(actual), "an index on",
                ":" + CypherText.name(labelOrType) + "(" + CypherText.name(property) + ")"));
    }

    /**
     * Navigates to the operators directly below this one.
     *
     * <pre>{@code assertThat(plan).children().hasSize(1);}</pre>
     *
     * @return a list assertion on the child plans
     * @throws AssertionError if the plan is null
     */
    public ListAssert<Plan> children() {
        isNotNull();
        return navigate(plan -> new ArrayList<Plan>(plan.children()), (List<Plan> list) -> new ListAssert<>(list), List.class);
    }

    /**
     * The plans in the tree whose operator matches.
     *
     * @param operator the operator name, with or without runtime suffix
     * @return the matching plans, depth first
     */
    protected List<Plan> operators(String operator) {
        List<Plan> found = new ArrayList<>();
        SummaryText.visit(actual, plan -> {
            if (sameOperator(plan.operatorType(), operator)) {
                found.add(plan);
            }
        });
        return found;
    }

    private static boolean sameOperator(String operatorType, String expected) {
        return operatorType.equals(expected)
                || SummaryText.operator(operatorType).equals(SummaryText.operator(expected));
    }
}
