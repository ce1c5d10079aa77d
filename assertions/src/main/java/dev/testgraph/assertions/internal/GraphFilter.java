package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.Condition;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * What a whole-graph comparison leaves out or matches loosely: ignored properties (everywhere or of a label or
 * relationship type), ignored labels and relationship types, only the nodes with some labels, only what queries
 * return, and properties matched by a condition instead of a value. Immutable: every {@code with...} returns a
 * new filter.
 *
 * <p>Both graphs are filtered the same way, with scopes and label selections decided on the labels the nodes
 * have before any label is ignored; only the restricting queries, which need a database, apply to the actual graph
 * alone. A property matched by a condition keeps its key in both graphs, its value replaced by a placeholder: the
 * expected graph's value always, the actual graph's value when it satisfies the condition (otherwise it stays and
 * shows up as a difference). So the key must be present where the fixture has it, and only there.
 *
 * @param ignoredProperties keys ignored everywhere
 * @param ignoredScopedProperties keys ignored on nodes with a label or relationships with a type, by that name
 * @param ignoredLabels labels removed from the nodes
 * @param ignoredTypes types of the relationships left out
 * @param onlyLabels if not empty, only nodes with one of these labels are kept
 * @param queries if not empty, the actual graph is what these queries return
 * @param matchers properties matched by a condition
 */
public record GraphFilter(
        Set<String> ignoredProperties,
        Map<String, Set<String>> ignoredScopedProperties,
        Set<String> ignoredLabels,
        Set<String> ignoredTypes,
        Set<String> onlyLabels,
        List<Query> queries,
        List<Matcher> matchers) {

    /** No option: the comparison as it is without options. */
    public static final GraphFilter NONE = new GraphFilter(Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of());

    /**
     * A query whose nodes, relationships and paths make up the actual graph.
     *
     * @param text the Cypher query
     * @param parameters its parameters
     */
    public record Query(String text, Map<String, Object> parameters) {}

    /**
     * A property matched by a condition.
     *
     * @param scope the label or relationship type it applies to, or {@code null} for every node and relationship
     * @param key the property key
     * @param condition the condition the actual value must satisfy
     */
    public record Matcher(String scope, String key, Condition<?> condition) {
        @SuppressWarnings("unchecked")
        boolean matches(Object value) {
            try {
                return ((Condition<Object>) condition).matches(value);
            } catch (ClassCastException e) {
                // A Condition<String> given a number: the value is not what the condition accepts.
                return false;
            }
        }

        String describe() {
            return qualified(scope, key) + " by " + condition.description().value();
        }
    }

    /** A placeholder for a value matched by a condition, rendered {@code <any date-time>}. */
    record Matched(String description) {
        @Override
        public String toString() {
            return "<" + description + ">";
        }
    }

    /** Copies the collections. */
    public GraphFilter {
        ignoredProperties = ordered(ignoredProperties);
        Map<String, Set<String>> scoped = new LinkedHashMap<>();
        ignoredScopedProperties.forEach((scope, keys) -> scoped.put(scope, ordered(keys)));
        ignoredScopedProperties = Collections.unmodifiableMap(scoped);
        ignoredLabels = ordered(ignoredLabels);
        ignoredTypes = ordered(ignoredTypes);
        onlyLabels = ordered(onlyLabels);
        queries = List.copyOf(queries);
        matchers = List.copyOf(matchers);
    }

    private static Set<String> ordered(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** Whether there is no option. */
    public boolean isEmpty() {
        return ignoredProperties.isEmpty() && ignoredScopedProperties.isEmpty() && ignoredLabels.isEmpty()
                && ignoredTypes.isEmpty() && onlyLabels.isEmpty() && queries.isEmpty() && matchers.isEmpty();
    }

    /** Also ignores these keys everywhere. */
    public GraphFilter withIgnoredProperties(String... keys) {
        return new GraphFilter(plus(ignoredProperties, "property key", keys), ignoredScopedProperties, ignoredLabels,
                ignoredTypes, onlyLabels, queries, matchers);
    }

    /** Also ignores these keys on nodes labelled {@code scope} and relationships of type {@code scope}. */
    public GraphFilter withIgnoredProperties(String scope, String... keys) {
        requireName(scope, "label or relationship type");
        Map<String, Set<String>> scoped = new LinkedHashMap<>(ignoredScopedProperties);
        scoped.put(scope, plus(scoped.getOrDefault(scope, Set.of()), "property key", keys));
        return new GraphFilter(ignoredProperties, scoped, ignoredLabels, ignoredTypes, onlyLabels, queries, matchers);
    }

    /** Also removes these labels from the nodes. */
    public GraphFilter withIgnoredLabels(String... labels) {
        return new GraphFilter(ignoredProperties, ignoredScopedProperties, plus(ignoredLabels, "label", labels),
                ignoredTypes, onlyLabels, queries, matchers);
    }

    /** Also leaves out the relationships of these types. */
    public GraphFilter withIgnoredTypes(String... types) {
        return new GraphFilter(ignoredProperties, ignoredScopedProperties, ignoredLabels,
                plus(ignoredTypes, "relationship type", types), onlyLabels, queries, matchers);
    }

    /** Keeps only the nodes with one of these labels (or of the labels given before). */
    public GraphFilter withOnlyLabels(String... labels) {
        return new GraphFilter(ignoredProperties, ignoredScopedProperties, ignoredLabels, ignoredTypes,
                plus(onlyLabels, "label", labels), queries, matchers);
    }

    /** Also takes into the actual graph what this query returns. */
    public GraphFilter withQuery(String query, Map<String, Object> parameters) {
        requireName(query, "query");
        List<Query> more = new ArrayList<>(queries);
        more.add(new Query(query, Map.copyOf(Objects.requireNonNull(parameters, "parameters"))));
        return new GraphFilter(ignoredProperties, ignoredScopedProperties, ignoredLabels, ignoredTypes, onlyLabels,
                more, matchers);
    }

    /** Also matches a property by a condition, everywhere ({@code scope == null}) or in a label or type. */
    public GraphFilter withMatcher(String scope, String key, Condition<?> condition) {
        if (scope != null) {
            requireName(scope, "label or relationship type");
        }
        requireName(key, "property key");
        Objects.requireNonNull(condition, "condition");
        List<Matcher> more = new ArrayList<>(matchers);
        more.add(new Matcher(scope, key, condition));
        return new GraphFilter(ignoredProperties, ignoredScopedProperties, ignoredLabels, ignoredTypes, onlyLabels,
                queries, more);
    }

    private static Set<String> plus(Set<String> names, String what, String... more) {
        Objects.requireNonNull(more, what + "s");
        if (more.length == 0) {
            throw new IllegalArgumentException("Give at least one " + what);
        }
        Set<String> all = new LinkedHashSet<>(names);
        for (String name : more) {
            all.add(requireName(name, what));
        }
        return all;
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be " + (name == null ? "null" : "blank"));
        }
        return name;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Applying the filter.

    /** The actual graph: the whole database, or what the queries return. */
    public GraphSnapshot read(Database database) {
        if (queries.isEmpty()) {
            return GraphSnapshot.read(database);
        }
        Map<String, GraphSnapshot.Node> nodes = new LinkedHashMap<>();
        Map<String, GraphSnapshot.Relationship> relationships = new LinkedHashMap<>();
        for (Query query : queries) {
            List<Record> records = database.run(query.text(), query.parameters());
            boolean found = false;
            for (Record record : records) {
                for (Value value : record.values()) {
                    found |= collect(value.asObject(), nodes, relationships);
                }
            }
            if (!records.isEmpty() && !found) {
                throw new IllegalArgumentException("The query " + query.text() + " returned " + records.size()
                        + (records.size() == 1 ? " record" : " records") + " but no node, relationship or path;"
                        + " return the entities themselves (RETURN n, RETURN p), not their properties");
            }
        }
        List<String> endpoints = new ArrayList<>();
        relationships.values().forEach(relationship -> {
            for (String id : List.of(relationship.start(), relationship.end())) {
                if (!nodes.containsKey(id) && !endpoints.contains(id)) {
                    endpoints.add(id);
                }
            }
        });
        if (!endpoints.isEmpty()) {
            for (Record record : database.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", Map.of("ids", endpoints))) {
                Node node = record.get("n").asNode();
                nodes.put(node.elementId(), GraphSnapshot.Node.of(node));
            }
        }
        return new GraphSnapshot(new ArrayList<>(nodes.values()), new ArrayList<>(relationships.values()));
    }

    /** Adds the nodes and relationships in a returned value; whether there was any. */
    private static boolean collect(Object object, Map<String, GraphSnapshot.Node> nodes,
            Map<String, GraphSnapshot.Relationship> relationships) {
        boolean found = false;
        if (object instanceof Node node) {
            nodes.putIfAbsent(node.elementId(), GraphSnapshot.Node.of(node));
            found = true;
        } else if (object instanceof Relationship relationship) {
            relationships.putIfAbsent(relationship.elementId(), GraphSnapshot.Relationship.of(relationship));
            found = true;
        } else if (object instanceof Path path) {
            for (Node node : path.nodes()) {
                found |= collect(node, nodes, relationships);
            }
            for (Relationship relationship : path.relationships()) {
                found |= collect(relationship, nodes, relationships);
            }
        } else if (object instanceof Iterable<?> elements) {
            for (Object element : elements) {
                found |= collect(element, nodes, relationships);
            }
        } else if (object instanceof Map<?, ?> map) {
            for (Object element : map.values()) {
                found |= collect(element, nodes, relationships);
            }
        }
        return found;
    }

    /**
     * The graph as compared: nodes and relationships left out, labels and properties removed, matched values
     * replaced by placeholders.
     *
     * @param graph the graph
     * @param actual whether it is the actual graph (values are checked) or the expected one (values are replaced)
     */
    public GraphSnapshot apply(GraphSnapshot graph, boolean actual) {
        if (isEmpty()) {
            return graph;
        }
        Set<String> kept = new LinkedHashSet<>();
        List<GraphSnapshot.Node> nodes = new ArrayList<>();
        for (GraphSnapshot.Node node : graph.nodes()) {
            if (!onlyLabels.isEmpty() && node.labels().stream().noneMatch(onlyLabels::contains)) {
                continue;
            }
            kept.add(node.id());
            List<String> labels = node.labels().stream().filter(label -> !ignoredLabels.contains(label)).toList();
            nodes.add(new GraphSnapshot.Node(node.id(), labels, properties(node.properties(), node.labels(), actual)));
        }
        List<GraphSnapshot.Relationship> relationships = new ArrayList<>();
        for (GraphSnapshot.Relationship relationship : graph.relationships()) {
            if (ignoredTypes.contains(relationship.type())
                    || !kept.contains(relationship.start()) || !kept.contains(relationship.end())) {
                continue;
            }
            relationships.add(new GraphSnapshot.Relationship(relationship.id(), relationship.type(),
                    relationship.start(), relationship.end(),
                    properties(relationship.properties(), List.of(relationship.type()), actual)));
        }
        return new GraphSnapshot(nodes, relationships);
    }

    private Map<String, Object> properties(Map<String, Object> properties, List<String> scopes, boolean actual) {
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (ignoredProperties.contains(key)
                    || scopes.stream().anyMatch(scope -> ignoredScopedProperties.getOrDefault(scope, Set.of()).contains(key))) {
                return;
            }
            List<Matcher> applicable = matchers.stream()
                    .filter(matcher -> matcher.key().equals(key) && (matcher.scope() == null || scopes.contains(matcher.scope())))
                    .toList();
            if (applicable.isEmpty() || actual && !applicable.stream().allMatch(matcher -> matcher.matches(value))) {
                result.put(key, value);
            } else {
                result.put(key, new Matched(String.join(" and ",
                        applicable.stream().map(matcher -> matcher.condition().description().value()).toList())));
            }
        });
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Describing the filter.

    /**
     * Lines naming what was left out or matched loosely, each ended by a line separator, or {@code ""} without
     * options: {@code ignoring: property uuid, property Person.createdAt, label Audit},
     * {@code only nodes labelled: Person}, {@code restricted to: MATCH ...}, {@code matching: createdAt by any
     * date-time}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        List<String> ignoring = new ArrayList<>();
        ignoredProperties.forEach(key -> ignoring.add("property " + CypherText.name(key)));
        ignoredScopedProperties.forEach((scope, keys) -> keys.forEach(key -> ignoring.add("property " + qualified(scope, key))));
        ignoredLabels.forEach(label -> ignoring.add("label " + CypherText.name(label)));
        ignoredTypes.forEach(type -> ignoring.add("relationship type " + CypherText.name(type)));
        line(text, "ignoring", ignoring);
        line(text, "only nodes labelled", onlyLabels.stream().map(CypherText::name).toList());
        line(text, "restricted to", queries.stream().map(GraphFilter::queryText).toList());
        line(text, "matching", matchers.stream().map(Matcher::describe).toList());
        return text.toString();
    }

    private static String queryText(Query query) {
        return query.text() + (query.parameters().isEmpty() ? "" : " with " + CypherText.value(query.parameters()));
    }

    private static void line(StringBuilder text, String title, List<String> items) {
        if (!items.isEmpty()) {
            text.append(title).append(": ").append(String.join(", ", items)).append(System.lineSeparator());
        }
    }

    private static String qualified(String scope, String key) {
        return (scope == null ? "" : CypherText.name(scope) + ".") + CypherText.name(key);
    }
}
