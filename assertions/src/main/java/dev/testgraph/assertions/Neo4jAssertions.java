package dev.testgraph.assertions;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.Condition;
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
 * The entry point of Testgraph assertions: AssertJ-style assertions for what the Neo4j Java driver returns and
 * for the graph in a database.
 *
 * <pre>{@code
 * import static dev.testgraph.assertions.Neo4jAssertions.*;
 *
 * assertThat(summary).counters().hasNodesCreated(0).hasRelationshipsCreated(1).hasPropertiesSet(1);
 * assertThat(summary).hasQueryType(QueryType.WRITE_ONLY).hasNoNotifications();
 * assertThat(node).hasLabels("Person").hasProperty("name", "Alice").doesNotHaveProperty("password");
 * assertThat(relationship).hasType("KNOWS").startsAt(alice).endsAt(bob);
 * assertThatGraph(driver).hasNodeCount("Person", 2).containsRelationship("(:Person {name:'Alice'})-[:KNOWS]->(:Person {name:'Bob'})");
 * assertThatGraph(driver).isEqualTo(Fixtures.read("expected/after-merge.json"));
 * assertThat(plan).usesIndex("Person", "email").doesNotUseOperator("AllNodesScan");
 * }</pre>
 *
 * <p>This class extends AssertJ's {@link Assertions}, so {@code import static ...Neo4jAssertions.*} alone gives
 * every AssertJ assertion too. Importing both {@code Assertions.*} and {@code Neo4jAssertions.*} also compiles:
 * the inherited methods are the same methods, and the driver types' overloads here are more specific than
 * AssertJ's generic ones ({@code Path} is an {@code Iterable}, {@code Node} a {@code MapAccessor}). A list of
 * records has its own name, {@link #assertThatRecords(List)}, because an overload taking {@code List<Record>}
 * would be ambiguous with AssertJ's {@code assertThat(List)}.
 */
public class Neo4jAssertions extends Assertions {

    /** For subclasses that add their own entry points; all methods are static. */
    protected Neo4jAssertions() {}

    /**
     * Assertions on a node.
     *
     * <pre>{@code assertThat(node).hasLabels("Person").hasProperty("name", "Alice");}</pre>
     *
     * @param actual the node
     * @return the assertion
     */
    public static NodeAssert assertThat(Node actual) {
        return new NodeAssert(actual);
    }

    /**
     * Assertions on a relationship.
     *
     * <pre>{@code assertThat(relationship).hasType("KNOWS").startsAt(alice).endsAt(bob);}</pre>
     *
     * @param actual the relationship
     * @return the assertion
     */
    public static RelationshipAssert assertThat(Relationship actual) {
        return new RelationshipAssert(actual);
    }

    /**
     * Assertions on a path.
     *
     * <pre>{@code assertThat(path).hasLength(2).startsAt(alice).endsAt(carol);}</pre>
     *
     * @param actual the path
     * @return the assertion
     */
    public static PathAssert assertThat(Path actual) {
        return new PathAssert(actual);
    }

    /**
     * Assertions on a record.
     *
     * <pre>{@code assertThat(record).hasValue("c", 3L);}</pre>
     *
     * @param actual the record
     * @return the assertion
     */
    public static RecordAssert assertThat(Record actual) {
        return new RecordAssert(actual);
    }

    /**
     * Assertions on a list of records.
     *
     * <pre>{@code assertThatRecords(result.list()).hasSize(2).column("name").containsExactly("Alice", "Bob");}</pre>
     *
     * @param actual the records
     * @return the assertion
     */
    public static RecordsAssert assertThatRecords(List<Record> actual) {
        return new RecordsAssert(actual);
    }

    /**
     * Assertions on the result of {@code driver.executableQuery(...).execute()}.
     *
     * <pre>{@code assertThat(result).hasSize(1).singleRecord().hasValue("c", 3L);}</pre>
     *
     * @param actual the result
     * @return the assertion
     */
    public static EagerResultAssert assertThat(EagerResult actual) {
        return new EagerResultAssert(actual);
    }

    /**
     * Assertions on a result summary.
     *
     * <pre>{@code assertThat(summary).hasQueryType(QueryType.WRITE_ONLY).hasNoNotifications();}</pre>
     *
     * @param actual the summary
     * @return the assertion
     */
    public static ResultSummaryAssert assertThat(ResultSummary actual) {
        return new ResultSummaryAssert(actual);
    }

    /**
     * Assertions on summary counters.
     *
     * <pre>{@code assertThat(summary.counters()).hasNodesCreated(1);}</pre>
     *
     * @param actual the counters
     * @return the assertion
     */
    public static SummaryCountersAssert assertThat(SummaryCounters actual) {
        return new SummaryCountersAssert(actual);
    }

    /**
     * Assertions on a query plan.
     *
     * <pre>{@code assertThat(plan).usesIndex("Person", "email").doesNotUseOperator("AllNodesScan");}</pre>
     *
     * @param actual the plan
     * @return the assertion
     */
    public static PlanAssert assertThat(Plan actual) {
        return new PlanAssert(actual);
    }

    /**
     * Assertions on a profiled query plan.
     *
     * <pre>{@code assertThat(summary.profile()).hasTotalDbHitsAtMost(10);}</pre>
     *
     * @param actual the profiled plan
     * @return the assertion
     */
    public static ProfiledPlanAssert assertThat(ProfiledPlan actual) {
        return new ProfiledPlanAssert(actual);
    }

    /**
     * Assertions on the graph in the driver's default database.
     *
     * <pre>{@code assertThatGraph(driver).hasNodeCount("Person", 2);}</pre>
     *
     * @param driver the driver
     * @return the assertion
     */
    public static GraphAssert assertThatGraph(Driver driver) {
        return new GraphAssert(driver);
    }

    /**
     * Assertions on the graph in a named database.
     *
     * <pre>{@code assertThatGraph(driver, "movies").isEmpty();}</pre>
     *
     * @param driver the driver
     * @param database the database name
     * @return the assertion
     */
    public static GraphAssert assertThatGraph(Driver driver, String database) {
        return new GraphAssert(driver).inDatabase(database);
    }

    /**
     * A condition for {@link AbstractGraphAssert#withProperty(String, Condition) withProperty}: any string
     * property value.
     *
     * <pre>{@code assertThatGraph(driver).withProperty("uuid", anyString()).isEqualTo(expected);}</pre>
     *
     * @return the condition, described as {@code any string}
     */
    public static Condition<Object> anyString() {
        return new Condition<>(value -> value instanceof String, "any string");
    }

    /**
     * A condition for {@link AbstractGraphAssert#withProperty(String, Condition) withProperty}: any number, an
     * integer ({@code Long}) or a float ({@code Double}) property value.
     *
     * <pre>{@code assertThatGraph(driver).withProperty("version", anyNumber()).isEqualTo(expected);}</pre>
     *
     * @return the condition, described as {@code any number}
     */
    public static Condition<Object> anyNumber() {
        return new Condition<>(value -> value instanceof Long || value instanceof Double, "any number");
    }

    /**
     * A condition for {@link AbstractGraphAssert#withProperty(String, Condition) withProperty}: any date-time,
     * a Cypher {@code DATETIME} ({@code ZonedDateTime}) or {@code LOCAL DATETIME} ({@code LocalDateTime}) property
     * value.
     *
     * <pre>{@code assertThatGraph(driver).withProperty("createdAt", anyDateTime()).isEqualTo(expected);}</pre>
     *
     * @return the condition, described as {@code any date-time}
     */
    public static Condition<Object> anyDateTime() {
        return new Condition<>(value -> value instanceof ZonedDateTime || value instanceof OffsetDateTime
                || value instanceof LocalDateTime, "any date-time");
    }
}
