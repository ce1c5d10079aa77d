package dev.testgraph.examples;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;

/**
 * Practice: an async service on {@code AsyncSession} with managed transactions ({@code executeReadAsync},
 * {@code executeWriteAsync}) that returns {@link CompletionStage}s, never blocks the caller, and closes its
 * sessions.
 */
@Neo4jTest(keepSchema = true) // the application creates its schema once, at start-up: keep it between tests
@Fixture("people.json")
class AsyncServiceTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

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
    void finds_a_person() {
        assertThat(app.async().findByEmail("alice@example.com"))
                .succeedsWithin(TIMEOUT)
                .isEqualTo(Optional.of(new Person("alice@example.com", "Alice")));
        assertThat(app.async().findByEmail("nobody@example.com"))
                .succeedsWithin(TIMEOUT)
                .isEqualTo(Optional.empty());
    }

    @Test
    void lists_interests() {
        assertThat(app.async().interestsOf("alice@example.com"))
                .succeedsWithin(TIMEOUT)
                .isEqualTo(List.of("chess", "climbing"));
    }

    @Test
    void adds_an_interest_once(AsyncSession session) {
        assertThat(app.async().addInterest("carol@example.com", "chess")).succeedsWithin(TIMEOUT).isEqualTo(true);
        assertThat(app.async().addInterest("carol@example.com", "chess")).succeedsWithin(TIMEOUT).isEqualTo(false);

        // checked with the injected AsyncSession, the way an async test reads
        CompletionStage<Long> chessFans = session.executeReadAsync(tx -> tx.runAsync(
                        "MATCH (:Person)-[:INTERESTED_IN]->(:Interest {name: $name}) RETURN count(*) AS fans",
                        Map.of("name", "chess"))
                .thenCompose(ResultCursor::singleAsync)
                .thenApply(record -> record.get("fans").asLong()));
        assertThat(chessFans).succeedsWithin(TIMEOUT).isEqualTo(3L);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void does_not_block_the_caller_while_the_database_is_busy(Session session, Driver driver) {
        CompletionStage<Boolean> added;
        try (Transaction blocking = session.beginTransaction()) {
            // an uncommitted interest holds the uniqueness lock on its name, so the service's MERGE must wait
            blocking.run("CREATE (:Interest {name: 'origami'})").consume();

            added = app.async().addInterest("dave@example.com", "origami");

            // the call returned although its transaction cannot finish before ours commits
            assertThat(added).isNotDone();
            blocking.commit();
        }

        assertThat(added).succeedsWithin(TIMEOUT).isEqualTo(true);
        assertThatGraph(driver)
                .hasNodeCount("Interest", 3)
                .containsRelationship("(:Person {email: 'dave@example.com'})-[:INTERESTED_IN]->(:Interest {name: 'origami'})");
    }

    @Test
    void many_concurrent_calls_share_a_small_pool(Neo4jConnectionInfo neo4j) {
        SocialGraphConfig twoConnections = ApplicationUnderTest.configFor(neo4j)
                .withMaxConnectionPoolSize(2)
                .withConnectionAcquisitionTimeout(Duration.ofSeconds(20));
        try (SocialGraphApp small = SocialGraphApp.start(twoConnections)) {
            List<CompletionStage<List<String>>> calls = IntStream.range(0, 200)
                    .mapToObj(i -> small.async().interestsOf(i % 2 == 0 ? "alice@example.com" : "bob@example.com"))
                    .toList();

            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i))
                        .succeedsWithin(TIMEOUT)
                        .isEqualTo(i % 2 == 0 ? List.of("chess", "climbing") : List.of("chess"));
            }
        }
    }
}
