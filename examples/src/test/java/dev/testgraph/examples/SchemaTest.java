package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatThrownBy;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Practice: the application creates its indexes and constraints at start-up ({@code IF NOT EXISTS}), its lookups
 * use them, and a uniqueness violation reaches callers as the application's own {@link DuplicateEmailException}.
 *
 * <p>Unlike the other classes, this one lets Testgraph drop the schema before every test (the default), and each
 * test starts the application itself, so every test sees what start-up creates.
 */
@Neo4jTest
@Fixture("people.json")
class SchemaTest {

    static ResultSummary explain(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery("EXPLAIN " + query).withParameters(parameters).execute().summary();
    }

    static ResultSummary profile(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery("PROFILE " + query).withParameters(parameters).execute().summary();
    }

    @Test
    void start_up_creates_the_constraints_and_indexes(Driver driver, Neo4jConnectionInfo neo4j) {
        try (SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            EagerResult constraints = driver.executableQuery("""
                    SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
                    WHERE name IN ['person_email_unique', 'interest_name_unique']
                    RETURN name, type, labelsOrTypes, properties ORDER BY name""").execute();
            EagerResult index = driver.executableQuery("""
                    SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state
                    WHERE name = 'person_name'
                    RETURN name, type, labelsOrTypes, properties, state""").execute();

            assertThat(constraints).hasSize(2);
            assertThat(constraints).records().record(0)
                    .hasValue("name", "interest_name_unique")
                    .hasValue("type", "UNIQUENESS")
                    .hasValue("labelsOrTypes", List.of("Interest"))
                    .hasValue("properties", List.of("name"));
            assertThat(constraints).records().record(1)
                    .hasValue("name", "person_email_unique")
                    .hasValue("type", "UNIQUENESS")
                    .hasValue("labelsOrTypes", List.of("Person"))
                    .hasValue("properties", List.of("email"));
            assertThat(index).singleRecord()
                    .hasValue("type", "RANGE")
                    .hasValue("labelsOrTypes", List.of("Person"))
                    .hasValue("properties", List.of("name"))
                    .hasValue("state", "ONLINE");
        }
    }

    @Test
    void starting_again_is_harmless(Driver driver, Neo4jConnectionInfo neo4j) {
        try (SocialGraphApp first = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j));
                SocialGraphApp second = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            assertThat(second.people().findByEmail("alice@example.com")).isPresent();
            assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name WHERE name ENDS WITH '_unique' RETURN name")
                            .execute())
                    .hasSize(2);
        }
    }

    @Test
    void the_lookup_by_email_uses_the_unique_index(Driver driver, Neo4jConnectionInfo neo4j) {
        Map<String, Object> alice = Map.of("email", "alice@example.com");
        // without the application's schema, the same query scans every Person
        assertThat(explain(driver, PersonRepository.FIND_BY_EMAIL, alice)).plan()
                .usesOperator("NodeByLabelScan");

        try (SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            assertThat(explain(driver, PersonRepository.FIND_BY_EMAIL, alice)).plan()
                    .usesIndex("Person", "email")
                    .doesNotUseOperator("NodeByLabelScan")
                    .doesNotUseOperator("AllNodesScan");
            assertThat(app.people().findByEmail("alice@example.com")).contains(new Person("alice@example.com", "Alice"));
        }
    }

    @Test
    void the_search_by_name_uses_the_name_index(Driver driver, Neo4jConnectionInfo neo4j) {
        try (SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            app.importer().importPeople(BulkImportTest.people().subList(0, 1_000));

            assertThat(explain(driver, PersonRepository.FIND_BY_NAME, Map.of("name", "Alice"))).plan()
                    .usesIndex("Person", "name");
            // an index seek touches the one match, not the 1,004 people
            assertThat(profile(driver, PersonRepository.FIND_BY_NAME, Map.of("name", "Person 7"))).profile()
                    .hasRows(1)
                    .hasTotalDbHitsAtMost(10);
            assertThat(app.people().findByName("Person 7")).containsExactly(new Person("person7@example.com", "Person 7"));
        }
    }

    @Test
    void a_duplicate_email_is_reported_as_DuplicateEmailException(Driver driver, Neo4jConnectionInfo neo4j) {
        try (SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            assertThatThrownBy(() -> app.people().changeEmail("bob@example.com", "alice@example.com"))
                    .isInstanceOf(DuplicateEmailException.class)
                    .hasMessage("The email address alice@example.com is already used by another person")
                    .cause()
                    .isInstanceOfSatisfying(ClientException.class, cause ->
                            assertThat(cause.code()).isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));

            assertThatGraph(driver)
                    .containsNode("(:Person {email: 'bob@example.com', name: 'Bob'})")
                    .containsNode("(:Person {email: 'alice@example.com', name: 'Alice'})")
                    .hasNodeCount("Person", 4);
        }
    }

    @Test
    void without_the_constraint_the_same_change_would_create_a_duplicate(Session session) {
        // what the constraint protects against: no application is started, so there is no schema. Rolled back,
        // so that the duplicate cannot trouble whatever runs next.
        try (Transaction tx = session.beginTransaction()) {
            tx.run(PersonRepository.CHANGE_EMAIL, Map.of("email", "bob@example.com", "newEmail", "alice@example.com"))
                    .consume();

            assertThat(tx.run("MATCH (p:Person {email: 'alice@example.com'}) RETURN p.name AS name ORDER BY name")
                            .list())
                    .extracting(record -> record.get("name").asString())
                    .containsExactly("Alice", "Bob");
            tx.rollback();
        }
    }

    @Test
    void changing_to_a_free_email_works(Driver driver, Neo4jConnectionInfo neo4j) {
        try (SocialGraphApp app = SocialGraphApp.start(ApplicationUnderTest.configFor(neo4j))) {
            assertThat(app.people().changeEmail("bob@example.com", "robert@example.com")).isTrue();
            assertThat(app.people().changeEmail("nobody@example.com", "somebody@example.com")).isFalse();

            assertThatGraph(driver)
                    .containsNode("(:Person {email: 'robert@example.com', name: 'Bob'})")
                    .doesNotContain("(:Person {email: 'bob@example.com'})")
                    .doesNotContain("(:Person {email: 'somebody@example.com'})");
        }
    }
}
