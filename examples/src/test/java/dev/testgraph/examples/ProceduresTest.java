package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;

import dev.testgraph.examples.procedures.FriendSuggestions;
import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Practice: server-side code (a procedure and a function) tested like the rest, in process and in a container from
 * the same class: {@code procedures} installs the classes, {@code plugins = "apoc"} brings APOC. Replaces
 * neo4j-harness' {@code withProcedure(FriendSuggestions.class)}. The image is pinned to the 5.26 line: APOC is released
 * per Neo4j line, and the APOC this build can have (Maven Central) is 5.26's, so a run on a newer image
 * ({@code -Dtestgraph.image=...}) keeps this class on 5.26 in containers.
 */
@Neo4jTest(procedures = FriendSuggestions.class, plugins = "apoc", image = "neo4j:5.26-community")
@Fixture("community.json")
class ProceduresTest {

    /** The same question in plain Cypher: the procedure must agree with it. */
    private static final String REFERENCE = """
            MATCH (me:Person {email: $email})-[:FRIENDS_WITH]-(friend)-[:FRIENDS_WITH]-(candidate:Person)
            WHERE candidate <> me AND NOT (me)-[:FRIENDS_WITH]-(candidate)
            RETURN candidate.email AS email, count(DISTINCT friend) AS mutual
            ORDER BY mutual DESC, email LIMIT 3""";

    @Test
    void suggests_friends_of_friends_ranked_by_shared_friends(Driver driver, LoadedGraph fixture) {
        String zoe = fixture.node("broker").get("email").asString();

        List<Record> suggestions = driver.executableQuery(
                        "CALL examples.suggestFriends($email) YIELD email, mutualFriends RETURN email, mutualFriends")
                .withParameters(Map.of("email", zoe)).execute().records();
        List<Record> expected = driver.executableQuery(REFERENCE).withParameters(Map.of("email", zoe)).execute()
                .records();

        assertThat(suggestions).isNotEmpty().hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(suggestions.get(i).get("email").asString()).isEqualTo(expected.get(i).get("email").asString());
            assertThat(suggestions.get(i).get("mutualFriends").asLong())
                    .isEqualTo(expected.get(i).get("mutual").asLong());
        }
    }

    @Test
    void a_person_without_friends_gets_no_suggestions(Driver driver, LoadedGraph fixture) {
        String loner = fixture.node("loner").get("email").asString();

        assertThat(driver.executableQuery("CALL examples.suggestFriends($email)")
                .withParameters(Map.of("email", loner)).execute().records()).isEmpty();
    }

    @Test
    void the_function_normalises_as_the_application_does_and_apoc_works_beside_it(Driver driver) {
        Record row = driver.executableQuery("""
                        WITH examples.normalizeEmail('  Zoe@Example.COM ') AS email
                        CALL examples.suggestFriends(email, 2) YIELD name
                        RETURN email, apoc.text.join(collect(name), ', ') AS names""").execute().records().get(0);

        assertThat(row.get("email").asString()).isEqualTo("zoe@example.com");
        assertThat(row.get("names").asString()).contains(", ");
    }
}
