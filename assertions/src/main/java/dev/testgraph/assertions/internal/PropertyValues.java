package dev.testgraph.assertions.internal;

import java.lang.reflect.Array;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Type-exact handling of property values: the driver's Java types, with {@code Integer}, {@code Short},
 * {@code Byte} widened to {@code Long}, {@code Float} to {@code Double}, arrays to lists and
 * {@code OffsetDateTime} to {@code ZonedDateTime} (Neo4j cannot store the narrower types, so a user writing
 * {@code 42} means {@code 42L}). {@code 1L} never equals {@code 1.0} or {@code "1"}.
 */
public final class PropertyValues {

    private PropertyValues() {}

    /** The value widened as described in the class comment. */
    public static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toZonedDateTime();
        }
        if (value instanceof Value driverValue) {
            return normalize(driverValue.asObject());
        }
        if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(normalize(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(normalize(element)));
            return copy;
        }
        return value;
    }

    /** Type-exact equality after widening: {@code 1L} is not {@code 1.0}, byte arrays compare by content. */
    public static boolean areEqual(Object expected, Object actual) {
        return CypherText.value(expected).equals(CypherText.value(actual));
    }

    /** A map's values widened, iteration order kept. */
    public static Map<String, Object> normalize(Map<String, ?> properties) {
        Map<String, Object> copy = new LinkedHashMap<>();
        properties.forEach((key, value) -> copy.put(key, normalize(value)));
        return copy;
    }

    /** The labels of a driver node as a list. */
    public static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        return labels;
    }
}
