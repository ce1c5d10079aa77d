package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Practice: medium loads with {@code LOAD CSV ... CALL { ... } IN TRANSACTIONS OF n ROWS}, run as an auto-commit
 * query. {@code @ImportFiles} copies the test's CSV files into the server's import directory, where
 * {@code file:///members/people.csv} finds them, on the embedded server and in a container alike.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@ImportFiles("members") // src/test/resources/dev/testgraph/examples/members/*.csv -> file:///members/*.csv
class LoadCsvImportTest {

    static final int ROWS = 1_000;

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
    void imports_1000_people_and_a_ring_of_friendships_from_csv(Driver driver) {
        ResultSummary people = app.csvImporter().importPeople("file:///members/people.csv");
        ResultSummary friendships = app.csvImporter().importFriendships("file:///members/friendships.csv");

        assertThat(people).counters().hasNodesCreated(ROWS).hasLabelsAdded(ROWS).hasPropertiesSet(2 * ROWS);
        assertThat(friendships).counters().hasRelationshipsCreated(ROWS).hasNodesCreated(0);
        assertThatGraph(driver)
                .hasNodeCount("Person", ROWS)
                .hasRelationshipCount("FRIENDS_WITH", ROWS)
                .containsNode("(:Person {email: 'member999@example.com', name: 'Member 999'})")
                .containsRelationship("(:Person {email: 'member999@example.com'})-[:FRIENDS_WITH]->"
                        + "(:Person {email: 'member0@example.com'})");
    }

    @Test
    void running_the_import_again_creates_nothing(Driver driver) {
        app.csvImporter().importPeople("file:///members/people.csv");
        app.csvImporter().importFriendships("file:///members/friendships.csv");

        ResultSummary people = app.csvImporter().importPeople("file:///members/people.csv");
        ResultSummary friendships = app.csvImporter().importFriendships("file:///members/friendships.csv");

        assertThat(people).counters().hasNodesCreated(0);
        assertThat(friendships).counters().hasRelationshipsCreated(0);
        assertThatGraph(driver).hasNodeCount("Person", ROWS).hasRelationshipCount("FRIENDS_WITH", ROWS);
    }

    @Test
    @ImportFiles("member-updates.csv") // this test's own file, next to the class: file:///member-updates.csv
    void an_update_file_renames_trims_and_skips_rows_without_an_email(Driver driver) {
        app.csvImporter().importPeople("file:///members/people.csv");

        ResultSummary update = app.csvImporter().importPeople("file:///member-updates.csv");

        assertThat(update).counters().hasNodesCreated(1);
        assertThatGraph(driver)
                .hasNodeCount("Person", ROWS + 1)
                .containsNode("(:Person {email: 'member0@example.com', name: 'Member Zero, renamed'})")
                .containsNode("(:Person {email: 'newcomer@example.com', name: 'Newcomer'})");
    }

    @Test
    void the_server_refuses_call_in_transactions_inside_a_managed_transaction(Driver driver) {
        // why CsvImporter uses an auto-commit query: executeWrite (like every explicit transaction) cannot run it
        assertThatThrownBy(() -> app.transactions().write("importPeople", tx -> tx.run(CsvImporter.IMPORT_PEOPLE,
                        Map.of("url", "file:///members/people.csv")).consume()))
                .isInstanceOf(Neo4jException.class) // a DatabaseException on 5.26
                .hasMessageContaining("can only be executed in an implicit transaction");
        assertThatGraph(driver).hasNodeCount("Person", 0);
    }

    @Test
    void a_file_the_server_does_not_have_fails_and_imports_nothing(Driver driver) {
        assertThatThrownBy(() -> app.csvImporter().importPeople("file:///members/missing.csv"))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("Couldn't load the external resource");
        assertThatGraph(driver).hasNodeCount("Person", 0);
    }
}
