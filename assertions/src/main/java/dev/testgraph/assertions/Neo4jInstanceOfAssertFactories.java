package dev.testgraph.assertions;

import java.lang.reflect.Type;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * {@link InstanceOfAssertFactory} instances for the driver types, to switch to Testgraph assertions from AssertJ
 * navigation ({@code asInstanceOf}, {@code extracting}).
 *
 * <pre>{@code
 * assertThat(record.get("p").asObject()).asInstanceOf(NODE).hasLabels("Person");
 * assertThat(map).extractingByKey("friend", as(NODE)).hasProperty("name", "Bob");
 * }</pre>
 */
public final class Neo4jInstanceOfAssertFactories {

    /** {@link Node} to {@link NodeAssert}. */
    public static final InstanceOfAssertFactory<Node, NodeAssert> NODE =
            new InstanceOfAssertFactory<>(Node.class, NodeAssert::new);

    /** {@link Relationship} to {@link RelationshipAssert}. */
    public static final InstanceOfAssertFactory<Relationship, RelationshipAssert> RELATIONSHIP =
            new InstanceOfAssertFactory<>(Relationship.class, RelationshipAssert::new);

    /** {@link Path} to {@link PathAssert}. */
    public static final InstanceOfAssertFactory<Path, PathAssert> PATH =
            new InstanceOfAssertFactory<>(Path.class, PathAssert::new);

    /** {@link Record} to {@link RecordAssert}. */
    public static final InstanceOfAssertFactory<Record, RecordAssert> RECORD =
            new InstanceOfAssertFactory<>(Record.class, RecordAssert::new);

    /** A {@code List<Record>} to {@link RecordsAssert}. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // List.class is raw; the element type is checked by AssertJ
    public static final InstanceOfAssertFactory<List, RecordsAssert> RECORDS =
            new InstanceOfAssertFactory<>(List.class, new Type[] {Record.class}, list -> new RecordsAssert(list));

    /** {@link EagerResult} to {@link EagerResultAssert}. */
    public static final InstanceOfAssertFactory<EagerResult, EagerResultAssert> EAGER_RESULT =
            new InstanceOfAssertFactory<>(EagerResult.class, EagerResultAssert::new);

    /** {@link ResultSummary} to {@link ResultSummaryAssert}. */
    public static final InstanceOfAssertFactory<ResultSummary, ResultSummaryAssert> RESULT_SUMMARY =
            new InstanceOfAssertFactory<>(ResultSummary.class, ResultSummaryAssert::new);

    /** {@link SummaryCounters} to {@link SummaryCountersAssert}. */
    public static final InstanceOfAssertFactory<SummaryCounters, SummaryCountersAssert> SUMMARY_COUNTERS =
            new InstanceOfAssertFactory<>(SummaryCounters.class, SummaryCountersAssert::new);

    /** {@link Plan} to {@link PlanAssert}. */
    public static final InstanceOfAssertFactory<Plan, PlanAssert> PLAN =
            new InstanceOfAssertFactory<>(Plan.class, PlanAssert::new);

    /** {@link ProfiledPlan} to {@link ProfiledPlanAssert}. */
    public static final InstanceOfAssertFactory<ProfiledPlan, ProfiledPlanAssert> PROFILED_PLAN =
            new InstanceOfAssertFactory<>(ProfiledPlan.class, ProfiledPlanAssert::new);

    private Neo4jInstanceOfAssertFactories() {}
}
