package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;

/** Renders records, result summaries, counters, notifications and plans for failure messages. */
public final class SummaryText {

    private static final int RECORD_LIMIT = 10;

    private SummaryText() {}

    /** {@code {name: "Alice", n: (:Person)}} in the record's key order. */
    public static String record(Record record) {
        StringBuilder text = new StringBuilder("{");
        String separator = "";
        for (String key : record.keys()) {
            text.append(separator).append(CypherText.name(key)).append(": ").append(CypherText.value(record.get(key)));
            separator = ", ";
        }
        return text.append('}').toString();
    }

    /** One indented line per record, at most ten, or {@code   no records}. */
    public static String records(List<Record> records) {
        if (records.isEmpty()) {
            return "  no records";
        }
        return CypherText.indentedLines(records.stream().map(SummaryText::record).toList(), RECORD_LIMIT);
    }

    /** The counters as a map of the non-zero ones, e.g. {@code {nodesCreated: 1, propertiesSet: 2}}. */
    public static String counters(SummaryCounters counters) {
        Map<String, Integer> values = counterValues(counters);
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> {
            if (value != 0) {
                parts.add(name + ": " + value);
            }
        });
        return "{" + String.join(", ", parts) + "}";
    }

    /** Every counter by name, in the driver's order. */
    public static Map<String, Integer> counterValues(SummaryCounters counters) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("nodesCreated", counters.nodesCreated());
        values.put("nodesDeleted", counters.nodesDeleted());
        values.put("relationshipsCreated", counters.relationshipsCreated());
        values.put("relationshipsDeleted", counters.relationshipsDeleted());
        values.put("propertiesSet", counters.propertiesSet());
        values.put("labelsAdded", counters.labelsAdded());
        values.put("labelsRemoved", counters.labelsRemoved());
        values.put("indexesAdded", counters.indexesAdded());
        values.put("indexesRemoved", counters.indexesRemoved());
        values.put("constraintsAdded", counters.constraintsAdded());
        values.put("constraintsRemoved", counters.constraintsRemoved());
        values.put("systemUpdates", counters.systemUpdates());
        return values;
    }

    /** The query text of a summary, quoted. */
    public static String query(ResultSummary summary) {
        return summary.query() == null ? "(unknown query)" : CypherText.string(summary.query().text());
    }

    /** {@code INFORMATION}, {@code WARNING}, {@code OFF} or the driver's text. */
    public static String severity(NotificationSeverity severity) {
        if (NotificationSeverity.WARNING.equals(severity)) {
            return "WARNING";
        }
        if (NotificationSeverity.INFORMATION.equals(severity)) {
            return "INFORMATION";
        }
        if (NotificationSeverity.OFF.equals(severity)) {
            return "OFF";
        }
        return String.valueOf(severity);
    }

    /** {@code WARNING Neo.ClientNotification.Statement.UnknownLabelWarning: The provided label is not ...}. */
    public static String notification(Notification notification) {
        String severity = notification.rawSeverityLevel().orElse(null);
        return (severity == null ? "" : severity.toUpperCase(Locale.ROOT) + " ") + notification.code() + ": "
                + notification.title();
    }

    /** One indented line per notification, or {@code   no notifications}. */
    public static String notifications(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return "  no notifications";
        }
        return CypherText.indentedLines(notifications.stream().map(SummaryText::notification).toList(), 20);
    }

    /** One indented line per GQL status object: {@code 00000: note: successful completion}. */
    public static String gqlStatuses(Iterable<GqlStatusObject> statuses) {
        List<String> lines = new ArrayList<>();
        statuses.forEach(status -> lines.add(status.gqlStatus() + ": " + status.statusDescription()));
        return lines.isEmpty() ? "  no GQL statuses" : CypherText.indentedLines(lines.stream().sorted().toList(), 20);
    }

    /** The operator without its runtime suffix: {@code NodeIndexSeek@neo4j} -> {@code NodeIndexSeek}. */
    public static String operator(String operatorType) {
        int at = operatorType.indexOf('@');
        return at < 0 ? operatorType : operatorType.substring(0, at);
    }

    /** The plan tree, one indented line per operator with its details (and db hits / rows when profiled). */
    public static String plan(Plan plan) {
        List<String> lines = new ArrayList<>();
        plan(plan, 1, lines);
        return String.join(System.lineSeparator(), lines);
    }

    private static void plan(Plan plan, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + operatorLine(plan));
        for (Plan child : plan.children()) {
            plan(child, depth + 1, lines);
        }
    }

    /** {@code NodeIndexSeek@neo4j (RANGE INDEX p:Person(email) ...)}, with db hits and rows when profiled. */
    public static String operatorLine(Plan plan) {
        StringBuilder line = new StringBuilder(plan.operatorType());
        Value details = plan.arguments().get("Details");
        if (details != null && !details.isNull()) {
            line.append(" (").append(details.asString()).append(')');
        }
        if (plan instanceof ProfiledPlan profiled) {
            line.append(" dbHits: ").append(profiled.dbHits()).append(", rows: ").append(profiled.records());
        }
        return line.toString();
    }

    /** Visits a plan and all its descendants, depth first. */
    public static void visit(Plan plan, Consumer<Plan> visitor) {
        visitor.accept(plan);
        for (Plan child : plan.children()) {
            visit(child, visitor);
        }
    }
}
