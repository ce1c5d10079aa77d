package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveNotification.shouldHaveNoNotifications;
import static dev.testgraph.assertions.internal.ShouldHaveNotification.shouldHaveNotification;
import static dev.testgraph.assertions.internal.ShouldHaveQueryType.shouldHavePlan;
import static dev.testgraph.assertions.internal.ShouldHaveQueryType.shouldHaveQueryType;

import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.SummaryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ListAssert;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Assertions on a driver {@link ResultSummary}: query type, notifications and GQL statuses, with navigation to
 * counters, plan and profile. Messages quote the query.
 *
 * <pre>{@code
 * assertThat(summary).counters().hasNodesCreated(0).hasRelationshipsCreated(1).hasPropertiesSet(1);
 * assertThat(summary).hasQueryType(QueryType.WRITE_ONLY).hasNoNotifications();
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractResultSummaryAssert<SELF extends AbstractResultSummaryAssert<SELF>>
        extends Neo4jAbstractAssert<SELF, ResultSummary> {

    /**
     * Creates the assertion.
     *
     * @param actual the summary
     * @param selfType the concrete assertion class
     */
    protected AbstractResultSummaryAssert(ResultSummary actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the query type the server reported.
     *
     * <pre>{@code assertThat(summary).hasQueryType(QueryType.WRITE_ONLY);}</pre>
     *
     * @param queryType the expected type
     * @return this assertion
     * @throws AssertionError if the summary is null or reports another type
     */
    public SELF hasQueryType(QueryType queryType) {
        isNotNull();
        if (actual.queryType() != queryType) {
            throw assertionError(shouldHaveQueryType(SummaryText.query(actual), String.valueOf(queryType),
                    String.valueOf(actual.queryType())));
        }
        return myself;
    }

    /**
     * Verifies that the server sent no notification (no warning, no information, no hint).
     *
     * <pre>{@code assertThat(summary).hasNoNotifications();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the summary is null or has notifications
     */
    public SELF hasNoNotifications() {
        isNotNull();
        if (!actual.notifications().isEmpty()) {
            throw assertionError(shouldHaveNoNotifications(SummaryText.query(actual), "notifications",
                    SummaryText.notifications(actual.notifications())));
        }
        return myself;
    }

    /**
     * Verifies that no notification has the severity {@code WARNING}.
     *
     * <pre>{@code assertThat(summary).hasNoWarnings();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the summary is null or has a warning
     */
    public SELF hasNoWarnings() {
        isNotNull();
        List<Notification> warnings = actual.notifications().stream()
                .filter(notification -> notification.severityLevel().map(NotificationSeverity.WARNING::equals)
                        .orElse(notification.rawSeverityLevel().map("WARNING"::equalsIgnoreCase).orElse(false)))
                .toList();
        if (!warnings.isEmpty()) {
            throw assertionError(shouldHaveNoNotifications(SummaryText.query(actual), "warnings",
                    SummaryText.notifications(warnings)));
        }
        return myself;
    }

    /**
     * Verifies that a notification has the given code.
     *
     * <pre>{@code assertThat(summary).hasNotificationWithCode("Neo.ClientNotification.Statement.CartesianProduct");}</pre>
     *
     * @param code the notification code
     * @return this assertion
     * @throws AssertionError if the summary is null or no notification has the code
     */
    public SELF hasNotificationWithCode(String code) {
        isNotNull();
        if (actual.notifications().stream().noneMatch(notification -> code.equals(notification.code()))) {
            throw assertionError(shouldHaveNotification(SummaryText.query(actual), "a notification with code",
                    CypherText.string(code), SummaryText.notifications(actual.notifications())));
        }
        return myself;
    }

    /**
     * Verifies that a notification has the given severity.
     *
     * <pre>{@code assertThat(summary).hasNotificationWithSeverity(NotificationSeverity.WARNING);}</pre>
     *
     * @param severity the severity, e.g. {@link NotificationSeverity#WARNING}
     * @return this assertion
     * @throws AssertionError if the summary is null or no notification has the severity
     */
    public SELF hasNotificationWithSeverity(NotificationSeverity severity) {
        isNotNull();
        boolean found = actual.notifications().stream()
                .map(Notification::severityLevel)
                .flatMap(Optional::stream)
                .anyMatch(severity::equals);
        if (!found) {
            throw assertionError(shouldHaveNotification(SummaryText.query(actual), "a notification with severity",
                    SummaryText.severity(severity), SummaryText.notifications(actual.notifications())));
        }
        return myself;
    }

    /**
     * Verifies that the server reported the given GQL status (e.g. {@code "01N50"}, unknown label), among the
     * GQL status objects of the result (servers 5.23 and later).
     *
     * <pre>{@code assertThat(summary).hasGqlStatus("03N90");}</pre>
     *
     * @param gqlStatus the five-character GQL status
     * @return this assertion
     * @throws AssertionError if the summary is null or lacks the status
     */
    public SELF hasGqlStatus(String gqlStatus) {
        isNotNull();
        if (actual.gqlStatusObjects().stream().noneMatch(status -> gqlStatus.equals(status.gqlStatus()))) {
            throw assertionError(shouldHaveNotification(SummaryText.query(actual), "GQL status",
                    CypherText.string(gqlStatus), SummaryText.gqlStatuses(actual.gqlStatusObjects())));
        }
        return myself;
    }

    /**
     * Navigates to the notifications as an AssertJ list assertion.
     *
     * <pre>{@code assertThat(summary).notifications().extracting(Notification::code).contains("...");}</pre>
     *
     * @return a list assertion on the notifications
     * @throws AssertionError if the summary is null
     */
    public ListAssert<Notification> notifications() {
        isNotNull();
        return navigate(ResultSummary::notifications, (List<Notification> list) -> new ListAssert<>(list), List.class);
    }

    /**
     * Navigates to the GQL status objects as an AssertJ list assertion.
     *
     * <pre>{@code assertThat(summary).gqlStatusObjects().extracting(GqlStatusObject::gqlStatus).contains("00000");}</pre>
     *
     * @return a list assertion on the GQL status objects
     * @throws AssertionError if the summary is null
     */
    public ListAssert<GqlStatusObject> gqlStatusObjects() {
        isNotNull();
        return navigate(summary -> new ArrayList<>(summary.gqlStatusObjects()),
                (List<GqlStatusObject> list) -> new ListAssert<>(list), List.class);
    }

    /**
     * Navigates to the counters.
     *
     * <pre>{@code assertThat(summary).counters().hasNodesCreated(1);}</pre>
     *
     * @return a counters assertion
     * @throws AssertionError if the summary is null
     */
    public SummaryCountersAssert counters() {
        isNotNull();
        return navigate(ResultSummary::counters, SummaryCountersAssert::new, SummaryCounters.class);
    }

    /**
     * Navigates to the plan of a query run with {@code EXPLAIN} (or {@code PROFILE}).
     *
     * <pre>{@code assertThat(summary).plan().usesIndex("Person", "email");}</pre>
     *
     * @return a plan assertion
     * @throws AssertionError if the summary is null or has no plan
     */
    public PlanAssert plan() {
        isNotNull();
        if (!actual.hasPlan()) {
            throw assertionError(shouldHavePlan(SummaryText.query(actual), "plan", "EXPLAIN or PROFILE"));
        }
        return navigate(ResultSummary::plan, PlanAssert::new, Plan.class);
    }

    /**
     * Navigates to the profile of a query run with {@code PROFILE}.
     *
     * <pre>{@code assertThat(summary).profile().hasTotalDbHitsAtMost(100);}</pre>
     *
     * @return a profiled-plan assertion
     * @throws AssertionError if the summary is null or has no profile
     */
    public ProfiledPlanAssert profile() {
        isNotNull();
        if (!actual.hasProfile()) {
            throw assertionError(shouldHavePlan(SummaryText.query(actual), "profile", "PROFILE"));
        }
        return navigate(ResultSummary::profile, ProfiledPlanAssert::new, ProfiledPlan.class);
    }
}
