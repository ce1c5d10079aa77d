package dev.testgraph.examples;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

/**
 * Graph analytics in Java: the friendship graph is pulled once as an edge list (streamed into a JGraphT graph
 * inside one read transaction) and analysed in memory, which suits graphs that fit in memory and algorithms the
 * database does not offer (Neo4j's Graph Data Science library is the choice for large graphs).
 *
 * <pre>{@code
 * Optional<Ranking> hub = app.analytics().mostConnected();
 * }</pre>
 */
public final class FriendshipAnalytics {

    static final String PEOPLE = "MATCH (p:Person) RETURN p.email AS email";

    static final String EDGES = """
            MATCH (a:Person)-[:FRIENDS_WITH]->(b:Person)
            WHERE a <> b
            RETURN a.email AS from, b.email AS to""";

    private static final Comparator<Ranking> BEST_FIRST =
            Comparator.comparingDouble(Ranking::score).reversed().thenComparing(Ranking::email);

    private final ManagedTransactions transactions;

    FriendshipAnalytics(ManagedTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * @return the friendship graph: people (by email) as vertices, friendships as undirected edges
     */
    public Graph<String, DefaultEdge> friendshipGraph() {
        return transactions.read("friendshipGraph", tx -> {
            Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
            Result people = tx.run(PEOPLE);
            while (people.hasNext()) {
                graph.addVertex(people.next().get("email").asString());
            }
            Result edges = tx.run(EDGES);
            while (edges.hasNext()) {
                Record edge = edges.next();
                // a friendship stored in both directions is one edge; SimpleGraph ignores the duplicate
                graph.addEdge(edge.get("from").asString(), edge.get("to").asString());
            }
            return graph;
        });
    }

    /**
     * Degree centrality: the number of friends of each person.
     *
     * @return every person, most friends first, ties by email
     */
    public List<Ranking> degreeCentrality() {
        Graph<String, DefaultEdge> graph = friendshipGraph();
        return graph.vertexSet().stream()
                .map(email -> new Ranking(email, graph.degreeOf(email)))
                .sorted(BEST_FIRST)
                .toList();
    }

    /**
     * @return the person with the most friends (ties by email), if there are people
     */
    public Optional<Ranking> mostConnected() {
        return degreeCentrality().stream().findFirst();
    }

    /**
     * Betweenness centrality: on how many shortest paths between two others a person lies, i.e. who connects
     * groups that would otherwise be apart.
     *
     * @return every person, highest betweenness first, ties by email
     */
    public List<Ranking> betweennessCentrality() {
        Map<String, Double> scores = new BetweennessCentrality<>(friendshipGraph()).getScores();
        return scores.entrySet().stream()
                .map(entry -> new Ranking(entry.getKey(), entry.getValue()))
                .sorted(BEST_FIRST)
                .toList();
    }

    /**
     * A person and a score.
     *
     * @param email the person
     * @param score the score
     */
    public record Ranking(String email, double score) {}
}
