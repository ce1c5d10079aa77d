package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference report of {@link GraphEquality} and {@link GraphContainment}, as indented lines: entities whose
 * properties differ (smallest difference first), then missing and unexpected nodes and relationships in
 * Cypher-like notation, at most 20 lines per section ({@code SECTION_LIMIT}).
 */
public final class GraphDifference {

    private static final int SECTION_LIMIT = 20;

    private GraphDifference() {}

    /**
     * The outcome: {@code difference} is empty when the graphs match, otherwise lines describing the difference.
     *
     * @param matches whether the graphs are equal (or the expected graph is contained)
     * @param difference the description of the difference, indented lines
     */
    public record Outcome(boolean matches, String difference, Marks marks) {}

    /** How an entity of a compared graph takes part in the difference; drawn in its own colour by {@link GraphReport}. */
    public enum Mark {
        /** An expected entity without a counterpart. */
        MISSING,
        /** An actual entity that is not expected. */
        UNEXPECTED,
        /** An entity paired with one of the other graph whose properties differ. */
        CHANGED,
        /** A node whose relationships do not connect it as expected. */
        MISCONNECTED
    }

    /**
     * The entities of both graphs that make up the difference, by their index in the snapshots compared.
     *
     * @param expectedNodes marks of expected nodes
     * @param expectedRelationships marks of expected relationships
     * @param actualNodes marks of actual nodes
     * @param actualRelationships marks of actual relationships
     */
    public record Marks(Map<Integer, Mark> expectedNodes, Map<Integer, Mark> expectedRelationships,
            Map<Integer, Mark> actualNodes, Map<Integer, Mark> actualRelationships) {
        /** No marks yet. */
        public Marks() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signature-level difference, with property-level pairing.

    /**
     * The difference in node signatures and relationship triples, or {@code ""} if the multisets match. Missing
     * and unexpected entities that differ only by properties are paired and shown as property differences.
     *
     * @param both whether surplus actual entities count (equality) or not (containment)
     */
    static String signatures(IndexedGraph g, IndexedGraph h, boolean both, Marks marks) {
        Map<Integer, List<Integer>> expectedBySignature = g.nodesBySignature();
        Map<Integer, List<Integer>> actualBySignature = h.nodesBySignature();
        List<Integer> missingNodes = new ArrayList<>();
        List<Integer> unexpectedNodes = new ArrayList<>();
        surplus(expectedBySignature, actualBySignature, missingNodes);
        if (both) {
            surplus(actualBySignature, expectedBySignature, unexpectedNodes);
        }
        // Pair missing with unexpected nodes that share labels and at least one property: "properties differ".
        List<PropertyDifference> nodeDifferences = new ArrayList<>();
        int[] actualAlias = new int[h.nodeCount];
        for (int i = 0; i < h.nodeCount; i++) {
            actualAlias[i] = h.nodeSignature[i];
        }
        if (both && !missingNodes.isEmpty() && !unexpectedNodes.isEmpty()
                && (long) missingNodes.size() * unexpectedNodes.size() <= 4_000_000L) {
            List<Integer> stillMissing = new ArrayList<>();
            TreeSet<Integer> available = new TreeSet<>(unexpectedNodes);
            for (int expectedNode : missingNodes) {
                GraphSnapshot.Node e = g.nodes.get(expectedNode);
                int best = -1;
                List<String> bestDifferences = null;
                for (int actualNode : available) {
                    GraphSnapshot.Node a = h.nodes.get(actualNode);
                    if (!new TreeSet<>(e.labels()).equals(new TreeSet<>(a.labels()))) {
                        continue;
                    }
                    List<String> differences = propertyDifferences(e.properties(), a.properties());
                    boolean sharesOne = e.properties().entrySet().stream()
                            .anyMatch(entry -> a.properties().containsKey(entry.getKey())
                                    && CypherText.areEqual(entry.getValue(), a.properties().get(entry.getKey())));
                    if (sharesOne && (bestDifferences == null || differences.size() < bestDifferences.size())) {
                        best = actualNode;
                        bestDifferences = differences;
                    }
                }
                if (best >= 0) {
                    available.remove(best);
                    marks.expectedNodes().put(expectedNode, Mark.CHANGED);
                    marks.actualNodes().put(best, Mark.CHANGED);
                    actualAlias[best] = g.nodeSignature[expectedNode];
                    nodeDifferences.add(new PropertyDifference(h.nodes.get(best).text(), bestDifferences));
                } else {
                    stillMissing.add(expectedNode);
                }
            }
            missingNodes = stillMissing;
            unexpectedNodes = new ArrayList<>(available);
        }
        // Relationships as (start signature, relationship signature, end signature), paired nodes aliased.
        Map<List<Integer>, List<Integer>> expectedRelationships = new LinkedHashMap<>();
        for (int r = 0; r < g.relationshipCount; r++) {
            expectedRelationships.computeIfAbsent(
                            List.of(g.nodeSignature[g.start[r]], g.relationshipSignature[r], g.nodeSignature[g.end[r]]),
                            key -> new ArrayList<>())
                    .add(r);
        }
        Map<List<Integer>, List<Integer>> actualRelationships = new LinkedHashMap<>();
        for (int r = 0; r < h.relationshipCount; r++) {
            actualRelationships.computeIfAbsent(
                            List.of(actualAlias[h.start[r]], h.relationshipSignature[r], actualAlias[h.end[r]]),
                            key -> new ArrayList<>())
                    .add(r);
        }
        List<Integer> missingRelationships = new ArrayList<>();
        List<Integer> unexpectedRelationships = new ArrayList<>();
        surplus(expectedRelationships, actualRelationships, missingRelationships);
        if (both) {
            surplus(actualRelationships, expectedRelationships, unexpectedRelationships);
        }
        List<PropertyDifference> relationshipDifferences = new ArrayList<>();
        if (both && !missingRelationships.isEmpty() && !unexpectedRelationships.isEmpty()) {
            List<Integer> stillMissing = new ArrayList<>();
            TreeSet<Integer> available = new TreeSet<>(unexpectedRelationships);
            for (int expectedRelationship : missingRelationships) {
                Integer match = null;
                for (int actualRelationship : available) {
                    if (g.relationships.get(expectedRelationship).type().equals(h.relationships.get(actualRelationship).type())
                            && g.nodeSignature[g.start[expectedRelationship]] == actualAlias[h.start[actualRelationship]]
                            && g.nodeSignature[g.end[expectedRelationship]] == actualAlias[h.end[actualRelationship]]) {
                        match = actualRelationship;
                        break;
                    }
                }
                if (match != null) {
                    available.remove(match);
                    marks.expectedRelationships().put(expectedRelationship, Mark.CHANGED);
                    marks.actualRelationships().put(match, Mark.CHANGED);
                    relationshipDifferences.add(new PropertyDifference(
                            h.relationshipText(match),
                            propertyDifferences(
                                    g.relationships.get(expectedRelationship).properties(),
                                    h.relationships.get(match).properties())));
                } else {
                    stillMissing.add(expectedRelationship);
                }
            }
            missingRelationships = stillMissing;
            unexpectedRelationships = new ArrayList<>(available);
        }
        missingNodes.forEach(node -> marks.expectedNodes().put(node, Mark.MISSING));
        unexpectedNodes.forEach(node -> marks.actualNodes().put(node, Mark.UNEXPECTED));
        missingRelationships.forEach(r -> marks.expectedRelationships().put(r, Mark.MISSING));
        unexpectedRelationships.forEach(r -> marks.actualRelationships().put(r, Mark.UNEXPECTED));
        StringBuilder text = new StringBuilder();
        differenceSection(text, nodeDifferences, "node", "nodes");
        section(text, missingNodes.stream().map(g::nodeText).toList(), "missing node", "missing nodes");
        section(text, unexpectedNodes.stream().map(h::nodeText).toList(), "unexpected node", "unexpected nodes");
        differenceSection(text, relationshipDifferences, "relationship", "relationships");
        section(text, missingRelationships.stream().map(g::relationshipText).toList(),
                "missing relationship", "missing relationships");
        section(text, unexpectedRelationships.stream().map(h::relationshipText).toList(),
                "unexpected relationship", "unexpected relationships");
        return text.toString();
    }

    private record PropertyDifference(String entity, List<String> differences) {}

    private static <K> void surplus(Map<K, List<Integer>> from, Map<K, List<Integer>> minus, List<Integer> into) {
        from.forEach((key, members) -> {
            int other = minus.getOrDefault(key, List.of()).size();
            if (members.size() > other) {
                into.addAll(members.subList(other, members.size()));
            }
        });
    }

    /** {@code key: expected X but was Y} per differing key, in key order. */
    public static List<String> propertyDifferences(Map<String, Object> expected, Map<String, Object> actual) {
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        for (String key : keys) {
            boolean inExpected = expected.containsKey(key);
            boolean inActual = actual.containsKey(key);
            if (inExpected && inActual && CypherText.areEqual(expected.get(key), actual.get(key))) {
                continue;
            }
            differences.add(CypherText.name(key) + ": expected "
                    + (inExpected ? CypherText.value(expected.get(key)) : "no property")
                    + " but was " + (inActual ? CypherText.value(actual.get(key)) : "no property"));
        }
        return differences;
    }

    private static void differenceSection(StringBuilder text, List<PropertyDifference> differences, String one,
            String many) {
        if (differences.isEmpty()) {
            return;
        }
        List<String> lines = differences.stream()
                .sorted(Comparator.comparingInt((PropertyDifference d) -> d.differences().size())
                        .thenComparing(PropertyDifference::entity))
                .map(d -> d.entity() + " -> " + String.join("; ", d.differences()))
                .toList();
        appendSection(text, lines, (differences.size() == 1 ? one : many) + " with different properties");
    }

    private static void section(StringBuilder text, List<String> lines, String one, String many) {
        if (lines.isEmpty()) {
            return;
        }
        appendSection(text, lines.stream().sorted().toList(), lines.size() == 1 ? one : many);
    }

    private static void appendSection(StringBuilder text, List<String> lines, String title) {
        if (text.length() > 0) {
            text.append(System.lineSeparator());
        }
        text.append("  ").append(lines.size()).append(' ').append(title).append(':');
        for (int i = 0; i < lines.size() && i < SECTION_LIMIT; i++) {
            text.append(System.lineSeparator()).append("    ").append(lines.get(i));
        }
        if (lines.size() > SECTION_LIMIT) {
            text.append(System.lineSeparator()).append("    ... and ").append(lines.size() - SECTION_LIMIT)
                    .append(" more");
        }
    }

    /** Same nodes and relationships, connected differently: show the neighbourhoods that do not match. */
    static String structure(IndexedGraph g, IndexedGraph h, Marks marks) {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < g.nodeCount; i++) {
            expected.merge(g.neighbourhoodText(i), 1, Integer::sum);
        }
        Map<String, Integer> actual = new HashMap<>();
        for (int i = 0; i < h.nodeCount; i++) {
            actual.merge(h.neighbourhoodText(i), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        expected.forEach((text, count) -> {
            for (int i = actual.getOrDefault(text, 0); i < count; i++) {
                missing.add(text);
            }
        });
        actual.forEach((text, count) -> {
            for (int i = expected.getOrDefault(text, 0); i < count; i++) {
                unexpected.add(text);
            }
        });
        Set<String> missingTexts = new HashSet<>(missing);
        Set<String> unexpectedTexts = new HashSet<>(unexpected);
        for (int i = 0; i < g.nodeCount; i++) {
            if (missingTexts.contains(g.neighbourhoodText(i))) {
                marks.expectedNodes().put(i, Mark.MISCONNECTED);
            }
        }
        for (int i = 0; i < h.nodeCount; i++) {
            if (unexpectedTexts.contains(h.neighbourhoodText(i))) {
                marks.actualNodes().put(i, Mark.MISCONNECTED);
            }
        }
        StringBuilder text = new StringBuilder(
                "  the same nodes and relationships are connected differently");
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return text.append(" (every node has the same direct neighbours; the difference is further away,"
                            + " e.g. cycles of different lengths)")
                    .toString();
        }
        text.append(System.lineSeparator());
        StringBuilder sections = new StringBuilder();
        section(sections, missing, "expected node neighbourhood not found", "expected node neighbourhoods not found");
        section(sections, unexpected, "unexpected node neighbourhood", "unexpected node neighbourhoods");
        return text.append(sections).toString();
    }

    /** Containment failed although every signature is there: the expected node that could not be mapped. */
    static String notConnected(IndexedGraph g, int node, Marks marks) {
        marks.expectedNodes().put(node, Mark.MISCONNECTED);
        return "  the expected nodes and relationships all exist, but not connected as expected; no match for:"
                + System.lineSeparator() + "    " + g.neighbourhoodText(node);
    }

    /** A search gave up after {@link IndexedGraph#SEARCH_BUDGET} steps. */
    static String undecided(String what) {
        return "  " + what + " within " + IndexedGraph.SEARCH_BUDGET
                + " search steps (highly symmetric graphs); compare smaller parts";
    }
}
