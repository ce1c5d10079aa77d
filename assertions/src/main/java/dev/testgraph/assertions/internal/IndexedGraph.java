package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A {@link GraphSnapshot} indexed for {@link GraphEquality} and {@link GraphContainment}: nodes and relationships
 * numbered, their signatures ({@code (:Labels {properties})}, {@code [:TYPE {properties}]}) interned to integers
 * shared by the two graphs compared, adjacency as arrays; and the steps and bound both comparisons share.
 */
final class IndexedGraph {

    /** Search steps after which a comparison gives up and reports the graphs as undecided. */
    static final long SEARCH_BUDGET = 200_000;

    /** A search for a mapping of the expected graph onto the actual one, after the signatures matched. */
    interface Search {
        /**
         * Whether a mapping exists.
         *
         * @throws BudgetExceeded after {@link #SEARCH_BUDGET} steps
         */
        boolean matches();

        /** The difference when there is no mapping. */
        String difference(GraphDifference.Marks marks);
    }

    /**
     * The steps both comparisons share: index both graphs with one interner, compare the multisets of signatures,
     * and only if they match run the search.
     *
     * @param both whether surplus actual entities are a difference (equality) or not (containment)
     * @param search creates the search for the indexed expected and actual graphs
     * @param giveUp what to report, before "within N search steps", if the search exceeds its budget
     */
    static GraphDifference.Outcome compare(GraphSnapshot expected, GraphSnapshot actual, boolean both,
            BiFunction<IndexedGraph, IndexedGraph, Search> search, String giveUp) {
        Interner interner = new Interner();
        IndexedGraph g = new IndexedGraph(expected, interner);
        IndexedGraph h = new IndexedGraph(actual, interner);
        GraphDifference.Marks marks = new GraphDifference.Marks();
        String signatureDifference = GraphDifference.signatures(g, h, both, marks);
        if (!signatureDifference.isEmpty()) {
            return new GraphDifference.Outcome(false, signatureDifference, marks);
        }
        Search running = search.apply(g, h);
        try {
            if (running.matches()) {
                return new GraphDifference.Outcome(true, "", marks);
            }
        } catch (BudgetExceeded e) {
            return new GraphDifference.Outcome(false, GraphDifference.undecided(giveUp), marks);
        }
        return new GraphDifference.Outcome(false, running.difference(marks), marks);
    }

    /** Interns signature texts to integers; one per comparison, shared by both graphs. */
    static final class Interner {
        final Map<String, Integer> ids = new HashMap<>();

        int id(String text) {
            return ids.computeIfAbsent(text, key -> ids.size());
        }
    }

    /** Thrown by a search that takes more than {@link #SEARCH_BUDGET} steps. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

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

    IndexedGraph(GraphSnapshot graph, Interner interner) {
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
