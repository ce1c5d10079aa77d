package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveKeys.shouldHaveKeys;
import static dev.testgraph.assertions.internal.ShouldHaveValue.shouldHaveKey;
import static dev.testgraph.assertions.internal.ShouldHaveValue.shouldHaveValue;

import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.SummaryText;
import java.util.Arrays;
import java.util.Map;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.ObjectAssert;
import org.neo4j.driver.Record;

/**
 * Assertions on one driver {@link Record}: its keys and values, with navigation to nodes, relationships and paths.
 *
 * <p>Values compare type-exactly like properties (see {@link AbstractEntityAssert}): {@code hasValue("c", 3)}
 * expects the integer {@code 3L}, not {@code 3.0}.
 *
 * <pre>{@code
 * assertThat(record).hasKeys("p", "friends").hasValue("friends", 3);
 * assertThat(record).node("p").hasProperty("name", "Alice");
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractRecordAssert<SELF extends AbstractRecordAssert<SELF>> extends Neo4jAbstractAssert<SELF, Record> {

    /**
     * Creates the assertion.
     *
     * @param actual the record
     * @param selfType the concrete assertion class
     */
    protected AbstractRecordAssert(Record actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the record's keys, exactly and in order.
     *
     * <pre>{@code assertThat(record).hasKeys("name", "age");}</pre>
     *
     * @param keys the expected keys
     * @return this assertion
     * @throws AssertionError if the record is null or has other keys
     */
    public SELF hasKeys(String... keys) {
        isNotNull();
        if (!actual.keys().equals(Arrays.asList(keys))) {
            throw assertionError(shouldHaveKeys("record", SummaryText.record(actual),
                    CypherText.quotedList(Arrays.asList(keys)), CypherText.quotedList(actual.keys())));
        }
        return myself;
    }

    /**
     * Verifies that the record has the given key.
     *
     * <pre>{@code assertThat(record).hasKey("name");}</pre>
     *
     * @param key the key
     * @return this assertion
     * @throws AssertionError if the record is null or lacks the key
     */
    public SELF hasKey(String key) {
        isNotNull();
        if (!actual.containsKey(key)) {
            throw assertionError(shouldHaveKey(SummaryText.record(actual), CypherText.string(key), CypherText.quotedList(actual.keys())));
        }
        return myself;
    }

    /**
     * Verifies the value under a key, compared type-exactly.
     *
     * <pre>{@code assertThat(record).hasValue("c", 3L).hasValue("name", "Alice");}</pre>
     *
     * @param key the key
     * @param value the expected value
     * @return this assertion
     * @throws AssertionError if the record is null, lacks the key or has another value
     */
    public SELF hasValue(String key, Object value) {
        hasKey(key);
        Object actualValue = actual.get(key).asObject();
        if (!CypherText.areEqual(value, actualValue)) {
            throw assertionError(shouldHaveValue(SummaryText.record(actual),
                    CypherText.name(key) + ": " + CypherText.value(value),
                    CypherText.name(key) + ": " + CypherText.value(actualValue)));
        }
        return myself;
    }

    /**
     * Navigates to the value under a key, as the driver's Java object, in an AssertJ object assertion.
     *
     * <pre>{@code assertThat(record).value("c").isEqualTo(3L);}</pre>
     *
     * @param key the key
     * @return an object assertion on the value
     * @throws AssertionError if the record is null or lacks the key
     */
    public ObjectAssert<Object> value(String key) {
        hasKey(key);
        return navigate(record -> record.get(key).asObject(), (Object value) -> new ObjectAssert<>(value), Object.class);
    }

    /**
     * Navigates to the node under a key.
     *
     * <pre>{@code assertThat(record).node("p").hasLabels("Person");}</pre>
     *
     * @param key the key
     * @return a node assertion
     * @throws AssertionError if the record is null, lacks the key or the value is not a node
     */
    public NodeAssert node(String key) {
        return value(key).asInstanceOf(Neo4jInstanceOfAssertFactories.NODE);
    }

    /**
     * Navigates to the relationship under a key.
     *
     * <pre>{@code assertThat(record).relationship("r").hasType("KNOWS");}</pre>
     *
     * @param key the key
     * @return a relationship assertion
     * @throws AssertionError if the record is null, lacks the key or the value is not a relationship
     */
    public RelationshipAssert relationship(String key) {
        return value(key).asInstanceOf(Neo4jInstanceOfAssertFactories.RELATIONSHIP);
    }

    /**
     * Navigates to the path under a key.
     *
     * <pre>{@code assertThat(record).path("p").hasLength(2);}</pre>
     *
     * @param key the key
     * @return a path assertion
     * @throws AssertionError if the record is null, lacks the key or the value is not a path
     */
    public PathAssert path(String key) {
        return value(key).asInstanceOf(Neo4jInstanceOfAssertFactories.PATH);
    }

    /**
     * Navigates to the record as a map of keys to the driver's Java objects.
     *
     * <pre>{@code assertThat(record).asMap().containsEntry("name", "Alice");}</pre>
     *
     * @return a map assertion
     * @throws AssertionError if the record is null
     */
    public MapAssert<String, Object> asMap() {
        isNotNull();
        return navigate(Record::asMap, (Map<String, Object> map) -> new MapAssert<>(map), Map.class);
    }
}
