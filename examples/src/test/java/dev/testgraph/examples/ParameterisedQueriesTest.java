package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;

import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Practice: only parameterised queries. Input shaped like Cypher injection is stored literally, and nothing
 * else in the graph changes.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("people.json")
class ParameterisedQueriesTest {

    static SocialGraphApp app;

    @BeforeAll
    static void startApplication(Neo4jConnectionInfo neo4j) {
        app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
    }

    @AfterAll
    static void stopApplication() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x'}) DETACH DELETE p //",
        "x\"}) DETACH DELETE p //",
        "}) DETACH DELETE n //",
        "x'}) WITH p MATCH (n) DETACH DELETE n //",
        "Robert'); MATCH (n) DETACH DELETE n; //",
        "' OR 1=1 //",
        "{email: $email}",
        "$email",
        "x` DETACH DELETE n //",
        "\\'}) RETURN 1 //",
        "line\nbreak /* comment */ \u0000 nul",
        "Zoë 😀 Ω"
    })
    void injection_shaped_input_is_stored_literally(String input, Driver driver, LoadedGraph fixture) {
        app.people().register(input, input);
        app.people().addInterest(input, input);
        app.people().befriend(input, "alice@example.com");

        assertThat(app.people().findByEmail(input)).contains(new Person(input, input));
        assertThat(driver.executableQuery("""
                        MATCH (p:Person {email: $email})-[:INTERESTED_IN]->(i:Interest)
                        MATCH (p)-[:FRIENDS_WITH]-(friend:Person)
                        RETURN p, i, friend""")
                        .withParameters(Map.of("email", input))
                        .execute())
                .singleRecord()
                .satisfies(record -> assertThat(record).node("p").hasProperty("name", input))
                .satisfies(record -> assertThat(record).node("i").hasProperty("name", input))
                .satisfies(record -> assertThat(record).node("friend").isSameNodeAs(fixture.node("alice")));
        // nothing else changed: the whole fixture is still there, plus exactly the new person and interest
        assertThatGraph(driver)
                .containsGraph(fixture.fixture())
                .hasNodeCount(fixture.nodeCount() + 2)
                .hasRelationshipCount(fixture.relationshipCount() + 2);
    }

    @Test
    void the_same_input_concatenated_into_cypher_would_have_wiped_the_graph(Driver driver) {
        // what the parameters above protect against: never build Cypher from input like this
        String input = "x'}) WITH p MATCH (n) DETACH DELETE n //";
        driver.executableQuery("MERGE (p:Person {name: '" + input + "'})").execute();

        assertThatGraph(driver).isEmpty();
    }
}
