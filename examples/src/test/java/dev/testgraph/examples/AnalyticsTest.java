package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;

import dev.testgraph.examples.FriendshipAnalytics.Ranking;
import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Practice: pull the edge list once, analyse in Java with JGraphT. The fixture is a small community: Hannah with
 * six friends who know nobody else, two close-knit groups of four joined only through Zoe, and Luna who has no
 * friends yet.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("community.json")
class AnalyticsTest {

    static SocialGraphApp app;

    @BeforeAll
    static void startApplication(Neo4jConnectionInfo neo4j) {
        app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
    }

    @AfterAll
    static void stopApplication() {
        app.close();
    }

    static String email(LoadedGraph fixture, String key) {
        return fixture.node(key).get("email").asString();
    }

    @Test
    void the_friendship_graph_has_every_person_and_friendship(LoadedGraph fixture) {
        Graph<String, DefaultEdge> graph = app.analytics().friendshipGraph();

        assertThat(graph.vertexSet()).hasSize((int) fixture.nodeCount()).contains(email(fixture, "loner"));
        assertThat(graph.edgeSet()).hasSize((int) fixture.relationshipCount());
        assertThat(graph.containsEdge(email(fixture, "y1"), email(fixture, "broker"))).isTrue();
    }

    @Test
    void the_most_connected_person_has_the_most_friends(LoadedGraph fixture) {
        assertThat(app.analytics().mostConnected()).contains(new Ranking(email(fixture, "hub"), 6));
        assertThat(app.analytics().degreeCentrality())
                .startsWith(
                        new Ranking("hannah@example.com", 6),
                        new Ranking("xavier@example.com", 4),
                        new Ranking("yara@example.com", 4))
                .endsWith(new Ranking("luna@example.com", 0))
                .hasSize(17);
    }

    @Test
    @Fixture("community-reverse-friendship.json") // Leaf One also stored the friendship from her side
    void a_friendship_stored_in_both_directions_counts_once(LoadedGraph graph, Driver driver) {
        assertThat(graph.relationshipCount()).isEqualTo(1);
        assertThat(graph.base().relationshipCount()).isEqualTo(20);
        assertThatGraph(driver).hasRelationshipCount("FRIENDS_WITH", 21);

        assertThat(app.analytics().friendshipGraph().edgeSet()).hasSize(20);
        assertThat(app.analytics().mostConnected()).contains(new Ranking("hannah@example.com", 6));
    }

    @Test
    void the_broker_between_groups_has_the_highest_betweenness() {
        // Zoe lies on all 4 x 4 shortest paths between the two groups; Hannah on the 15 between her friends;
        // Xavier and Yara each on 3 x 5 paths from their group to Zoe and the other group
        assertThat(app.analytics().betweennessCentrality())
                .startsWith(
                        new Ranking("zoe@example.com", 16),
                        new Ranking("hannah@example.com", 15),
                        new Ranking("xavier@example.com", 15),
                        new Ranking("yara@example.com", 15));
    }

    @Test
    void an_empty_graph_has_no_most_connected_person() {
        app.analytics().degreeCentrality().forEach(ranking -> app.people().forget(ranking.email()));

        assertThat(app.analytics().mostConnected()).isEmpty();
    }
}
