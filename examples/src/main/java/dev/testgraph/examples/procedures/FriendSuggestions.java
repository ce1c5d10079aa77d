package dev.testgraph.examples.procedures;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserFunction;

/**
 * Server-side code of the example application, deployed as a plugin jar: friend suggestions (friends of friends,
 * ranked by how many friends they share) as a procedure, and the e-mail normalisation the application uses as a
 * function, so that Cypher and Java agree on it.
 */
public class FriendSuggestions {

    /** The transaction of the call; injected by Neo4j. */
    @Context
    public Transaction transaction;

    /** One suggested friend. */
    public static class Suggestion {
        /** The suggested person's e-mail. */
        public String email;
        /** The suggested person's name. */
        public String name;
        /** How many friends the two share. */
        public long mutualFriends;

        /**
         * @param email the e-mail
         * @param name the name
         * @param mutualFriends the number of shared friends
         */
        public Suggestion(String email, String name, long mutualFriends) {
            this.email = email;
            this.name = name;
            this.mutualFriends = mutualFriends;
        }
    }

    /**
     * @param email whose suggestions
     * @param limit how many at most
     * @return people who are friends of the person's friends but not friends yet, most shared friends first
     */
    @Procedure(name = "examples.suggestFriends", mode = Mode.READ)
    @Description("Friends of friends who are not friends yet, most shared friends first, then by e-mail.")
    public Stream<Suggestion> suggestFriends(@Name("email") String email,
            @Name(value = "limit", defaultValue = "3") long limit) {
        return transaction.execute("""
                        MATCH (me:Person {email: $email})-[:FRIENDS_WITH]-(friend)-[:FRIENDS_WITH]-(candidate:Person)
                        WHERE candidate <> me AND NOT (me)-[:FRIENDS_WITH]-(candidate)
                        WITH candidate, count(DISTINCT friend) AS mutual
                        RETURN candidate.email AS email, candidate.name AS name, mutual
                        ORDER BY mutual DESC, email
                        LIMIT $limit""", Map.of("email", normalizeEmail(email), "limit", limit)).stream()
                .map(row -> new Suggestion((String) row.get("email"), (String) row.get("name"),
                        (Long) row.get("mutual")));
    }

    /**
     * @param email an e-mail as users type it
     * @return the same address as the application stores it: trimmed and in lower case
     */
    @UserFunction(name = "examples.normalizeEmail")
    @Description("An e-mail address as the application stores it: trimmed, lower case.")
    public String normalizeEmail(@Name("email") String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
