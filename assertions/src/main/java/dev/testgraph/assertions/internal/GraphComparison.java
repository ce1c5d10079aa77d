package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two graphs, ignoring ids, with type-exact property values.
 *
 * <h2>Equality: canonical signatures, colour refinement, individualisation</h2>
 *
 * <ol>
 *   <li>Every node gets the signature {@code (:Labels {properties})} (sorted labels, properties by key, values
 *       rendered type-exactly) and every relationship {@code [:TYPE {properties}]}; signatures are interned to
 *       integers shared by both graphs. If the multisets of node signatures or of relationship triples
 *       (start signature, relationship signature, end signature) differ, the graphs differ and the difference is
 *       reported from those multisets. Cost: O((V + E) log(V + E)) for V nodes and E relationships.</li>
 *   <li>Otherwise both graphs are refined together (1-dimensional Weisfeiler-Leman colour refinement): a node's
 *       next colour is its colour plus the sorted multiset of (direction, relationship signature, neighbour
 *       colour); rounds stop when no colour class splits. Each round costs O((V + E) log(V + E)); the number of
 *       rounds is bounded by the number of colour classes and in practice by the graph's diameter. Different
 *       colour multisets prove the graphs differ.</li>
 *   <li>Equal colour multisets: nodes are paired within each colour class and the pairing is verified against
 *       the relationship multiset in O(V + E). Nodes that are identical by labels, properties and
 *       neighbourhood are interchangeable, so the first pairing is accepted in the usual case. If verification
 *       fails, a node of a colour class involved in the mismatch is individualised together with each candidate
 *       of the other graph in turn, refining again (individualisation-refinement with backtracking, like
 *       canonical-labelling tools). This search is bounded; graphs that exhaust the bound are reported as
 *       undecided rather than equal.</li>
 * </ol>
 *
 * <h2>Containment: signature-filtered backtracking</h2>
 *
 * Each expected node's candidates are actual nodes with the same signature whose neighbourhood multiset
 * (direction, relationship signature, neighbour signature) covers the expected one. Nodes are matched in an
 * order that follows relationships from the most constrained node, extending the partial injective mapping only
 * with candidates adjacent to already-mapped nodes and with enough relationships of each signature between them.
 * With distinguishable nodes this is O((V + E) log(V + E)); the worst case of subgraph matching is exponential,
 * so the search is bounded and reported as undecided beyond the bound.
 */
public final class GraphComparison {

    private static final int SECTION_LIMIT = 20;
    private static final long SEARCH_BUDGET = 200_000;

    private GraphComparison() {}

    /**
     * The outcome: {@code difference} is empty when the graphs match, otherwise lines describing the difference.
     *
     * @param matches whether the graphs are equal (or the expected graph is contained)
     * @param difference the description of the difference, indented lines
     */
    public record Outcome(boolean matches, String difference) {}

    /** Whether {@code actual} equals {@code expected}, ids ignored. */
    public static Outcome equality(GraphSnapshot expected, GraphSnapshot actual) {
        Interner interner = new Interner();
        Indexed g = new Indexed(expected, interner);
        Indexed h = new Indexed(actual, interner);
        String signatureDifference = signatureDifference(g, h, true);
        if (!signatureDifference.isEmpty()) {
            return new Outcome(false, signatureDifference);
        }
        Search search = new Search(g, h);
        try {
            if (search.isomorphic(g.nodeSignature.clone(), h.nodeSignature.clone())) {
                return new Outcome(true, "");
            }
        } catch (BudgetExceeded e) {
            return new Outcome(
                    false,
                    "  the graphs could not be told apart nor matched within " + SEARCH_BUDGET
                            + " search steps (highly symmetric graphs); compare smaller parts");
        }
        return new Outcome(false, structureDifference(g, h));
    }

    /** Whether every node and relationship of {@code expected} has its own counterpart in {@code actual}. */
    public static Outcome containment(GraphSnapshot expected, GraphSnapshot actual) {
        Interner interner = new Interner();
        Indexed g = new Indexed(expected, interner);
        Indexed h = new Indexed(actual, interner);
        String signatureDifference = signatureDifference(g, h, false);
        if (!signatureDifference.isEmpty()) {
            return new Outcome(false, signatureDifference);
        }
        SubgraphSearch search = new SubgraphSearch(g, h);
        try {
            if (search.run()) {
                return new Outcome(true, "");
            }
        } catch (BudgetExceeded e) {
            return new Outcome(
                    false,
                    "  no embedding was found within " + SEARCH_BUDGET
                            + " search steps (highly symmetric graphs); compare smaller parts");
        }
        return new Outcome(false, search.failure());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Signature-level difference, with property-level pairing.

    private static String signatureDifference(Indexed g, Indexed h, boolean both) {
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
    private static String structureDifference(Indexed g, Indexed h) {
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

    // ---------------------------------------------------------------------------------------------------------
    // Indexed graphs.

    private static final class Interner {
        final Map<String, Integer> ids = new HashMap<>();

        int id(String text) {
            return ids.computeIfAbsent(text, key -> ids.size());
        }
    }

    private static final class Indexed {
        final List<GraphSnapshot.Node> nodes;
        final List<GraphSnapshot.Relationship> relationships;
        final int nodeCount;
        final int relationshipCount;
        final int[] nodeSignature;
        final int[] relationshipSignature;
        final int[] start;
        final int[] end;
        final int[][] outgoing;
        final int[][] incoming;
        final String[] nodeTexts;

        Indexed(GraphSnapshot graph, Interner interner) {
            nodes = graph.nodes();
            relationships = graph.relationships();
            nodeCount = nodes.size();
            relationshipCount = relationships.size();
            nodeSignature = new int[nodeCount];
            nodeTexts = new String[nodeCount];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < nodeCount; i++) {
                nodeTexts[i] = nodes.get(i).text();
                nodeSignature[i] = interner.id(nodeTexts[i]);
                if (index.put(nodes.get(i).id(), i) != null) {
                    throw new IllegalArgumentException("Two nodes have the id " + CypherText.string(nodes.get(i).id()));
                }
            }
            relationshipSignature = new int[relationshipCount];
            start = new int[relationshipCount];
            end = new int[relationshipCount];
            int[] outDegree = new int[nodeCount];
            int[] inDegree = new int[nodeCount];
            for (int r = 0; r < relationshipCount; r++) {
                GraphSnapshot.Relationship relationship = relationships.get(r);
                relationshipSignature[r] = interner.id(relationship.body());
                start[r] = endpoint(index, relationship, relationship.start());
                end[r] = endpoint(index, relationship, relationship.end());
                outDegree[start[r]]++;
                inDegree[end[r]]++;
            }
            outgoing = new int[nodeCount][];
            incoming = new int[nodeCount][];
            for (int i = 0; i < nodeCount; i++) {
                outgoing[i] = new int[outDegree[i]];
                incoming[i] = new int[inDegree[i]];
            }
            for (int r = relationshipCount - 1; r >= 0; r--) {
                outgoing[start[r]][--outDegree[start[r]]] = r;
                incoming[end[r]][--inDegree[end[r]]] = r;
            }
        }

        private static int endpoint(Map<String, Integer> index, GraphSnapshot.Relationship relationship, String id) {
            Integer node = index.get(id);
            if (node == null) {
                throw new IllegalArgumentException("Relationship " + relationship.body() + " refers to node "
                        + CypherText.string(id) + ", which is not in the graph");
            }
            return node;
        }

        Map<Integer, List<Integer>> nodesBySignature() {
            Map<Integer, List<Integer>> bySignature = new LinkedHashMap<>();
            for (int i = 0; i < nodeCount; i++) {
                bySignature.computeIfAbsent(nodeSignature[i], key -> new ArrayList<>()).add(i);
            }
            return bySignature;
        }

        String nodeText(int node) {
            return nodeTexts[node];
        }

        String relationshipText(int relationship) {
            return nodeTexts[start[relationship]] + "-" + relationships.get(relationship).body() + "->"
                    + nodeTexts[end[relationship]];
        }

        /** {@code (:A) with -[:R]->(:B), <-[:S]-(:C)}: the node and its direct relationships, sorted. */
        String neighbourhoodText(int node) {
            List<String> parts = new ArrayList<>();
            for (int r : outgoing[node]) {
                parts.add("-" + relationships.get(r).body() + "->" + (end[r] == node ? "itself" : nodeTexts[end[r]]));
            }
            for (int r : incoming[node]) {
                if (start[r] != node) {
                    parts.add("<-" + relationships.get(r).body() + "-" + nodeTexts[start[r]]);
                }
            }
            parts.sort(null);
            return nodeTexts[node] + (parts.isEmpty() ? " with no relationships" : " with " + String.join(", ", parts));
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private record Key(long[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Equality: joint colour refinement + individualisation.

    private static final class Search {
        final Indexed g;
        final Indexed h;
        long steps;

        Search(Indexed g, Indexed h) {
            this.g = g;
            this.h = h;
        }

        boolean isomorphic(int[] colourG, int[] colourH) {
            if (++steps > SEARCH_BUDGET) {
                throw new BudgetExceeded();
            }
            int colours = refine(colourG, colourH);
            int[] countG = new int[colours];
            int[] countH = new int[colours];
            for (int c : colourG) {
                countG[c]++;
            }
            for (int c : colourH) {
                countH[c]++;
            }
            if (!Arrays.equals(countG, countH)) {
                return false;
            }
            int[] mapping = pairing(colourG, colourH, colours);
            int conflict = verify(mapping);
            if (conflict < 0) {
                return true;
            }
            // Individualise a node of a non-singleton class at the conflict.
            int node = countG[colourG[g.start[conflict]]] > 1 ? g.start[conflict] : g.end[conflict];
            int colour = colourG[node];
            if (countG[colour] == 1) {
                return false;
            }
            for (int candidate = 0; candidate < h.nodeCount; candidate++) {
                if (colourH[candidate] != colour) {
                    continue;
                }
                int[] nextG = colourG.clone();
                int[] nextH = colourH.clone();
                nextG[node] = colours;
                nextH[candidate] = colours;
                if (isomorphic(nextG, nextH)) {
                    return true;
                }
            }
            return false;
        }

        /** Refines both colourings in place until stable; returns the number of colours. */
        int refine(int[] colourG, int[] colourH) {
            int colours = renumber(colourG, colourH);
            while (true) {
                Map<Key, Integer> table = new HashMap<>();
                int[] nextG = new int[g.nodeCount];
                int[] nextH = new int[h.nodeCount];
                for (int i = 0; i < g.nodeCount; i++) {
                    nextG[i] = table.computeIfAbsent(key(g, i, colourG), k -> table.size());
                }
                for (int i = 0; i < h.nodeCount; i++) {
                    nextH[i] = table.computeIfAbsent(key(h, i, colourH), k -> table.size());
                }
                System.arraycopy(nextG, 0, colourG, 0, nextG.length);
                System.arraycopy(nextH, 0, colourH, 0, nextH.length);
                if (table.size() == colours) {
                    return colours;
                }
                colours = table.size();
            }
        }

        private static int renumber(int[] colourG, int[] colourH) {
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int i = 0; i < colourG.length; i++) {
                colourG[i] = numbers.computeIfAbsent(colourG[i], k -> numbers.size());
            }
            for (int i = 0; i < colourH.length; i++) {
                colourH[i] = numbers.computeIfAbsent(colourH[i], k -> numbers.size());
            }
            return numbers.size();
        }

        private static Key key(Indexed graph, int node, int[] colour) {
            long[] values = new long[1 + graph.outgoing[node].length + graph.incoming[node].length];
            int i = 1;
            for (int r : graph.outgoing[node]) {
                values[i++] = ((long) graph.relationshipSignature[r] << 31) | colour[graph.end[r]];
            }
            for (int r : graph.incoming[node]) {
                values[i++] = (1L << 62) | ((long) graph.relationshipSignature[r] << 31) | colour[graph.start[r]];
            }
            Arrays.sort(values, 1, values.length);
            values[0] = colour[node];
            return new Key(values);
        }

        /** Pairs the i-th node of each colour in g with the i-th of that colour in h. */
        private int[] pairing(int[] colourG, int[] colourH, int colours) {
            List<List<Integer>> members = new ArrayList<>(colours);
            for (int c = 0; c < colours; c++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < h.nodeCount; i++) {
                members.get(colourH[i]).add(i);
            }
            int[] next = new int[colours];
            int[] mapping = new int[g.nodeCount];
            for (int i = 0; i < g.nodeCount; i++) {
                mapping[i] = members.get(colourG[i]).get(next[colourG[i]]++);
            }
            return mapping;
        }

        /** -1 if the mapping carries g's relationship multiset onto h's, else a relationship of g in conflict. */
        private int verify(int[] mapping) {
            Map<Key, Integer> counts = new HashMap<>();
            for (int r = 0; r < h.relationshipCount; r++) {
                counts.merge(relationshipKey(h.relationshipSignature[r], h.start[r], h.end[r]), 1, Integer::sum);
            }
            for (int r = 0; r < g.relationshipCount; r++) {
                Key key = relationshipKey(g.relationshipSignature[r], mapping[g.start[r]], mapping[g.end[r]]);
                Integer left = counts.get(key);
                if (left == null || left == 0) {
                    return r;
                }
                counts.put(key, left - 1);
            }
            return -1;
        }

        private static Key relationshipKey(int signature, int start, int end) {
            return new Key(new long[] {signature, ((long) start << 32) | end});
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Containment: backtracking over signature-filtered candidates.

    private static final class SubgraphSearch {
        final Indexed g;
        final Indexed h;
        final int[][] candidates;
        final int[] order;
        final int[] parent;
        final int[] mapping;
        final boolean[] used;
        final Map<Long, Map<Integer, Integer>>[] gEdges;
        final Map<Long, Map<Integer, Integer>>[] hEdges;
        int deepest;
        long steps;

        @SuppressWarnings("unchecked")
        SubgraphSearch(Indexed g, Indexed h) {
            this.g = g;
            this.h = h;
            gEdges = edges(g);
            hEdges = edges(h);
            Map<Integer, List<Integer>> actualBySignature = h.nodesBySignature();
            List<Map<Long, Integer>> hSummaries = new ArrayList<>();
            for (int v = 0; v < h.nodeCount; v++) {
                hSummaries.add(summary(h, v));
            }
            candidates = new int[g.nodeCount][];
            for (int u = 0; u < g.nodeCount; u++) {
                Map<Long, Integer> needed = summary(g, u);
                candidates[u] = actualBySignature.getOrDefault(g.nodeSignature[u], List.of()).stream()
                        .filter(v -> covers(hSummaries.get(v), needed))
                        .mapToInt(Integer::intValue)
                        .toArray();
            }
            order = new int[g.nodeCount];
            parent = new int[g.nodeCount];
            mapping = new int[g.nodeCount];
            used = new boolean[h.nodeCount];
            Arrays.fill(mapping, -1);
            buildOrder();
        }

        /** Per node: neighbour -> (direction, relationship signature) -> count. Key = signature*2 + direction. */
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic maps
        private static Map<Long, Map<Integer, Integer>>[] edges(Indexed graph) {
            Map<Long, Map<Integer, Integer>>[] edges = new Map[graph.nodeCount];
            for (int i = 0; i < graph.nodeCount; i++) {
                edges[i] = new HashMap<>();
            }
            for (int r = 0; r < graph.relationshipCount; r++) {
                int s = graph.start[r];
                int e = graph.end[r];
                edges[s].computeIfAbsent((long) e, k -> new HashMap<>())
                        .merge(graph.relationshipSignature[r] * 2, 1, Integer::sum);
                if (s != e) {
                    edges[e].computeIfAbsent((long) s, k -> new HashMap<>())
                            .merge(graph.relationshipSignature[r] * 2 + 1, 1, Integer::sum);
                }
            }
            return edges;
        }

        private static Map<Long, Integer> summary(Indexed graph, int node) {
            Map<Long, Integer> summary = new HashMap<>();
            for (int r : graph.outgoing[node]) {
                summary.merge(((long) graph.relationshipSignature[r] << 31) | graph.nodeSignature[graph.end[r]], 1,
                        Integer::sum);
            }
            for (int r : graph.incoming[node]) {
                summary.merge((1L << 62) | ((long) graph.relationshipSignature[r] << 31)
                        | graph.nodeSignature[graph.start[r]], 1, Integer::sum);
            }
            return summary;
        }

        private static boolean covers(Map<Long, Integer> available, Map<Long, Integer> needed) {
            for (Map.Entry<Long, Integer> entry : needed.entrySet()) {
                if (available.getOrDefault(entry.getKey(), 0) < entry.getValue()) {
                    return false;
                }
            }
            return true;
        }

        /** Most constrained node first, then always a node adjacent to the ordered ones when there is one. */
        private void buildOrder() {
            boolean[] ordered = new boolean[g.nodeCount];
            int[] connections = new int[g.nodeCount];
            java.util.PriorityQueue<int[]> frontier = new java.util.PriorityQueue<>(
                    Comparator.<int[]>comparingInt(entry -> -entry[1]).thenComparingInt(entry -> entry[2]));
            Integer[] byCandidates = new Integer[g.nodeCount];
            for (int i = 0; i < g.nodeCount; i++) {
                byCandidates[i] = i;
            }
            Arrays.sort(byCandidates, Comparator.comparingInt((Integer u) -> candidates[u].length));
            int next = 0;
            int position = 0;
            Arrays.fill(parent, -1);
            while (position < g.nodeCount) {
                int u;
                int[] top = frontier.poll();
                if (top != null) {
                    u = top[0];
                    if (ordered[u] || top[1] != connections[u]) {
                        continue;
                    }
                } else {
                    while (ordered[byCandidates[next]]) {
                        next++;
                    }
                    u = byCandidates[next];
                }
                ordered[u] = true;
                order[position++] = u;
                for (Long neighbour : gEdges[u].keySet()) {
                    int w = neighbour.intValue();
                    if (!ordered[w]) {
                        if (parent[w] < 0) {
                            parent[w] = u;
                        }
                        connections[w]++;
                        frontier.add(new int[] {w, connections[w], candidates[w].length});
                    }
                }
            }
        }

        boolean run() {
            return extend(0);
        }

        private boolean extend(int position) {
            if (position == g.nodeCount) {
                return true;
            }
            deepest = Math.max(deepest, position);
            int u = order[position];
            if (parent[u] >= 0 && mapping[parent[u]] < 0) {
                parent[u] = -1;
            }
            Iterable<Integer> options;
            if (parent[u] >= 0) {
                int anchor = mapping[parent[u]];
                List<Integer> adjacent = new ArrayList<>();
                for (Long neighbour : hEdges[anchor].keySet()) {
                    int v = neighbour.intValue();
                    if (h.nodeSignature[v] == g.nodeSignature[u] && Arrays.binarySearch(candidates[u], v) >= 0) {
                        adjacent.add(v);
                    }
                }
                adjacent.sort(null);
                options = adjacent;
            } else {
                options = Arrays.stream(candidates[u]).boxed().toList();
            }
            for (int v : options) {
                if (used[v] || !feasible(u, v)) {
                    continue;
                }
                if (++steps > SEARCH_BUDGET) {
                    throw new BudgetExceeded();
                }
                mapping[u] = v;
                used[v] = true;
                if (extend(position + 1)) {
                    return true;
                }
                mapping[u] = -1;
                used[v] = false;
            }
            return false;
        }

        private boolean feasible(int u, int v) {
            for (Map.Entry<Long, Map<Integer, Integer>> entry : gEdges[u].entrySet()) {
                int w = entry.getKey().intValue();
                int mapped = w == u ? v : mapping[w];
                if (mapped < 0) {
                    continue;
                }
                Map<Integer, Integer> available = hEdges[v].getOrDefault((long) mapped, Map.of());
                for (Map.Entry<Integer, Integer> needed : entry.getValue().entrySet()) {
                    if (available.getOrDefault(needed.getKey(), 0) < needed.getValue()) {
                        return false;
                    }
                }
            }
            return true;
        }

        String failure() {
            int u = order[Math.min(deepest, g.nodeCount - 1)];
            for (int i = 0; i < g.nodeCount; i++) {
                if (candidates[i].length == 0) {
                    u = i;
                    break;
                }
            }
            return "  the expected nodes and relationships all exist, but not connected as expected; no match for:"
                    + System.lineSeparator() + "    " + g.neighbourhoodText(u);
        }
    }

}
