package dev.testgraph.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Change tracking sees writes made through the application's own driver (a repository, a service): the next test
 * resets. After a read-only test, and after a {@code @DataNeo4jTest} test whose transaction Spring rolled back, the
 * next test reuses the loaded fixture with no clean and no load. Runs on the embedded backend, and in containers with
 * {@code -Dtestgraph.spring.backend=testcontainers}.
 */
class ChangeTrackingTest {

    private static final String REUSED = "reused fixture state";
    private static final String FIRST = "reset: first test on this server since a load";
    private static final String CHANGED = "reset: transactions since load";

    @Test
    void a_write_through_the_application_resets_and_a_read_only_or_rolled_back_test_does_not() {
        EngineExecutionResults results = Kit.run(ThroughTheApplication.class, RolledBack.class);

        assertThat(results.testEvents().succeeded().count()).as(Kit.failures(results)).isEqualTo(6);
        assertThat(Kit.resets(results, ThroughTheApplication.class)).containsExactly(FIRST, REUSED, CHANGED);
        // second on the same server and fixture: its first test reuses what the last read-only test left, and the
        // write Spring rolled back costs the next test nothing
        assertThat(Kit.resets(results, RolledBack.class)).containsExactly(REUSED, REUSED, REUSED);
    }

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("movies.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ThroughTheApplication {
        @Autowired
        MovieRepository movies;

        @Autowired
        CastingService casting;

        @Test
        @Order(1)
        void reads() {
            assertThat(movies.count()).isEqualTo(2);
        }

        @Test
        @Order(2)
        void writes_through_a_service() {
            casting.cast("The Matrix", new Person("Hugo Weaving", 1960), "Agent Smith");
            assertThat(movies.findCoActorNames("Hugo Weaving")).hasSize(3);
        }

        @Test
        @Order(3)
        void finds_the_fixture_again() {
            assertThat(movies.findCoActorNames("Keanu Reeves")).containsExactly("Carrie-Anne Moss", "Laurence Fishburne");
        }
    }

    @RepositorySlice // @DataNeo4jTest of the Boot line under test
    @Neo4jTest
    @Fixture("movies.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class RolledBack {
        @Autowired
        MovieRepository movies;

        @Test
        @Order(1)
        void writes_in_the_test_transaction() {
            movies.save(new Movie("Speed", 1994, List.of()));
            assertThat(movies.count()).isEqualTo(3);
        }

        @Test
        @Order(2)
        void reads() {
            assertThat(movies.count()).isEqualTo(2);
        }

        @Test
        @Order(3)
        void reads_again() {
            assertThat(movies.findById("Speed")).isEmpty();
        }
    }
}
