package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldHaveLabels.shouldHaveLabels;
import static dev.testgraph.assertions.internal.ShouldHaveLabels.shouldHaveOnlyLabels;
import static dev.testgraph.assertions.internal.ShouldHaveLabels.shouldNotHaveLabels;

import dev.testgraph.assertions.internal.CypherText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ListAssert;
import org.neo4j.driver.types.Node;

/**
 * Assertions on a driver {@link Node}: labels, properties, element id.
 *
 * <pre>{@code
 * assertThat(node).hasLabels("Person").hasProperty("name", "Alice").doesNotHaveProperty("password");
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractNodeAssert<SELF extends AbstractNodeAssert<SELF>> extends AbstractEntityAssert<SELF, Node> {

    /**
     * Creates the assertion.
     *
     * @param actual the node
     * @param selfType the concrete assertion class
     */
    protected AbstractNodeAssert(Node actual, Class<?> selfType) {
        super(actual, selfType);
    }

    @Override
    protected String kind() {
        return "node";
    }

    @Override
    protected String text() {
        return CypherText.node(actual);
    }

    /**
     * Verifies that the node has all the given labels (and maybe others).
     *
     * <pre>{@code assertThat(node).hasLabels("Person", "Admin");}</pre>
     *
     * @param labels the expected labels
     * @return this assertion
     * @throws AssertionError if the node is null or lacks one of the labels
     */
    public SELF hasLabels(String... labels) {
        isNotNull();
        List<String> actualLabels = CypherText.labelsOf(actual);
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(labels)));
        missing.removeAll(actualLabels);
        if (!missing.isEmpty()) {
            throw assertionError(shouldHaveLabels(text(), CypherText.quotedList(Arrays.asList(labels)), CypherText.quotedList(missing)));
        }
        return myself;
    }

    /**
     * Verifies that the node has exactly the given labels, in any order.
     *
     * <pre>{@code assertThat(node).hasOnlyLabels("Person");}</pre>
     *
     * @param labels the expected labels
     * @return this assertion
     * @throws AssertionError if the node is null or its labels differ
     */
    public SELF hasOnlyLabels(String... labels) {
        isNotNull();
        List<String> actualLabels = CypherText.labelsOf(actual);
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(labels));
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actualLabels);
        List<String> unexpected = new ArrayList<>(actualLabels);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw assertionError(shouldHaveOnlyLabels(
                    text(), CypherText.quotedList(expected), CypherText.quotedList(missing),
                    CypherText.quotedList(unexpected)));
        }
        return myself;
    }

    /**
     * Verifies that the node has none of the given labels.
     *
     * <pre>{@code assertThat(node).doesNotHaveLabels("Deleted");}</pre>
     *
     * @param labels the unwanted labels
     * @return this assertion
     * @throws AssertionError if the node is null or has one of the labels
     */
    public SELF doesNotHaveLabels(String... labels) {
        isNotNull();
        List<String> found = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(labels)));
        found.retainAll(CypherText.labelsOf(actual));
        if (!found.isEmpty()) {
            throw assertionError(shouldNotHaveLabels(text(), CypherText.quotedList(Arrays.asList(labels)), CypherText.quotedList(found)));
        }
        return myself;
    }

    /**
     * Verifies that the node is the given node: same element id.
     *
     * <pre>{@code assertThat(result.single().get("p").asNode()).isSameNodeAs(alice);}</pre>
     *
     * @param node the expected node
     * @return this assertion
     * @throws AssertionError if the node is null or another node
     */
    public SELF isSameNodeAs(Node node) {
        return hasElementId(node.elementId());
    }

    /**
     * Navigates to the node's labels as an AssertJ list assertion.
     *
     * <pre>{@code assertThat(node).labels().containsExactlyInAnyOrder("Person", "Admin");}</pre>
     *
     * @return a list assertion on the labels
     * @throws AssertionError if the node is null
     */
    public ListAssert<String> labels() {
        isNotNull();
        return navigate(CypherText::labelsOf, (List<String> labels) -> new ListAssert<>(labels), List.class);
    }
}
