package dev.testgraph.spring.example;

import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repository slice: {@code @DataNeo4jTest} runs each test in a transaction it rolls back, so the next test finds
 * the database unchanged (and Testgraph reuses it). Written with Spring's annotation first and one test instance per
 * class, the order and lifecycle in which Spring builds its context before Testgraph's {@code beforeAll}.
 */
@RepositorySlice // @DataNeo4jTest of the Boot line under test
@Neo4jTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Fixture("movies.json")
class MovieRepositoryDataNeo4jTest {

    @Autowired
    MovieRepository movies;

    @Test
    void saves_a_movie_inside_the_test_transaction() {
        movies.save(new Movie("Speed", 1994, List.of(new Role(new Person("Keanu Reeves", 1964), List.of("Jack")))));

        assertThat(movies.findByReleasedGreaterThanOrderByTitle(1990)).extracting(Movie::getTitle)
                .containsExactly("Speed", "The Matrix", "The Matrix Reloaded");
    }

    @Test
    void the_rolled_back_movie_is_gone(Driver driver) {
        // Testgraph's driver reads committed data only: the test transaction of Spring is not committed
        assertThatGraph(driver).hasNodeCount("Movie", 2).doesNotContain("(:Movie {title: 'Speed'})");
        assertThat(movies.count()).isEqualTo(2);
    }
}
