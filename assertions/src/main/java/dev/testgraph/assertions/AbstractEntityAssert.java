package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveElementId.shouldHaveElementId;
import static dev.testgraph.assertions.internal.ShouldHaveProperty.shouldHaveProperties;
import static dev.testgraph.assertions.internal.ShouldHaveProperty.shouldHaveProperty;
import static dev.testgraph.assertions.internal.ShouldHaveProperty.shouldHavePropertyValue;
import static dev.testgraph.assertions.internal.ShouldHaveProperty.shouldNotHaveProperty;

import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.GraphDifference;
import dev.testgraph.fixtures.internal.PropertyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.ObjectAssert;
import org.neo4j.driver.types.Entity;

/**
 * Assertions shared by nodes and relationships: properties and element id.
 *
 * <p>Property values compare type-exactly: {@code 1L} is not {@code 1.0} nor {@code "1"}. Java {@code int},
 * {@code short}, {@code byte} and {@code float} expected values are widened to {@code Long} and {@code Double},
 * the only types the driver returns, so {@code hasProperty("age", 42)} means {@code 42L}.
 *
 * @param <SELF> the assertion type
 * @param <ACTUAL> the entity type
 */
public abstract class AbstractEntityAssert<SELF extends AbstractEntityAssert<SELF, ACTUAL>, ACTUAL extends Entity>
        extends Neo4jAbstractAssert<SELF, ACTUAL> {

    /**
     * Creates the assertion.
     *
     * @param actual the entity
     * @param selfType the concrete assertion class
     */
    protected AbstractEntityAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * What the entity is called in messages, {@code node} or {@code relationship}.
     *
     * @return the word
     */
    protected abstract String kind();

    /**
     * The entity as Cypher-like text for messages.
     *
     * @return the text
     */
    protected abstract String text();

    /**
     * Verifies that the entity has a property with the given key, whatever its value.
     *
     * <pre>{@code assertThat(node).hasProperty("name");}</pre>
     *
     * @param key the property key
     * @return this assertion
     * @throws AssertionError if the entity is null or has no such property
     */
    public SELF hasProperty(String key) {
        isNotNull();
        if (!actual.containsKey(key)) {
            throw assertionError(shouldHaveProperty(
                    kind(), text(), CypherText.name(key), CypherText.quotedList(new TreeSet<>(actual.asMap().keySet()))));
        }
        return myself;
    }

    /**
     * Verifies that the entity has a property with the given key and value, compared type-exactly.
     *
     * <pre>{@code assertThat(node).hasProperty("name", "Alice").hasProperty("age", 42L);}</pre>
     *
     * @param key the property key
     * @param value the expected value
     * @return this assertion
     * @throws AssertionError if the entity is null, lacks the property or has another value
     */
    public SELF hasProperty(String key, Object value) {
        isNotNull();
        boolean present = actual.containsKey(key);
        Object actualValue = present ? actual.get(key).asObject() : null;
        if (!present || !CypherText.areEqual(value, actualValue)) {
            throw assertionError(shouldHavePropertyValue(
                    kind(),
                    text(),
                    CypherText.name(key) + ": " + CypherText.value(value),
                    present ? CypherText.name(key) + ": " + CypherText.value(actualValue) : "no property " + CypherText.name(key)));
        }
        return myself;
    }

    /**
     * Verifies that the entity has no property with the given key.
     *
     * <pre>{@code assertThat(node).doesNotHaveProperty("password");}</pre>
     *
     * @param key the property key
     * @return this assertion
     * @throws AssertionError if the entity is null or has the property
     */
    public SELF doesNotHaveProperty(String key) {
        isNotNull();
        if (actual.containsKey(key)) {
            throw assertionError(shouldNotHaveProperty(
                    kind(), text(), CypherText.name(key),
                    CypherText.name(key) + ": " + CypherText.value(actual.get(key).asObject())));
        }
        return myself;
    }

    /**
     * Verifies that the entity has all the given properties (and maybe others), compared type-exactly.
     *
     * <pre>{@code assertThat(node).hasProperties(Map.of("name", "Alice", "age", 42L));}</pre>
     *
     * @param expected the expected properties
     * @return this assertion
     * @throws AssertionError if the entity is null or a property is missing or has another value
     */
    public SELF hasProperties(Map<String, ?> expected) {
        return compareProperties(expected, false);
    }

    /**
     * Verifies that the entity has exactly the given properties, compared type-exactly.
     *
     * <pre>{@code assertThat(node).hasOnlyProperties(Map.of("name", "Alice"));}</pre>
     *
     * @param expected the expected properties
     * @return this assertion
     * @throws AssertionError if the entity is null or its properties differ
     */
    public SELF hasOnlyProperties(Map<String, ?> expected) {
        return compareProperties(expected, true);
    }

    private SELF compareProperties(Map<String, ?> expected, boolean only) {
        isNotNull();
        Map<String, Object> expectedValues = PropertyValues.widen(expected);
        Map<String, Object> actualValues = new TreeMap<>(actual.asMap());
        if (!only) {
            actualValues.keySet().retainAll(expectedValues.keySet());
        }
        List<String> differences = GraphDifference.propertyDifferences(expectedValues, actualValues);
        if (!differences.isEmpty()) {
            List<String> lines = new ArrayList<>(differences);
            throw assertionError(shouldHaveProperties(
                    kind(), text(), only ? "only " : "", CypherText.properties(expectedValues).isEmpty() ? "{}"
                            : CypherText.properties(expectedValues),
                    CypherText.indentedLines(lines, Integer.MAX_VALUE)));
        }
        return myself;
    }

    /**
     * Verifies the entity's element id.
     *
     * <pre>{@code assertThat(node).hasElementId(alice.elementId());}</pre>
     *
     * @param elementId the expected element id
     * @return this assertion
     * @throws AssertionError if the entity is null or has another element id
     */
    public SELF hasElementId(String elementId) {
        isNotNull();
        if (!actual.elementId().equals(elementId)) {
            throw assertionError(shouldHaveElementId(
                    kind(), text(), CypherText.string(String.valueOf(elementId)), CypherText.string(actual.elementId())));
        }
        return myself;
    }

    /**
     * Navigates to the entity's properties as an AssertJ map assertion.
     *
     * <pre>{@code assertThat(node).properties().containsEntry("name", "Alice").hasSize(2);}</pre>
     *
     * @return a map assertion on the properties
     * @throws AssertionError if the entity is null
     */
    public MapAssert<String, Object> properties() {
        isNotNull();
        return navigate(Entity::asMap, (Map<String, Object> map) -> new MapAssert<>(map), Map.class);
    }

    /**
     * Navigates to one property value (or {@code null} when absent) as an AssertJ object assertion.
     *
     * <pre>{@code assertThat(node).property("age").isInstanceOf(Long.class);}</pre>
     *
     * @param key the property key
     * @return an object assertion on the value
     * @throws AssertionError if the entity is null
     */
    public ObjectAssert<Object> property(String key) {
        isNotNull();
        return navigate(entity -> entity.get(key).asObject(), (Object value) -> new ObjectAssert<>(value), Object.class);
    }
}
