package dev.testgraph.assertions;

import static dev.testgraph.assertions.internal.ShouldContainPattern.shouldContainPattern;
import static dev.testgraph.assertions.internal.ShouldContainPattern.shouldNotContainPattern;
import static dev.testgraph.assertions.internal.ShouldHaveGraphCount.shouldBeEmptyGraph;
import static dev.testgraph.assertions.internal.ShouldHaveGraphCount.shouldHaveGraphCount;
import static dev.testgraph.assertions.internal.ShouldHaveGraphCount.shouldNotBeEmptyGraph;

import dev.testgraph.assertions.internal.CreateScript;
import dev.testgraph.assertions.internal.CypherText;
import dev.testgraph.assertions.internal.Database;
import dev.testgraph.assertions.internal.GraphContainment;
import dev.testgraph.assertions.internal.GraphDifference;
import dev.testgraph.assertions.internal.GraphEquality;
import dev.testgraph.assertions.internal.GraphFilter;
import dev.testgraph.assertions.internal.GraphPattern;
import dev.testgraph.assertions.internal.GraphReport;
import dev.testgraph.assertions.internal.GraphReportFile;
import dev.testgraph.assertions.internal.GraphSnapshot;
import dev.testgraph.assertions.internal.ShouldBeEqualToGraph;
import dev.testgraph.fixtures.FixtureException;
import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.FixtureNode;
import dev.testgraph.fixtures.FixtureRelationship;
import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.fixtures.internal.CypherNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Condition;
import org.assertj.core.error.ErrorMessageFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Assertions on the graph stored in a database, reached through a {@link Driver}: counts, patterns, emptiness
 * and whole-graph comparison with a {@link FixtureGraph}.
 *
 * <pre>{@code
 * assertThatGraph(driver).hasNodeCount("Person", 2)
 *         .containsRelationship("(:Person {name:'Alice'})-[:KNOWS]->(:Person {name:'Bob'})");
 * assertThatGraph(driver).isEqualTo(Fixtures.read("expected/after-merge.json"));
 * assertThatGraph(driver, "movies").isEmpty();
 * }</pre>
 *
 * <h2>Patterns</h2>
 * {@link #contains(String)} and friends take a Cypher-like pattern: comma-separated paths of node patterns
 * {@code (var:Label {key: literal})} and relationship patterns {@code -[var:TYPE {key: literal}]->},
 * {@code <-[...]-}, {@code -[...]-} (or {@code -->}, {@code <--}, {@code --}). Literals: strings in single or
 * double quotes, integers, decimals, booleans, lists of those. The pattern becomes a parameterised read-only
 * {@code MATCH}: values are parameters, labels, types and keys are always quoted (taken literally, whatever they
 * contain) and variables are renamed, so a pattern cannot inject anything: no {@code WHERE}, function, clause, variable-length relationship or
 * parameter is accepted. Matching follows Cypher equality (in a pattern, {@code 2020} also matches {@code 2020.0});
 * use {@link #isEqualTo(FixtureGraph)} or node/record assertions for type-exact checks.
 *
 * <h2>Whole-graph comparison</h2>
 * {@link #isEqualTo(FixtureGraph)} and {@link #containsGraph(FixtureGraph)} read the whole graph and compare it
 * with the fixture, ignoring ids and fixture keys, with property values compared type-exactly ({@code 1L} is
 * neither {@code "1"} nor {@code 1.0}). The algorithm (canonical signatures, colour refinement, bounded
 * individualisation) is described in the comparison's implementation; for a few thousand entities it answers in
 * well under a second. Indexes, constraints and Cypher statements of the fixture are not compared.
 *
 * <p>The expected graph can also be written as Cypher {@code CREATE} statements ({@link #isEqualTo(String)},
 * {@link #containsGraph(String)}, or a {@code .cypher} fixture), read in memory and never run. A failed comparison
 * writes an HTML page drawing both graphs with the difference coloured, by default under
 * {@code target/testgraph/}, and the failure message ends with its path; {@code testgraph.reports=false} (or the
 * environment variable {@code TESTGRAPH_REPORTS=false}) turns that off and {@code testgraph.reports.dir} moves it.
 *
 * <h2>Ignoring what varies</h2>
 * Options leave generated ids, timestamps and audit data out of those two comparisons (and only those):
 * {@link #ignoringProperties(String...)}, {@link #ignoringPropertiesOf(String, String...)},
 * {@link #ignoringLabels(String...)}, {@link #ignoringRelationshipTypes(String...)},
 * {@link #onlyNodesLabelled(String...)}, {@link #restrictedTo(String)} and, to match a property by a condition
 * instead of its value, {@link #withProperty(String, Condition)} and
 * {@link #withPropertyOf(String, String, Condition)}. They add up, return this assertion, and are named in the
 * failure message ({@code ignoring: property uuid, label Audited}, {@code matching: createdAt by any date-time}).
 * <pre>{@code
 * assertThatGraph(driver).ignoringProperties("uuid").withProperty("createdAt", anyDateTime()).isEqualTo(expected);
 * }</pre>
 *
 * @param <SELF> the assertion type
 */
public abstract class AbstractGraphAssert<SELF extends AbstractGraphAssert<SELF>> extends Neo4jAbstractAssert<SELF, Driver> {

    private static final int MATCH_LIMIT = 5;

    private String databaseName;

    private GraphFilter filter = GraphFilter.NONE;

    /**
     * Creates the assertion on the driver's default database.
     *
     * @param actual the driver
     * @param selfType the concrete assertion class
     */
    protected AbstractGraphAssert(Driver actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Makes the following assertions look at the named database instead of the default one.
     *
     * <pre>{@code assertThatGraph(driver).inDatabase("movies").hasNodeCount(0);}</pre>
     *
     * @param database the database name, or {@code null} for the default database
     * @return this assertion
     */
    public SELF inDatabase(String database) {
        this.databaseName = database;
        return myself;
    }

    private Database database() {
        isNotNull();
        return new Database(actual, databaseName);
    }

    /**
     * Verifies the total number of nodes.
     *
     * <pre>{@code assertThatGraph(driver).hasNodeCount(3);}</pre>
     *
     * @param count the expected number of nodes
     * @return this assertion
     * @throws AssertionError if the driver is null or the count differs
     */
    public SELF hasNodeCount(long count) {
        return hasCount("MATCH (n) RETURN count(n) AS count", "nodes", count);
    }

    /**
     * Verifies the number of nodes with a label.
     *
     * <pre>{@code assertThatGraph(driver).hasNodeCount("Person", 2);}</pre>
     *
     * @param label the label
     * @param count the expected number of nodes with it
     * @return this assertion
     * @throws AssertionError if the driver is null or the count differs
     */
    public SELF hasNodeCount(String label, long count) {
        return hasCount("MATCH (n:" + CypherNames.quote(label) + ") RETURN count(n) AS count",
                "nodes with label :" + CypherText.name(label), count);
    }

    /**
     * Verifies the total number of relationships.
     *
     * <pre>{@code assertThatGraph(driver).hasRelationshipCount(1);}</pre>
     *
     * @param count the expected number of relationships
     * @return this assertion
     * @throws AssertionError if the driver is null or the count differs
     */
    public SELF hasRelationshipCount(long count) {
        return hasCount("MATCH ()-[r]->() RETURN count(r) AS count", "relationships", count);
    }

    /**
     * Verifies the number of relationships of a type.
     *
     * <pre>{@code assertThatGraph(driver).hasRelationshipCount("KNOWS", 1);}</pre>
     *
     * @param type the relationship type
     * @param count the expected number of relationships of that type
     * @return this assertion
     * @throws AssertionError if the driver is null or the count differs
     */
    public SELF hasRelationshipCount(String type, long count) {
        return hasCount("MATCH ()-[r:" + CypherNames.quote(type) + "]->() RETURN count(r) AS count",
                "relationships of type :" + CypherText.name(type), count);
    }

    private SELF hasCount(String query, String what, long expected) {
        Database database = database();
        long actualCount = database.run(query, Map.of()).get(0).get("count").asLong();
        if (actualCount != expected) {
            throw assertionError(shouldHaveGraphCount(database.describe(), what, String.valueOf(expected),
                    String.valueOf(actualCount)));
        }
        return myself;
    }

    /**
     * Verifies that the database has no node (and so no relationship).
     *
     * <pre>{@code assertThatGraph(driver).isEmpty();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the driver is null or the graph has nodes; the message lists some
     */
    public SELF isEmpty() {
        Database database = database();
        long nodes = database.run("MATCH (n) RETURN count(n) AS count", Map.of()).get(0).get("count").asLong();
        if (nodes > 0) {
            long relationships = database.run("MATCH ()-[r]->() RETURN count(r) AS count", Map.of()).get(0)
                    .get("count").asLong();
            List<String> lines = new ArrayList<>();
            for (Record record : database.run("MATCH (n) RETURN n LIMIT 10", Map.of())) {
                lines.add(CypherText.node(record.get("n").asNode()));
            }
            lines.sort(null);
            throw assertionError(shouldBeEmptyGraph(database.describe(),
                    GraphSnapshot.count(nodes, "node") + " and " + GraphSnapshot.count(relationships, "relationship"),
                    CypherText.indentedLines(lines, 10) + (nodes > 10 ? System.lineSeparator() + "  ..." : "")));
        }
        return myself;
    }

    /**
     * Verifies that the database has at least one node.
     *
     * <pre>{@code assertThatGraph(driver).isNotEmpty();}</pre>
     *
     * @return this assertion
     * @throws AssertionError if the driver is null or the graph is empty
     */
    public SELF isNotEmpty() {
        Database database = database();
        if (database.run("MATCH (n) RETURN n LIMIT 1", Map.of()).isEmpty()) {
            throw assertionError(shouldNotBeEmptyGraph(database.describe()));
        }
        return myself;
    }

    /**
     * Verifies that a node matches a single-node pattern.
     *
     * <pre>{@code assertThatGraph(driver).containsNode("(:Person {name: 'Alice', age: 42})");}</pre>
     *
     * @param pattern a node pattern, e.g. {@code (:Person {name: 'Alice'})}
     * @return this assertion
     * @throws AssertionError if the driver is null or no node matches
     * @throws IllegalArgumentException if the pattern is not a single node pattern
     */
    public SELF containsNode(String pattern) {
        GraphPattern parsed = GraphPattern.parse(pattern);
        if (parsed.pathCount() != 1 || parsed.nodeCount() != 1) {
            throw new IllegalArgumentException("containsNode expects one node pattern like (:Person {name: 'Alice'}),"
                    + " got: " + pattern + "; use contains(pattern) for other patterns");
        }
        return contains(parsed);
    }

    /**
     * Verifies that a relationship matches a single-relationship pattern.
     *
     * <pre>{@code assertThatGraph(driver).containsRelationship("(:Person {name:'Alice'})-[:KNOWS]->(:Person {name:'Bob'})");}</pre>
     *
     * @param pattern a pattern with one relationship between two nodes
     * @return this assertion
     * @throws AssertionError if the driver is null or nothing matches
     * @throws IllegalArgumentException if the pattern is not a single relationship pattern
     */
    public SELF containsRelationship(String pattern) {
        GraphPattern parsed = GraphPattern.parse(pattern);
        if (parsed.pathCount() != 1 || parsed.relationshipCount() != 1) {
            throw new IllegalArgumentException("containsRelationship expects one relationship pattern like"
                    + " (:Person)-[:KNOWS]->(:Person), got: " + pattern + "; use contains(pattern) for other patterns");
        }
        return contains(parsed);
    }

    /**
     * Verifies that the graph matches a pattern (any number of comma-separated paths).
     *
     * <pre>{@code assertThatGraph(driver).contains("(a:Person {name: 'Alice'})-[:KNOWS]->(b), (b)-[:KNOWS]->(a)");}</pre>
     *
     * @param pattern the pattern, see the class comment
     * @return this assertion
     * @throws AssertionError if the driver is null or nothing matches
     * @throws IllegalArgumentException if the text is not a supported pattern
     */
    public SELF contains(String pattern) {
        return contains(GraphPattern.parse(pattern));
    }

    private SELF contains(GraphPattern pattern) {
        Database database = database();
        if (!database.run(pattern.matchClause() + " RETURN 1 AS found LIMIT 1", pattern.parameters()).isEmpty()) {
            return myself;
        }
        throw assertionError(shouldContainPattern(database.describe(), pattern.text(), hint(database, pattern)));
    }

    /** What the graph has that looks like the pattern: relationships of its type, or nodes of its label. */
    private static String hint(Database database, GraphPattern pattern) {
        List<String> lines = new ArrayList<>();
        String what;
        if (!pattern.relationshipTypes().isEmpty()) {
            String type = pattern.relationshipTypes().get(0);
            what = "relationships of type :" + CypherText.name(type);
            for (Record record : database.run("MATCH (a)-[r:" + CypherNames.quote(type)
                    + "]->(b) RETURN a, r, b LIMIT " + (MATCH_LIMIT + 1), Map.of())) {
                lines.add(CypherText.relationship(record.get("a").asNode(), record.get("r").asRelationship(),
                        record.get("b").asNode()));
            }
        } else {
            String label = pattern.nodeLabels().stream().flatMap(List::stream).findFirst().orElse(null);
            if (label == null) {
                return "";
            }
            what = "nodes with label :" + CypherText.name(label);
            for (Record record : database.run("MATCH (n:" + CypherNames.quote(label)
                    + ") RETURN n LIMIT " + (MATCH_LIMIT + 1), Map.of())) {
                lines.add(CypherText.node(record.get("n").asNode()));
            }
        }
        if (lines.isEmpty()) {
            return System.lineSeparator() + "and there are no " + what;
        }
        lines.sort(null);
        String more = lines.size() > MATCH_LIMIT ? " (first " + MATCH_LIMIT + ")" : "";
        return "; " + what + more + ":" + System.lineSeparator()
                + CypherText.indentedLines(lines.subList(0, Math.min(lines.size(), MATCH_LIMIT)), MATCH_LIMIT);
    }

    /**
     * Verifies that nothing in the graph matches a pattern.
     *
     * <pre>{@code assertThatGraph(driver).doesNotContain("(:Person {name: 'Mallory'})");}</pre>
     *
     * @param pattern the pattern, see the class comment
     * @return this assertion
     * @throws AssertionError if the driver is null or something matches; the message shows up to five matches
     * @throws IllegalArgumentException if the text is not a supported pattern
     */
    public SELF doesNotContain(String pattern) {
        GraphPattern parsed = GraphPattern.parse(pattern);
        Database database = database();
        StringBuilder returned = new StringBuilder(" RETURN ");
        for (int i = 0; i < parsed.pathCount(); i++) {
            returned.append(i == 0 ? "" : ", ").append('p').append(i);
        }
        List<Record> matches = database.run(parsed.matchClause() + returned + " LIMIT " + (MATCH_LIMIT + 1), parsed.parameters());
        if (!matches.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Record record : matches) {
                List<String> paths = new ArrayList<>();
                record.values().forEach(value -> paths.add(CypherText.path(value.asPath())));
                lines.add(String.join(", ", paths));
            }
            lines.sort(null);
            throw assertionError(shouldNotContainPattern(database.describe(), parsed.text(),
                    CypherText.indentedLines(lines, MATCH_LIMIT)));
        }
        return myself;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Options of the whole-graph comparison.

    /**
     * Leaves these property keys out of {@link #isEqualTo(FixtureGraph)} and {@link #containsGraph(FixtureGraph)},
     * on every node and relationship of both graphs: generated ids, timestamps, audit fields.
     *
     * <pre>{@code assertThatGraph(driver).ignoringProperties("uuid", "createdAt").isEqualTo(expected);}</pre>
     *
     * @param keys the property keys
     * @return this assertion
     * @throws IllegalArgumentException if no key is given or a key is null or blank
     */
    public SELF ignoringProperties(String... keys) {
        filter = filter.withIgnoredProperties(keys);
        return myself;
    }

    /**
     * Leaves these property keys out of the whole-graph comparison on the nodes with a label and the
     * relationships of a type (the name is looked up as both).
     *
     * <pre>{@code assertThatGraph(driver).ignoringPropertiesOf("Person", "createdAt").isEqualTo(expected);}</pre>
     *
     * @param labelOrType a node label or a relationship type
     * @param keys the property keys
     * @return this assertion
     * @throws IllegalArgumentException if no key is given or a name is null or blank
     */
    public SELF ignoringPropertiesOf(String labelOrType, String... keys) {
        filter = filter.withIgnoredProperties(labelOrType, keys);
        return myself;
    }

    /**
     * Removes these labels from the nodes of both graphs before the whole-graph comparison; the nodes stay.
     *
     * <pre>{@code assertThatGraph(driver).ignoringLabels("Audited").isEqualTo(expected);}</pre>
     *
     * @param labels the labels
     * @return this assertion
     * @throws IllegalArgumentException if no label is given or a label is null or blank
     */
    public SELF ignoringLabels(String... labels) {
        filter = filter.withIgnoredLabels(labels);
        return myself;
    }

    /**
     * Leaves the relationships of these types out of both graphs in the whole-graph comparison.
     *
     * <pre>{@code assertThatGraph(driver).ignoringRelationshipTypes("LOGGED").isEqualTo(expected);}</pre>
     *
     * @param types the relationship types
     * @return this assertion
     * @throws IllegalArgumentException if no type is given or a type is null or blank
     */
    public SELF ignoringRelationshipTypes(String... types) {
        filter = filter.withIgnoredTypes(types);
        return myself;
    }

    /**
     * Compares only the nodes with at least one of these labels, and the relationships between them, in both
     * graphs.
     *
     * <pre>{@code assertThatGraph(driver).onlyNodesLabelled("Person").isEqualTo(expected);}</pre>
     *
     * @param labels the labels
     * @return this assertion
     * @throws IllegalArgumentException if no label is given or a label is null or blank
     */
    public SELF onlyNodesLabelled(String... labels) {
        filter = filter.withOnlyLabels(labels);
        return myself;
    }

    /**
     * Compares the fixture with the part of the database a read query returns instead of the whole database: the
     * nodes, relationships and paths in its records (also inside lists and maps), with the end nodes of every
     * relationship. The fixture is the expected part as it is. Several calls add up.
     *
     * <pre>{@code assertThatGraph(driver).restrictedTo("MATCH p = (:Person)-[:KNOWS]->() RETURN p").isEqualTo(expected);}</pre>
     *
     * @param query a read query
     * @return this assertion
     * @throws IllegalArgumentException if the query is null or blank; when compared, if it returns records
     *     without any node, relationship or path
     */
    public SELF restrictedTo(String query) {
        return restrictedTo(query, Map.of());
    }

    /**
     * Like {@link #restrictedTo(String)}, with query parameters.
     *
     * <pre>{@code assertThatGraph(driver).restrictedTo("MATCH (n:Person {team: $team}) RETURN n", Map.of("team", "A"));}</pre>
     *
     * @param query a read query
     * @param parameters its parameters
     * @return this assertion
     * @throws IllegalArgumentException if the query is null or blank
     */
    public SELF restrictedTo(String query, Map<String, Object> parameters) {
        filter = filter.withQuery(query, parameters);
        return myself;
    }

    /**
     * Matches a property by a condition instead of its value in the whole-graph comparison, on every node and
     * relationship: the actual value must satisfy the condition and the fixture's value is ignored. The key must
     * still be present on the same entities: the fixture holds any placeholder value for it (an exported fixture
     * keeps the value it had). A condition of another type than the value (a {@code Condition<String>} given a
     * number) is not satisfied.
     *
     * <pre>{@code assertThatGraph(driver).withProperty("createdAt", anyDateTime()).isEqualTo(expected);}</pre>
     *
     * @param key the property key
     * @param condition the condition, e.g. {@link Neo4jAssertions#anyDateTime()}, {@link Neo4jAssertions#anyString()},
     *     {@link Neo4jAssertions#anyNumber()} or any AssertJ {@link Condition}
     * @return this assertion
     * @throws IllegalArgumentException if the key is null or blank
     */
    public SELF withProperty(String key, Condition<?> condition) {
        filter = filter.withMatcher(null, key, condition);
        return myself;
    }

    /**
     * Like {@link #withProperty(String, Condition)}, on the nodes with a label and the relationships of a type.
     *
     * <pre>{@code assertThatGraph(driver).withPropertyOf("Person", "uuid", anyString()).isEqualTo(expected);}</pre>
     *
     * @param labelOrType a node label or a relationship type
     * @param key the property key
     * @param condition the condition
     * @return this assertion
     * @throws IllegalArgumentException if a name is null or blank
     */
    public SELF withPropertyOf(String labelOrType, String key, Condition<?> condition) {
        filter = filter.withMatcher(labelOrType, key, condition);
        return myself;
    }

    /**
     * Verifies that the graph equals the fixture: the same nodes (labels and properties) connected by the same
     * relationships (type, direction, properties), ids and fixture keys ignored, values compared type-exactly.
     * Nodes identical by labels and properties are told apart by their relationships.
     *
     * <pre>{@code assertThatGraph(driver).isEqualTo(Fixtures.read("expected/after-merge.json"));}</pre>
     *
     * <p>The failure message lists, smallest difference first, the nodes and relationships whose properties
     * differ, then the missing and the unexpected ones, in Cypher-like notation.
     *
     * @param expected the expected graph
     * @return this assertion
     * @throws AssertionError if the driver is null or the graphs differ
     * @throws FixtureException if the fixture has Cypher statements other than {@code CREATE} clauses of literal
     *     patterns (see {@link #isEqualTo(String)}); they are interpreted in memory, never run
     */
    public SELF isEqualTo(FixtureGraph expected) {
        return compare(snapshot(expected), GraphEquality::compare, ShouldBeEqualToGraph::shouldBeEqualToGraph,
                "to be equal to");
    }

    /**
     * Verifies that the graph equals everything a test's fixtures loaded: the {@link LoadedGraph} with the graphs it
     * was loaded on top of (class fixtures, then the method's), compared as {@link #isEqualTo(FixtureGraph)} does.
     * With {@code @Neo4jTest}, inject the {@code LoadedGraph} of the test:
     *
     * <pre>{@code
     * @Test
     * void leaves_the_graph_as_loaded(Driver driver, LoadedGraph graph) {
     *     service.report();
     *     assertThatGraph(driver).isEqualTo(graph);
     * }
     * }</pre>
     *
     * @param expected what was loaded, with its base
     * @return this assertion
     * @throws AssertionError if the driver is null or the graphs differ
     * @throws IllegalArgumentException if {@code expected} is null, or a fixture of it was loaded streaming (a large
     *     file: its nodes and relationships were never all in memory; compare with {@code Fixtures.read(name)})
     */
    public SELF isEqualTo(LoadedGraph expected) {
        return compare(snapshot(expected), GraphEquality::compare, ShouldBeEqualToGraph::shouldBeEqualToGraph,
                "to be equal to");
    }

    /**
     * Verifies that the graph contains everything a test's fixtures loaded (the {@link LoadedGraph} with the graphs it
     * was loaded on top of), as {@link #containsGraph(FixtureGraph)} does.
     *
     * @param expected what was loaded, with its base
     * @return this assertion
     * @throws AssertionError if the driver is null or the graph does not contain it
     * @throws IllegalArgumentException if {@code expected} is null or a fixture of it was loaded streaming
     */
    public SELF containsGraph(LoadedGraph expected) {
        return compare(snapshot(expected), GraphContainment::compare, ShouldBeEqualToGraph::shouldContainGraph,
                "to contain");
    }

    /** The comparison both whole-graph assertions make, with the options applied to both graphs. */
    private SELF compare(GraphSnapshot expected, BiFunction<GraphSnapshot, GraphSnapshot, GraphDifference.Outcome> comparison,
            GraphMessage message, String relation) {
        Database database = database();
        GraphSnapshot expectedGraph = filter.apply(expected, false);
        GraphSnapshot actualGraph = filter.apply(filter.read(database), true);
        GraphDifference.Outcome outcome = comparison.apply(expectedGraph, actualGraph);
        if (!outcome.matches()) {
            String difference = outcome.difference();
            GraphReportFile reports = GraphReportFile.fromEnvironment();
            if (reports.enabled()) {
                String heading = "Expecting graph in " + database.describe() + " (" + actualGraph.size() + ") " + relation
                        + " (" + expectedGraph.size() + ")" + (filter.describe().isEmpty() ? ""
                                : ", " + filter.describe().strip().replace(System.lineSeparator(), ", "));
                String title = info.descriptionText().isBlank() ? "Graph comparison failed" : info.descriptionText();
                String html = GraphReport.html(title, heading, difference, expectedGraph, actualGraph, outcome.marks());
                difference += reports.write(info.descriptionText(), html).map(line -> System.lineSeparator() + line)
                        .orElse("");
            }
            throw assertionError(message.create(database.describe(), actualGraph.size(), expectedGraph.size(),
                    filter.describe(), difference));
        }
        return myself;
    }

    /** {@link ShouldBeEqualToGraph}'s two factories. */
    private interface GraphMessage {
        ErrorMessageFactory create(String database, String actualSize, String expectedSize, String options,
                String difference);
    }

    /**
     * Compares with a {@link FixtureGraph} like {@link #isEqualTo(FixtureGraph)}, with a {@link LoadedGraph} like
     * {@link #isEqualTo(LoadedGraph)} and with a {@code String} like
     * {@link #isEqualTo(String)}; any other object is compared with the driver, as
     * {@link AbstractAssert#isEqualTo(Object)} does.
     *
     * @param expected a fixture graph, a Cypher {@code CREATE} script, or the expected driver
     * @return this assertion
     * @throws AssertionError if the driver is null or the graphs differ
     * @throws FixtureException if a script holds anything but {@code CREATE} clauses of literal patterns
     */
    @Override
    public SELF isEqualTo(Object expected) {
        if (expected instanceof FixtureGraph graph) {
            return isEqualTo(graph);
        }
        if (expected instanceof LoadedGraph loaded) {
            return isEqualTo(loaded);
        }
        if (expected instanceof String script) {
            return isEqualTo(script);
        }
        return super.isEqualTo(expected);
    }

    /**
     * Verifies that the graph contains the fixture: every fixture node and relationship has its own counterpart
     * (equal labels, type and properties, same connections); the graph may have more.
     *
     * <pre>{@code assertThatGraph(driver).containsGraph(Fixtures.read("expected/alice-knows-bob.json"));}</pre>
     *
     * @param expected the graph that must be contained
     * @return this assertion
     * @throws AssertionError if the driver is null or the fixture is not contained
     * @throws FixtureException if the fixture has Cypher statements other than {@code CREATE} clauses of literal
     *     patterns (see {@link #isEqualTo(String)})
     */
    public SELF containsGraph(FixtureGraph expected) {
        return compare(snapshot(expected), GraphContainment::compare, ShouldBeEqualToGraph::shouldContainGraph,
                "to contain");
    }

    /**
     * Verifies that the graph equals the graph a Cypher {@code CREATE} script would create in an empty database,
     * as {@link #isEqualTo(FixtureGraph)} does. The script is interpreted in memory; the database is not touched.
     *
     * <pre>{@code
     * assertThatGraph(driver).isEqualTo("""
     *         CREATE (a:Person {name: 'Alice', born: date('1990-05-01')})-[:KNOWS {since: 2020}]->(b:Person {name: 'Bob'})
     *         CREATE (b)-[:LIKES]->(:Movie {title: 'Up', tags: ['animated', 'family']})
     *         """);
     * }</pre>
     *
     * <p>Understood: {@code CREATE} clauses with node and relationship patterns, labels, properties with literal
     * values (strings, numbers, booleans, lists) and {@code date}, {@code localtime}, {@code time},
     * {@code localdatetime}, {@code datetime}, {@code duration} of an ISO-8601 string and {@code point} of literal
     * coordinates; several statements separated by {@code ;}, each with its own variables as in Cypher.
     *
     * @param cypherCreateScript the expected graph as {@code CREATE} statements
     * @return this assertion
     * @throws AssertionError if the driver is null or the graphs differ
     * @throws FixtureException if the script holds anything else ({@code MERGE}, {@code MATCH}, parameters, other
     *     functions), naming the line and column
     */
    public SELF isEqualTo(String cypherCreateScript) {
        return compare(script(cypherCreateScript), GraphEquality::compare, ShouldBeEqualToGraph::shouldBeEqualToGraph,
                "to be equal to");
    }

    /**
     * Verifies that the graph contains the graph a Cypher {@code CREATE} script would create in an empty database,
     * as {@link #containsGraph(FixtureGraph)} does; the script is read as for {@link #isEqualTo(String)}.
     *
     * <pre>{@code assertThatGraph(driver).containsGraph("CREATE (:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'})");}</pre>
     *
     * @param cypherCreateScript the graph that must be contained, as {@code CREATE} statements
     * @return this assertion
     * @throws AssertionError if the driver is null or the graph is not contained
     * @throws FixtureException if the script holds anything but {@code CREATE} clauses of literal patterns
     */
    public SELF containsGraph(String cypherCreateScript) {
        return compare(script(cypherCreateScript), GraphContainment::compare, ShouldBeEqualToGraph::shouldContainGraph,
                "to contain");
    }

    private static GraphSnapshot script(String cypherCreateScript) {
        if (cypherCreateScript == null) {
            throw new IllegalArgumentException("The expected graph must not be null");
        }
        return CreateScript.interpret(cypherCreateScript, "expected graph (Cypher)");
    }

    private static GraphSnapshot snapshot(FixtureGraph fixture) {
        if (fixture == null) {
            throw new IllegalArgumentException("The expected graph must not be null");
        }
        return add(fixture, new GraphSnapshot(List.of(), List.of()));
    }

    /** The layers of a load, the first base first, in one graph: a layer may connect nodes of the ones before. */
    private static GraphSnapshot snapshot(LoadedGraph loaded) {
        if (loaded == null) {
            throw new IllegalArgumentException("The expected graph must not be null");
        }
        List<LoadedGraph> layers = new ArrayList<>();
        for (LoadedGraph layer = loaded; layer != null; layer = layer.base()) {
            if (layer.fixture().nodes().isEmpty() && layer.fixture().statements().isEmpty()
                    && layer.nodeCount() > 0) {
                throw new IllegalArgumentException("The fixture " + layer.fixture().source() + " was loaded streaming"
                        + " (a large file: its nodes and relationships were never all in memory), so the loaded graph"
                        + " cannot be compared; compare with Fixtures.read(\"" + layer.fixture().source() + "\")");
            }
            layers.add(0, layer);
        }
        GraphSnapshot graph = new GraphSnapshot(List.of(), List.of());
        for (LoadedGraph layer : layers) {
            graph = add(layer.fixture(), graph);
        }
        return graph;
    }

    /** @return the graph with the fixture's nodes and relationships, then what its statements create, added */
    private static GraphSnapshot add(FixtureGraph fixture, GraphSnapshot before) {
        List<GraphSnapshot.Node> nodes = new ArrayList<>(before.nodes());
        for (FixtureNode node : fixture.nodes()) {
            nodes.add(new GraphSnapshot.Node(node.key(), node.labels(), node.properties()));
        }
        List<GraphSnapshot.Relationship> relationships = new ArrayList<>(before.relationships());
        for (FixtureRelationship relationship : fixture.relationships()) {
            relationships.add(new GraphSnapshot.Relationship(relationship.key(), relationship.type(),
                    relationship.from(), relationship.to(), relationship.properties()));
        }
        if (fixture.statements().isEmpty()) {
            return new GraphSnapshot(nodes, relationships);
        }
        return CreateScript.interpret(fixture.statements(),
                fixture.source() == null ? "expected graph (Cypher)" : fixture.source(), nodes, relationships);
    }
}
