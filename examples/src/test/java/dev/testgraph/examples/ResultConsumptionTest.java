package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Practice: consume results on purpose. Stream a large result record by record; collect a result into a list
 * when it is used after the transaction or more than once; call {@code consume()} when only the counters matter.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("people.json")
class ResultConsumptionTest {

    static SocialGraphApp app;

    @BeforeAll
    static void startApplication(Neo4jConnectionInfo neo4j) {
        app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
    }

    @AfterAll
    static void stopApplication() {
        app.close();
    }

    /** The queries the server is executing right now (a finished query leaves its transaction's slot empty). */
    static List<Object> runningQueries(Driver driver) {
        EagerResult transactions = driver.executableQuery(
                "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $query RETURN currentQuery")
                .withParameters(Map.of("query", PersonRepository.ALL_PEOPLE))
                .execute();
        return transactions.records().stream().map(record -> record.get("currentQuery").asObject()).toList();
    }

    @Test
    void a_large_result_is_streamed_while_the_server_still_produces_it(Driver driver) {
        app.importer().importPeople(BulkImportTest.people().subList(0, 20_000));
        List<List<Object>> runningAtFirstRecord = new ArrayList<>();
        Set<String> emails = new HashSet<>();

        long streamed = app.people().forEachPerson(person -> {
            if (emails.isEmpty()) {
                runningAtFirstRecord.add(runningQueries(driver));
            }
            emails.add(person.email());
        });

        // the first person arrived while the query was still running: the records were not collected first
        assertThat(runningAtFirstRecord).singleElement().isEqualTo(List.of(PersonRepository.ALL_PEOPLE));
        assertThat(streamed).isEqualTo(20_004);
        assertThat(emails).hasSize(20_004).contains("alice@example.com", "person19999@example.com");
    }

    @Test
    void collecting_first_would_have_finished_the_query_before_the_first_record(Driver driver) {
        // the contrast that makes the test above meaningful: list() pulls everything before returning
        List<List<Object>> runningAfterList = new ArrayList<>();
        app.transactions().read("collectFirst", tx -> {
            List<?> all = tx.run(PersonRepository.ALL_PEOPLE).list();
            runningAfterList.add(runningQueries(driver));
            return all.size();
        });

        assertThat(runningAfterList).singleElement().isEqualTo(List.of());
    }

    @Test
    void a_list_is_used_after_the_transaction_and_more_than_once() {
        List<Person> friends = app.people().friendsOf("carol@example.com");

        assertThat(friends).extracting(Person::name).containsExactly("Alice", "Bob", "Dave");
        assertThat(friends).hasSize(3).contains(new Person("dave@example.com", "Dave"));
    }

    @Test
    void a_result_cannot_escape_its_transaction() {
        // why friendsOf returns a list: a Result lives only as long as its transaction, and the driver says so
        assertThatThrownBy(() -> app.transactions().read("escape", tx ->
                        tx.run(PersonRepository.FIND_BY_EMAIL, Map.of("email", "carol@example.com"))))
                .isInstanceOf(ClientException.class)
                .hasMessage("org.neo4j.driver.Result is not a valid return value, it should be consumed before"
                        + " producing a return value");
    }

    @Test
    void counters_only_need_consume(Driver driver) {
        ResultSummary forgotten = app.people().forget("carol@example.com");

        assertThat(forgotten)
                .hasQueryType(QueryType.WRITE_ONLY)
                .counters()
                .hasNodesDeleted(1)
                .hasRelationshipsDeleted(3)
                .hasNodesCreated(0);
        assertThatGraph(driver)
                .hasNodeCount("Person", 3)
                .hasRelationshipCount("FRIENDS_WITH", 1)
                .doesNotContain("(:Person {email: 'carol@example.com'})");
    }

    @Test
    void befriending_reads_the_counters_to_say_whether_it_changed_anything() {
        assertThat(app.people().befriend("bob@example.com", "dave@example.com")).isTrue();
        assertThat(app.people().befriend("bob@example.com", "dave@example.com")).isFalse();
        assertThatThrownBy(() -> app.people().befriend("bob@example.com", "nobody@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot befriend bob@example.com and nobody@example.com: both must exist and differ");
    }
}
