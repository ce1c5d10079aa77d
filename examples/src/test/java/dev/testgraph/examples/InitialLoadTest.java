package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Practice: the initial load of a new database goes through Neo4j's bulk importer, {@code neo4j-admin database import
 * full}, from CSV files in its header format ({@code initial-load/}: the files, {@code import.sh} with the command).
 * The tests load the same files as a Testgraph CSV fixture, in the same ID spaces, so the application's queries run
 * against the data production starts from, in every test and on every backend; one test runs {@code import.sh} in a
 * Neo4j container and checks that the import tool builds the same graph from them.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("initial-load/social.csv-fixture.json")
class InitialLoadTest {

    static SocialGraphApp app;

    @BeforeAll
    static void startApplication(Neo4jConnectionInfo neo4j) {
        app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
    }

    @AfterAll
    static void stopApplication() {
        app.close();
    }

    @Test
    void the_application_finds_people_of_the_initial_load_by_email(LoadedGraph fixture) {
        assertThat(app.people().findByEmail("carol@example.com"))
                .contains(new Person("carol@example.com", "Carol \"CJ\" Jensen"));
        // nodes of the CSV files are keyed by ID space and id, as the import tool's relationship files refer to them
        assertThat(fixture.node("Person:frank@example.com").get("name").asString()).isEqualTo("Frank O'Neill, Jr.");
        assertThat(fixture.node("Person:erin@example.com").get("joined").asLocalDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void friendships_of_the_initial_load_are_mutual_for_the_application() {
        assertThat(app.people().friendsOf("carol@example.com")).extracting(Person::email)
                .containsExactly("alice@example.com", "bob@example.com", "dave@example.com");
        assertThat(app.people().friendsOf("frank@example.com")).isEmpty();
    }

    @Test
    void labels_and_array_properties_come_from_the_csv_columns(Driver driver) {
        assertThatGraph(driver)
                .hasNodeCount("Person", 6)
                .hasNodeCount("Member", 3)
                .hasRelationshipCount("INTERESTED_IN", 6)
                .containsNode("(:Person:Member:Moderator {email: 'carol@example.com'})")
                .containsNode("(:Interest {name: 'go', tags: ['game', 'strategy']})");
    }

    @Test
    void neo4j_admin_import_builds_the_same_graph_from_the_same_files() throws Exception {
        assumeTrue("testcontainers".equals(System.getProperty(Neo4jTest.BACKEND_PROPERTY_NAME)),
                "neo4j-admin runs in a Neo4j container: this test runs in the Testcontainers run of the examples"
                        + " (-Dtestgraph.backend=testcontainers)");
        FixtureGraph expected = Fixtures.read("dev/testgraph/examples/initial-load/social.csv-fixture.json");
        String image = System.getProperty(Neo4jTest.IMAGE_PROPERTY_NAME, Neo4jTest.DEFAULT_IMAGE);

        try (Neo4jContainer imported = new Neo4jContainer(image)
                .withoutAuthentication()
                .withNeo4jConfig("dbms.usage_report.enabled", "false")
                .withCopyFileToContainer(MountableFile.forClasspathResource("dev/testgraph/examples/initial-load/"),
                        "/initial-load/")
                // Testgraph's offline image has the tool but not the neo4j-admin script; this one runs it the same way
                .withCopyFileToContainer(MountableFile.forClasspathResource(
                        "dev/testgraph/examples/offline-image/neo4j-admin", 0755), "/usr/local/bin/neo4j-admin")
                // import.sh before the server starts, then the image's own start-up
                .withCommand("sh", "-c", "sh /initial-load/import.sh && exec /startup/docker-entrypoint.sh neo4j")
                .withStartupTimeout(Duration.ofMinutes(5))) {
            imported.start();
            try (Driver driver = GraphDatabase.driver(imported.getBoltUrl(), AuthTokens.none())) {
                assertThatGraph(driver).isEqualTo(expected);
            }
        }
    }
}
