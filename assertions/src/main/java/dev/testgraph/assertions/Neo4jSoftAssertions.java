package dev.testgraph.assertions;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.neo4j.driver.Driver;
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
 * Soft assertions: every AssertJ soft assertion plus Testgraph's; failures are collected and reported together
 * by {@link #assertAll()}. Works with AssertJ's {@code SoftAssertionsExtension}
 * ({@code @InjectSoftAssertions Neo4jSoftAssertions softly}) and {@code assertSoftly}.
 *
 * <pre>{@code
 * Neo4jSoftAssertions softly = new Neo4jSoftAssertions();
 * softly.assertThat(node).hasLabels("Person").hasProperty("name", "Alice");
 * softly.assertThat(summary).counters().hasNodesCreated(1);
 * softly.assertAll();
 * }</pre>
 */
public class Neo4jSoftAssertions extends SoftAssertions {

    /** Creates an empty collector of soft assertion errors. */
    public Neo4jSoftAssertions() {}

    /**
     * Soft assertions on a node.
     *
     * @param actual the node
     * @return the assertion
     */
    public NodeAssert assertThat(Node actual) {
        return soft(proxy(NodeAssert.class, Node.class, actual));
    }

    /**
     * Soft assertions on a relationship.
     *
     * @param actual the relationship
     * @return the assertion
     */
    public RelationshipAssert assertThat(Relationship actual) {
        return soft(proxy(RelationshipAssert.class, Relationship.class, actual));
    }

    /**
     * Soft assertions on a path.
     *
     * @param actual the path
     * @return the assertion
     */
    public PathAssert assertThat(Path actual) {
        return soft(proxy(PathAssert.class, Path.class, actual));
    }

    /**
     * Soft assertions on a record.
     *
     * @param actual the record
     * @return the assertion
     */
    public RecordAssert assertThat(Record actual) {
        return soft(proxy(RecordAssert.class, Record.class, actual));
    }

    /**
     * Soft assertions on a list of records.
     *
     * @param actual the records
     * @return the assertion
     */
    public RecordsAssert assertThatRecords(List<Record> actual) {
        return soft(proxy(RecordsAssert.class, List.class, actual));
    }

    /**
     * Soft assertions on an eager result.
     *
     * @param actual the result
     * @return the assertion
     */
    public EagerResultAssert assertThat(EagerResult actual) {
        return soft(proxy(EagerResultAssert.class, EagerResult.class, actual));
    }

    /**
     * Soft assertions on a result summary.
     *
     * @param actual the summary
     * @return the assertion
     */
    public ResultSummaryAssert assertThat(ResultSummary actual) {
        return soft(proxy(ResultSummaryAssert.class, ResultSummary.class, actual));
    }

    /**
     * Soft assertions on summary counters.
     *
     * @param actual the counters
     * @return the assertion
     */
    public SummaryCountersAssert assertThat(SummaryCounters actual) {
        return soft(proxy(SummaryCountersAssert.class, SummaryCounters.class, actual));
    }

    /**
     * Soft assertions on a plan.
     *
     * @param actual the plan
     * @return the assertion
     */
    public PlanAssert assertThat(Plan actual) {
        return soft(proxy(PlanAssert.class, Plan.class, actual));
    }

    /**
     * Soft assertions on a profiled plan.
     *
     * @param actual the profiled plan
     * @return the assertion
     */
    public ProfiledPlanAssert assertThat(ProfiledPlan actual) {
        return soft(proxy(ProfiledPlanAssert.class, ProfiledPlan.class, actual));
    }

    /**
     * Soft assertions on the graph in the driver's default database.
     *
     * @param driver the driver
     * @return the assertion
     */
    public GraphAssert assertThatGraph(Driver driver) {
        return soft(proxy(GraphAssert.class, Driver.class, driver));
    }

    /**
     * Soft assertions on the graph in a named database.
     *
     * @param driver the driver
     * @param database the database name
     * @return the assertion
     */
    public GraphAssert assertThatGraph(Driver driver, String database) {
        return assertThatGraph(driver).inDatabase(database);
    }

    private <A extends Neo4jAbstractAssert<?, ?>> A soft(A proxy) {
        proxy.softly = this;
        return proxy;
    }
}
