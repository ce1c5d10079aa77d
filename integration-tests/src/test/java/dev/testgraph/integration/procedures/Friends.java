package dev.testgraph.integration.procedures;

import java.util.List;
import java.util.stream.Stream;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserAggregationResult;
import org.neo4j.procedure.UserAggregationUpdate;
import org.neo4j.procedure.UserFunction;

/** A user's own procedures, as a team would write them: one that writes, one function, one aggregation. */
public class Friends {

    @Context
    public Transaction transaction;

    /** The row {@link #befriend} returns. */
    public static class Friendship {
        public String from;
        public String to;

        public Friendship(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    @Procedure(name = "it.friends.befriend", mode = Mode.WRITE)
    @Description("Creates both people if needed and a FRIEND relationship between them, once.")
    public Stream<Friendship> befriend(@Name("from") String from, @Name("to") String to) {
        Node a = person(from);
        Node b = person(to);
        transaction.execute("MATCH (a), (b) WHERE elementId(a) = $a AND elementId(b) = $b MERGE (a)-[:FRIEND]->(b)",
                java.util.Map.of("a", a.getElementId(), "b", b.getElementId())).close();
        return Stream.of(new Friendship(from, to));
    }

    private Node person(String name) {
        try (var result = transaction.execute("MERGE (p:Person {name: $name}) RETURN p", java.util.Map.of("name", name))) {
            return (Node) result.next().get("p");
        }
    }

    @UserFunction(name = "it.friends.greeting")
    public String greeting(@Name("name") String name) {
        return "Hello, " + name + "!";
    }

    @UserAggregationFunction(name = "it.friends.longestName")
    public Longest longestName() {
        return new Longest();
    }

    /** The state of {@link #longestName}. */
    public static class Longest {
        private String longest;

        @UserAggregationUpdate
        public void add(@Name("name") String name) {
            if (name != null && (longest == null || name.length() > longest.length())) {
                longest = name;
            }
        }

        @UserAggregationResult
        public String result() {
            return longest;
        }
    }

    /** Never used, but shows the classes packed along: a lambda's class and a helper list. */
    static final List<String> NOTHING = List.of();
}
