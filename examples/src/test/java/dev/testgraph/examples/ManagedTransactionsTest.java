package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Practice: writes go through {@code executeWrite} with idempotent {@code MERGE}, so a transaction function that
 * runs again (a retry, or a replay after a lost commit acknowledgement) creates nothing twice; reads go through
 * {@code executeRead}.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("people.json")
class ManagedTransactionsTest {

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
    void befriending_twice_creates_one_friendship(Driver driver) {
        boolean first = app.people().befriend("alice@example.com", "dave@example.com");
        boolean again = app.people().befriend("dave@example.com", "alice@example.com");

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThatGraph(driver)
                .hasRelationshipCount("FRIENDS_WITH", 5)
                .contains("(:Person {email: 'alice@example.com'})-[:FRIENDS_WITH]-(:Person {email: 'dave@example.com'})");
    }

    @Test
    void replaying_a_registration_creates_one_person(Driver driver) {
        Person first = app.people().register("erin@example.com", "Erin", "registration-42");
        Person replayed = app.people().register("erin@example.com", "Erin", "registration-42");

        assertThat(replayed).isEqualTo(first);
        assertThatGraph(driver)
                .hasNodeCount("Person", 5)
                .containsNode("(:Person {email: 'erin@example.com', name: 'Erin', registration: 'registration-42'})");
    }

    @Test
    void a_second_registration_of_an_email_is_a_duplicate(Driver driver) {
        assertThatThrownBy(() -> app.people().register("alice@example.com", "Another Alice"))
                .isInstanceOf(DuplicateEmailException.class)
                .hasMessage("The email address alice@example.com is already used by another person");
        assertThatGraph(driver)
                .hasNodeCount("Person", 4)
                .containsNode("(:Person {email: 'alice@example.com', name: 'Alice'})")
                .doesNotContain("(:Person {name: 'Another Alice'})");
    }

    @Test
    void replaying_a_write_changes_nothing_the_second_time() {
        ResultSummary first = app.people().addInterest("dave@example.com", "go");
        ResultSummary replayed = app.people().addInterest("dave@example.com", "go");

        assertThat(first).counters().hasNodesCreated(1).hasRelationshipsCreated(1).hasLabelsAdded(1);
        assertThat(replayed).counters().doesNotContainUpdates();
    }

    @Test
    void reads_see_committed_writes() {
        app.people().save(new Person("grace@example.com", "Grace"));

        assertThat(app.people().findByEmail("grace@example.com")).contains(new Person("grace@example.com", "Grace"));
        assertThat(app.people().findByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void read_transactions_refuse_to_write(Driver driver) {
        // proves that ManagedTransactions.read really opens a read transaction (in a cluster: runs on a reader)
        assertThatThrownBy(() -> app.transactions().read("sneakyWrite",
                        tx -> tx.run("CREATE (:Person {email: 'sneaky@example.com'})").consume()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("Writing in read access mode not allowed");
        assertThatGraph(driver).hasNodeCount("Person", 4);
    }
}
