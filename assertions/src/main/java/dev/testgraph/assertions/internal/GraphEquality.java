package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether two graphs are equal, ignoring ids, with type-exact property values.
 *
 * <h2>Canonical signatures, colour refinement, individualisation</h2>
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
 * <p>{@link GraphDifference} describes the difference.
 */
public final class GraphEquality {

    private GraphEquality() {}

    /**
     * Whether {@code actual} equals {@code expected}, ids ignored.
     *
     * @param expected the expected graph
     * @param actual the actual graph
     * @return the outcome, with the difference when the graphs differ
     */
    public static GraphDifference.Outcome compare(GraphSnapshot expected, GraphSnapshot actual) {
        return IndexedGraph.compare(expected, actual, true, Search::new,
                "the graphs could not be told apart nor matched");
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
    // Joint colour refinement + individualisation.

    private static final class Search implements IndexedGraph.Search {
        final IndexedGraph g;
        final IndexedGraph h;
        long steps;

        Search(IndexedGraph g, IndexedGraph h) {
            this.g = g;
            this.h = h;
        }

        @Override
        public boolean matches() {
            return isomorphic(g.nodeSignature.clone(), h.nodeSignature.clone());
        }

        @Override
        public String difference(GraphDifference.Marks marks) {
            return GraphDifference.structure(g, h, marks);
        }

        boolean isomorphic(int[] colourG, int[] colourH) {
            if (++steps > IndexedGraph.SEARCH_BUDGET) {
                throw new IndexedGraph.BudgetExceeded();
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

        private static Key key(IndexedGraph graph, int node, int[] colour) {
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
}
