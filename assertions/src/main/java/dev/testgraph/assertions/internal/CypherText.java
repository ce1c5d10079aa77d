package dev.testgraph.assertions.internal;

import dev.testgraph.fixtures.internal.CypherNames;
import dev.testgraph.fixtures.internal.PropertyValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Renders values and entities as Cypher-like text, e.g.
 * {@code (:Person {name: "Alice"})-[:KNOWS {since: 2020}]->(:Person {name: "Bob"})}.
 *
 * <p>The rendering of a value is injective per type: {@code 1} (Long), {@code 1.0} (Double) and {@code "1"}
 * (String) all render differently, so the text doubles as the canonical, type-exact key of a value. Labels are
 * sorted and properties ordered by key, so equal entities render equally.
 */
public final class CypherText {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private CypherText() {}

    /**
     * Type-exact equality after {@linkplain PropertyValues#widen(Object) widening}: the rendered texts are compared,
     * so {@code 1L} is not {@code 1.0} and byte arrays compare by content.
     */
    public static boolean areEqual(Object expected, Object actual) {
        return value(expected).equals(value(actual));
    }

    /** The labels of a driver node as a list. */
    public static List<String> labelsOf(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        return labels;
    }

    /** A label, type or key, quoted as in a query ({@link CypherNames#quote}) when it is not a plain identifier. */
    public static String name(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : CypherNames.quote(name);
    }

    /** {@code :A:B} for sorted labels, or {@code ""}. */
    public static String labels(Collection<String> labels) {
        StringBuilder text = new StringBuilder();
        labels.stream().sorted().forEach(label -> text.append(':').append(name(label)));
        return text.toString();
    }

    /** {@code {a: 1, b: "x"}} ordered by key; {@code ""} when empty. */
    public static String properties(Map<String, ?> properties) {
        if (properties.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        String separator = "";
        for (Map.Entry<String, ?> entry : new TreeMap<>(properties).entrySet()) {
            text.append(separator).append(name(entry.getKey())).append(": ").append(value(entry.getValue()));
            separator = ", ";
        }
        return text.append('}').toString();
    }

    /** A node from its parts: {@code (:Person {name: "Alice"})}. */
    public static String node(Collection<String> labels, Map<String, ?> properties) {
        String labelText = labels(labels);
        String propertyText = properties(properties);
        return "(" + labelText + (labelText.isEmpty() || propertyText.isEmpty() ? "" : " ") + propertyText + ")";
    }

    /** A relationship body from its parts: {@code [:KNOWS {since: 2020}]}. */
    public static String relationshipBody(String type, Map<String, ?> properties) {
        String propertyText = properties(properties);
        return "[:" + name(type) + (propertyText.isEmpty() ? "" : " " + propertyText) + "]";
    }

    /** A driver node. */
    public static String node(Node node) {
        return node(labelsOf(node), node.asMap());
    }

    /** A driver relationship with anonymous ends: {@code ()-[:KNOWS {since: 2020}]->()}. */
    public static String relationship(Relationship relationship) {
        return "()-" + relationshipBody(relationship.type(), relationship.asMap()) + "->()";
    }

    /** A driver relationship with its end nodes. */
    public static String relationship(Node start, Relationship relationship, Node end) {
        return node(start) + "-" + relationshipBody(relationship.type(), relationship.asMap()) + "->" + node(end);
    }

    /** A driver path, with each relationship pointing the way it is stored. */
    public static String path(Path path) {
        StringBuilder text = new StringBuilder(node(path.start()));
        for (Path.Segment segment : path) {
            Relationship relationship = segment.relationship();
            String body = relationshipBody(relationship.type(), relationship.asMap());
            boolean forward = relationship.startNodeElementId().equals(segment.start().elementId());
            text.append(forward ? "-" : "<-").append(body).append(forward ? "->" : "-").append(node(segment.end()));
        }
        return text.toString();
    }

    /** A property value as a Cypher-like literal; distinct Java types render differently. */
    public static String value(Object value) {
        Object normalized = PropertyValues.widen(value);
        if (normalized == null) {
            return "null";
        }
        if (normalized instanceof String string) {
            return string(string);
        }
        if (normalized instanceof Long || normalized instanceof Boolean) {
            return normalized.toString();
        }
        if (normalized instanceof Double number) {
            if (number.isNaN()) {
                return "NaN";
            }
            if (number.isInfinite()) {
                return number > 0 ? "Infinity" : "-Infinity";
            }
            return number.toString();
        }
        if (normalized instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            Iterator<?> iterator = list.iterator();
            while (iterator.hasNext()) {
                text.append(value(iterator.next()));
                if (iterator.hasNext()) {
                    text.append(", ");
                }
            }
            return text.append(']').toString();
        }
        if (normalized instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), entry));
            return copy.isEmpty() ? "{}" : properties(copy);
        }
        if (normalized instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02x", b));
            }
            return "bytes(\"" + hex + "\")";
        }
        if (normalized instanceof LocalDate) {
            return "date(\"" + normalized + "\")";
        }
        if (normalized instanceof LocalTime) {
            return "localtime(\"" + normalized + "\")";
        }
        if (normalized instanceof OffsetTime) {
            return "time(\"" + normalized + "\")";
        }
        if (normalized instanceof LocalDateTime) {
            return "localdatetime(\"" + normalized + "\")";
        }
        if (normalized instanceof ZonedDateTime || normalized instanceof OffsetDateTime) {
            return "datetime(\"" + normalized + "\")";
        }
        if (normalized instanceof IsoDuration duration) {
            return "duration(\"" + duration + "\")";
        }
        if (normalized instanceof Point point) {
            return "point({srid: " + point.srid() + ", x: " + point.x() + ", y: " + point.y()
                    + (Double.isNaN(point.z()) ? "" : ", z: " + point.z()) + "})";
        }
        if (normalized instanceof Node node) {
            return node(node);
        }
        if (normalized instanceof Relationship relationship) {
            return relationship(relationship);
        }
        if (normalized instanceof Path path) {
            return path(path);
        }
        if (normalized instanceof GraphFilter.Matched matched) {
            return matched.toString();
        }
        if (normalized instanceof Value driverValue) {
            return value(driverValue.asObject());
        }
        return normalized.getClass().getSimpleName() + "(" + normalized + ")";
    }

    /** A double-quoted string literal with escapes. */
    public static String string(String string) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : string.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    /** Strings quoted and joined: {@code "A", "B"}. */
    public static String quotedList(Collection<String> strings) {
        List<String> quoted = new ArrayList<>();
        strings.forEach(string -> quoted.add(string(string)));
        return "[" + String.join(", ", quoted) + "]";
    }

    /** Lines indented by two spaces, at most {@code limit} of them, then {@code ... and N more}. */
    public static String indentedLines(List<String> lines, int limit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size() && i < limit; i++) {
            if (i > 0) {
                text.append(System.lineSeparator());
            }
            text.append("  ").append(lines.get(i));
        }
        if (lines.size() > limit) {
            text.append(System.lineSeparator()).append("  ... and ").append(lines.size() - limit).append(" more");
        }
        return text.toString();
    }
}
