package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;

/** Result summary, counters, notifications and plan assertions against a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class SummaryAndPlanAssertTest {

    private static final String CREATE = "CREATE (:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'})";
    private static final String UNKNOWN_LABEL = "MATCH (n:Nobody) RETURN n";

    private Driver driver;
    private ResultSummary created;

    @BeforeEach
    void run(Driver driver) {
        this.driver = driver;
        created = summary(CREATE);
    }

    private ResultSummary summary(String query) {
        return driver.executableQuery(query).execute().summary();
    }

    @Test
    void should_pass_every_counter() {
        SummaryCounters counters = created.counters();
        assertThat(counters).hasNodesCreated(2).hasNodesDeleted(0).hasRelationshipsCreated(1).hasRelationshipsDeleted(0)
                .hasPropertiesSet(2).hasLabelsAdded(2).hasLabelsRemoved(0).hasIndexesAdded(0).hasIndexesRemoved(0)
                .hasConstraintsAdded(0).hasConstraintsRemoved(0).hasSystemUpdates(0)
                .containsUpdates().doesNotContainSystemUpdates();
        assertThat(summary("MATCH (n) DETACH DELETE n")).counters().hasNodesDeleted(2).hasRelationshipsDeleted(1);
        assertThat(summary("CREATE INDEX person_name FOR (p:Person) ON (p.name)")).counters().hasIndexesAdded(1);
        assertThat(summary("DROP INDEX person_name")).counters().hasIndexesRemoved(1);
        assertThat(summary("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE")).counters()
                .hasConstraintsAdded(1);
        assertThat(summary("DROP CONSTRAINT person_id")).counters().hasConstraintsRemoved(1);
        assertThat(summary("CREATE (n:Temporary) REMOVE n:Temporary")).counters().hasLabelsRemoved(1);
        assertThat(summary("MATCH (n) RETURN n")).counters().doesNotContainUpdates();
    }

    @Test
    void should_fail_counter() {
        assertThat(failureMessage(() -> assertThat(created).counters().hasNodesCreated(0))).isEqualTo(lines("""

                Expecting counters:
                  {nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 2}
                to have nodesCreated:
                  0
                but was:
                  2"""));
        assertThat(failureMessage(() -> assertThat(created.counters()).hasSystemUpdates(1))).isEqualTo(lines("""

                Expecting counters:
                  {nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 2}
                to have systemUpdates:
                  1
                but was:
                  0"""));
    }

    @Test
    void should_fail_containsUpdates_and_friends() {
        assertThat(failureMessage(() -> assertThat(summary("RETURN 1")).counters().containsUpdates())).isEqualTo(lines("""

                Expecting counters:
                  {}
                to contain updates"""));
        assertThat(failureMessage(() -> assertThat(created).counters().doesNotContainUpdates())).isEqualTo(lines("""

                Expecting counters:
                  {nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 2}
                not to contain updates"""));
        assertThat(failureMessage(() -> assertThat(created).counters().containsSystemUpdates())).isEqualTo(lines("""

                Expecting counters:
                  {nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 2}
                to contain system updates"""));
    }

    @Test
    void should_pass_hasQueryType() {
        assertThat(created).hasQueryType(QueryType.WRITE_ONLY);
        assertThat(summary("MATCH (n) RETURN n")).hasQueryType(QueryType.READ_ONLY);
        assertThat(summary("MERGE (n:Person {name: 'Carol'}) RETURN n")).hasQueryType(QueryType.READ_WRITE);
        assertThat(summary("CREATE INDEX FOR (p:Person) ON (p.age)")).hasQueryType(QueryType.SCHEMA_WRITE);
    }

    @Test
    void should_fail_hasQueryType() {
        assertThat(failureMessage(() -> assertThat(created).hasQueryType(QueryType.READ_ONLY))).isEqualTo(lines("""

                Expecting query:
                  "%s"
                to be of type:
                  READ_ONLY
                but was:
                  WRITE_ONLY""".formatted(CREATE)));
    }

    @Test
    void should_pass_notification_assertions() {
        assertThat(created).hasNoNotifications().hasNoWarnings().hasGqlStatus("00001");
        ResultSummary unknownLabel = summary(UNKNOWN_LABEL);
        assertThat(unknownLabel).hasNotificationWithCode("Neo.ClientNotification.Statement.UnknownLabelWarning")
                .hasNotificationWithSeverity(NotificationSeverity.WARNING).hasGqlStatus("01N50");
        assertThat(summary("MATCH (a), (b) RETURN a, b")).hasNoWarnings()
                .hasNotificationWithSeverity(NotificationSeverity.INFORMATION);
        assertThat(unknownLabel).notifications().extracting(Notification::title)
                .containsExactly("The provided label is not in the database.");
        assertThat(unknownLabel).gqlStatusObjects().extracting(GqlStatusObject::gqlStatus).contains("01N50");
    }

    private static final String UNKNOWN_LABEL_LINE =
            "  WARNING Neo.ClientNotification.Statement.UnknownLabelWarning: The provided label is not in the database.";

    @Test
    void should_fail_hasNoNotifications_and_hasNoWarnings() {
        assertThat(failureMessage(() -> assertThat(summary(UNKNOWN_LABEL)).hasNoNotifications())).isEqualTo(lines("""

                Expecting query:
                  "MATCH (n:Nobody) RETURN n"
                to have no notifications but had:
                %s""".formatted(UNKNOWN_LABEL_LINE)));
        assertThat(failureMessage(() -> assertThat(summary(UNKNOWN_LABEL)).hasNoWarnings())).isEqualTo(lines("""

                Expecting query:
                  "MATCH (n:Nobody) RETURN n"
                to have no warnings but had:
                %s""".formatted(UNKNOWN_LABEL_LINE)));
    }

    @Test
    void should_fail_hasNotificationWithCode_and_severity() {
        assertThat(failureMessage(() -> assertThat(created)
                .hasNotificationWithCode("Neo.ClientNotification.Statement.CartesianProduct"))).isEqualTo(lines("""

                Expecting query:
                  "%s"
                to have a notification with code:
                  "Neo.ClientNotification.Statement.CartesianProduct"
                but had:
                  no notifications""".formatted(CREATE)));
        assertThat(failureMessage(() -> assertThat(summary(UNKNOWN_LABEL))
                .hasNotificationWithSeverity(NotificationSeverity.INFORMATION))).isEqualTo(lines("""

                Expecting query:
                  "MATCH (n:Nobody) RETURN n"
                to have a notification with severity:
                  INFORMATION
                but had:
                %s""".formatted(UNKNOWN_LABEL_LINE)));
    }

    @Test
    void should_fail_hasGqlStatus() {
        ResultSummary unknownLabel = summary(UNKNOWN_LABEL);
        // the server's own wording, which changes between releases (2026.x adds "in database `neo4j`")
        String description = unknownLabel.gqlStatusObjects().stream()
                .filter(status -> status.gqlStatus().equals("01N50"))
                .findFirst().orElseThrow().statusDescription();
        assertThat(description).startsWith("warn: label does not exist. The label `Nobody` does not exist");

        assertThat(failureMessage(() -> assertThat(unknownLabel).hasGqlStatus("03N90"))).isEqualTo(lines("""

                Expecting query:
                  "MATCH (n:Nobody) RETURN n"
                to have GQL status:
                  "03N90"
                but had:
                  01N50: %s
                  02000: note: no data""".formatted(description)));
    }

    @Test
    void should_fail_plan_navigation_without_plan() {
        assertThat(failureMessage(() -> assertThat(created).plan())).isEqualTo(lines("""

                Expecting query:
                  "%s"
                to have a plan but it has none (run it with EXPLAIN or PROFILE)""".formatted(CREATE)));
        assertThat(failureMessage(() -> assertThat(summary("EXPLAIN MATCH (n) RETURN n")).profile())).isEqualTo(lines("""

                Expecting query:
                  "EXPLAIN MATCH (n) RETURN n"
                to have a profile but it has none (run it with PROFILE)"""));
    }

    private ResultSummary indexedLookup(String keyword) {
        driver.executableQuery("CREATE INDEX person_email FOR (p:Person) ON (p.email)").execute();
        driver.executableQuery("CALL db.awaitIndexes()").execute();
        driver.executableQuery("CREATE (:Person {email: 'alice@example.com'})").execute();
        return summary(keyword + " MATCH (p:Person {email: 'alice@example.com'}) RETURN p");
    }

    private static final String INDEX_SEEK =
            "NodeIndexSeek@neo4j (RANGE INDEX p:Person(email) WHERE email = $autostring_0, cache[p.email])";

    @Test
    void should_pass_plan_assertions() {
        ResultSummary explained = indexedLookup("EXPLAIN");
        assertThat(explained.plan()).hasOperatorType("ProduceResults").usesOperator("NodeIndexSeek")
                .usesOperator("NodeIndexSeek@neo4j").usesIndex("Person", "email").doesNotUseOperator("AllNodesScan")
                .children().hasSize(1);
        assertThat(explained).plan().child(0).hasOperatorType("NodeIndexSeek");
        assertThat(summary("EXPLAIN MATCH ()-[r:KNOWS]->() RETURN r")).plan().usesOperator("DirectedRelationshipTypeScan");
    }

    @Test
    void should_fail_usesOperator() {
        ResultSummary explained = indexedLookup("EXPLAIN");
        assertThat(failureMessage(() -> assertThat(explained.plan()).usesOperator("NodeByLabelScan"))).isEqualTo(lines("""

                Expecting plan:
                  ProduceResults@neo4j (p)
                    %s
                to use operator:
                  "NodeByLabelScan"
                but it does not""".formatted(INDEX_SEEK)));
    }

    @Test
    void should_fail_doesNotUseOperator() {
        ResultSummary scan = summary("EXPLAIN MATCH (n) RETURN n");
        assertThat(failureMessage(() -> assertThat(scan.plan()).doesNotUseOperator("AllNodesScan"))).isEqualTo(lines("""

                Expecting plan:
                  ProduceResults@neo4j (n)
                    AllNodesScan@neo4j (n)
                not to use operator:
                  "AllNodesScan"
                but it does:
                  AllNodesScan@neo4j (n)"""));
    }

    @Test
    void should_fail_usesIndex_and_hasOperatorType() {
        ResultSummary explained = indexedLookup("EXPLAIN");
        assertThat(failureMessage(() -> assertThat(explained.plan()).usesIndex("Person", "name"))).isEqualTo(lines("""

                Expecting plan:
                  ProduceResults@neo4j (p)
                    %s
                to use an index on:
                  :Person(name)
                but it does not""".formatted(INDEX_SEEK)));
        assertThat(failureMessage(() -> assertThat(explained.plan()).hasOperatorType("Filter"))).isEqualTo(lines("""

                Expecting plan:
                  ProduceResults@neo4j (p)
                    %s
                to have operator type:
                  "Filter"
                but was:
                  "ProduceResults@neo4j\"""".formatted(INDEX_SEEK)));
    }

    @Test
    void should_pass_profile_assertions() {
        ResultSummary profiled = indexedLookup("PROFILE");
        assertThat(profiled).profile().usesIndex("Person", "email").hasTotalDbHitsAtMost(10).hasRows(1)
                .child(0).hasOperatorType("NodeIndexSeek").hasRows(1);
        assertThat(profiled.profile()).totalDbHits().isPositive();
    }

    @Test
    void should_fail_profile_assertions() {
        ResultSummary profiled = summary("PROFILE MATCH (p:Person) RETURN p.name");
        assertThat(failureMessage(() -> assertThat(profiled.profile()).hasRows(3))).isEqualTo(lines("""

                Expecting profiled plan:
                  ProduceResults@neo4j (`p.name`) dbHits: 0, rows: 2
                    Projection@neo4j (p.name AS `p.name`) dbHits: 2, rows: 2
                      NodeByLabelScan@neo4j (p:Person) dbHits: 3, rows: 2
                to produce rows:
                  3
                but produced:
                  2"""));
        assertThat(failureMessage(() -> assertThat(profiled.profile()).hasTotalDbHitsAtMost(4))).isEqualTo(lines("""

                Expecting profiled plan:
                  ProduceResults@neo4j (`p.name`) dbHits: 0, rows: 2
                    Projection@neo4j (p.name AS `p.name`) dbHits: 2, rows: 2
                      NodeByLabelScan@neo4j (p:Person) dbHits: 3, rows: 2
                to have at most 4 db hits in total
                but had:
                  5"""));
    }
}
