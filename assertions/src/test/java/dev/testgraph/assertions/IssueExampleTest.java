package dev.testgraph.assertions;

import static dev.testgraph.assertions.Neo4jAssertions.*;

import dev.testgraph.fixtures.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** The example of issue 5, literally, with only {@code Neo4jAssertions.*} imported (harness backend). */
@ExtendWith(HarnessExtension.class)
class IssueExampleTest {

    /** What a user's repository would look like. */
    record FriendshipRepository(Driver driver) {
        ResultSummary createFriendship(String from, String to) {
            return driver.executableQuery("MATCH (a:Person {login: $from}) MATCH (b:Person {login: $to})"
                            + " CREATE (a)-[:KNOWS {since: 2020}]->(b)")
                    .withParameters(Map.of("from", from, "to", to))
                    .execute()
                    .summary();
        }
    }

    private Driver driver;
    private FriendshipRepository repository;
    private Node node;
    private Node alice;
    private Node bob;

    @BeforeEach
    void createPeople(Driver driver) {
        this.driver = driver;
        this.repository = new FriendshipRepository(driver);
        driver.executableQuery("CREATE INDEX person_email FOR (p:Person) ON (p.email)").execute();
        driver.executableQuery("CALL db.awaitIndexes()").execute();
        var people = driver.executableQuery("CREATE (a:Person {login: 'alice', name: 'Alice', email: 'alice@example.com'}),"
                        + " (b:Person {login: 'bob', name: 'Bob', email: 'bob@example.com'}) RETURN a, b")
                .execute()
                .records()
                .get(0);
        alice = people.get("a").asNode();
        node = alice;
        bob = people.get("b").asNode();
    }

    @Test
    void the_example_of_issue_5_compiles_and_passes() {
        ResultSummary summary = repository.createFriendship("alice", "bob");
        Relationship relationship = driver.executableQuery("MATCH ()-[r:KNOWS]->() RETURN r").execute().records().get(0)
                .get("r").asRelationship();
        Plan plan = driver.executableQuery("EXPLAIN MATCH (p:Person {email: $email}) RETURN p")
                .withParameters(Map.of("email", "alice@example.com"))
                .execute()
                .summary()
                .plan();

        // The example block of issue 5, as written there:
        assertThat(summary).counters().hasNodesCreated(0).hasRelationshipsCreated(1).hasPropertiesSet(1);
        assertThat(summary).hasQueryType(QueryType.WRITE_ONLY).hasNoNotifications();

        assertThat(node).hasLabels("Person").hasProperty("name", "Alice").doesNotHaveProperty("password");
        assertThat(relationship).hasType("KNOWS").startsAt(alice).endsAt(bob);
        assertThatGraph(driver).hasNodeCount("Person", 2).containsRelationship("(:Person {name:'Alice'})-[:KNOWS]->(:Person {name:'Bob'})");
        assertThatGraph(driver).isEqualTo(Fixtures.read("expected/after-merge.json"));   // whole-graph comparison
        assertThat(plan).usesIndex("Person", "email").doesNotUseOperator("AllNodesScan");
    }
}
