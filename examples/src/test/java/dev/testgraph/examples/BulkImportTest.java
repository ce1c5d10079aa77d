package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;

import dev.testgraph.examples.BulkImporter.ImportReport;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Practice: bulk writes as {@code UNWIND $batch} in chunks of 5,000 rows, one managed transaction per chunk,
 * idempotent thanks to {@code MERGE}; the summary counters of every chunk prove what it did.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
class BulkImportTest {

    static final int ROWS = 50_000;

    static SocialGraphApp app;

    @BeforeAll
    static void startApplication(Neo4jConnectionInfo neo4j) {
        app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
    }

    @AfterAll
    static void stopApplication() {
        app.close();
    }

    static List<Person> people() {
        return IntStream.range(0, ROWS).mapToObj(i -> new Person("person" + i + "@example.com", "Person " + i)).toList();
    }

    /** A ring: everyone is friends with the next person, and the last with the first. */
    static List<Friendship> ring() {
        return IntStream.range(0, ROWS)
                .mapToObj(i -> new Friendship("person" + i + "@example.com", "person" + (i + 1) % ROWS + "@example.com"))
                .toList();
    }

    @Test
    void imports_50000_people_in_ten_chunks_of_5000(Driver driver) {
        long attemptsBefore = app.transactions().attempts("importPeople");

        ImportReport report = app.importer().importPeople(people());

        assertThat(report.batchCount()).isEqualTo(ROWS / BulkImporter.BATCH_SIZE);
        for (ResultSummary batch : report.batches()) {
            assertThat(batch).counters()
                    .hasNodesCreated(BulkImporter.BATCH_SIZE)
                    .hasLabelsAdded(BulkImporter.BATCH_SIZE)
                    .hasPropertiesSet(2 * BulkImporter.BATCH_SIZE)
                    .hasRelationshipsCreated(0);
        }
        assertThat(report.nodesCreated()).isEqualTo(ROWS);
        assertThat(app.transactions().attempts("importPeople") - attemptsBefore).isEqualTo(10);
        assertThatGraph(driver)
                .hasNodeCount("Person", ROWS)
                .containsNode("(:Person {email: 'person0@example.com', name: 'Person 0'})")
                .containsNode("(:Person {email: 'person49999@example.com', name: 'Person 49999'})");
    }

    @Test
    void importing_the_same_rows_again_creates_nothing(Driver driver) {
        app.importer().importPeople(people());

        ImportReport again = app.importer().importPeople(people());

        assertThat(again.batchCount()).isEqualTo(10);
        for (ResultSummary batch : again.batches()) {
            assertThat(batch).counters().hasNodesCreated(0).hasLabelsAdded(0);
        }
        assertThatGraph(driver).hasNodeCount("Person", ROWS);
    }

    @Test
    void imports_50000_friendships_between_existing_people(Driver driver) {
        app.importer().importPeople(people());

        ImportReport report = app.importer().importFriendships(ring());

        assertThat(report.batchCount()).isEqualTo(10);
        for (ResultSummary batch : report.batches()) {
            assertThat(batch).counters().hasRelationshipsCreated(BulkImporter.BATCH_SIZE).hasNodesCreated(0);
        }
        assertThatGraph(driver)
                .hasRelationshipCount("FRIENDS_WITH", ROWS)
                .containsRelationship("(:Person {email: 'person49999@example.com'})-[:FRIENDS_WITH]->"
                        + "(:Person {email: 'person0@example.com'})");
        assertThat(app.people().friendsOf("person0@example.com"))
                .extracting(Person::email)
                .containsExactlyInAnyOrder("person1@example.com", "person49999@example.com");
    }

    @Test
    void a_partial_last_chunk_and_unknown_people_are_handled(Driver driver) {
        List<Person> some = people().subList(0, 12_345);
        ImportReport people = app.importer().importPeople(some);
        ImportReport friendships = app.importer().importFriendships(List.of(
                new Friendship("person1@example.com", "person2@example.com"),
                new Friendship("person1@example.com", "nobody@example.com")));

        assertThat(people.batches()).extracting(batch -> batch.counters().nodesCreated())
                .containsExactly(5_000, 5_000, 2_345);
        assertThat(friendships.batches()).singleElement()
                .satisfies(batch -> assertThat(batch).counters().hasRelationshipsCreated(1));
        assertThatGraph(driver).hasNodeCount("Person", 12_345).hasRelationshipCount(1);
    }
}
