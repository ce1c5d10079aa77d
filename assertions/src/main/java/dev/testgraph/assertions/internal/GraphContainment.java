package dev.testgraph.assertions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a graph contains another, ignoring ids, with type-exact property values: every expected node and
 * relationship has its own counterpart, the actual graph may have more.
 *
 * <h2>Signature-filtered backtracking</h2>
 *
 * Each expected node's candidates are actual nodes with the same signature whose neighbourhood multiset
 * (direction, relationship signature, neighbour signature) covers the expected one. Nodes are matched in an
 * order that follows relationships from the most constrained node, extending the partial injective mapping only
 * with candidates adjacent to already-mapped nodes and with enough relationships of each signature between them.
 * With distinguishable nodes this is O((V + E) log(V + E)); the worst case of subgraph matching is exponential,
 * so the search is bounded and reported as undecided beyond the bound.
 *
 * <p>Before the search, the multisets of signatures are compared as for {@link GraphEquality};
 * {@link GraphDifference} describes the difference.
 */
public final class GraphContainment {

    private GraphContainment() {}

    /**
     * Whether every node and relationship of {@code expected} has its own counterpart in {@code actual}.
     *
     * @param expected the graph that must be contained
     * @param actual the actual graph
     * @return the outcome, with the difference when {@code expected} is not contained
     */
    public static GraphDifference.Outcome compare(GraphSnapshot expected, GraphSnapshot actual) {
        return IndexedGraph.compare(expected, actual, false, SubgraphSearch::new, "no embedding was found");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Backtracking over signature-filtered candidates.

    private static final class SubgraphSearch implements IndexedGraph.Search {
        final IndexedGraph g;
        final IndexedGraph h;
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
        SubgraphSearch(IndexedGraph g, IndexedGraph h) {
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
        private static Map<Long, Map<Integer, Integer>>[] edges(IndexedGraph graph) {
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

        private static Map<Long, Integer> summary(IndexedGraph graph, int node) {
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

        @Override
        public boolean matches() {
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
                if (++steps > IndexedGraph.SEARCH_BUDGET) {
                    throw new IndexedGraph.BudgetExceeded();
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

        /** Shows an expected node without candidates, else the one the search got stuck at. */
        @Override
        public String difference(GraphDifference.Marks marks) {
            int u = order[Math.min(deepest, g.nodeCount - 1)];
            for (int i = 0; i < g.nodeCount; i++) {
                if (candidates[i].length == 0) {
                    u = i;
                    break;
                }
            }
            return GraphDifference.notConnected(g, u, marks);
        }
    }
}
