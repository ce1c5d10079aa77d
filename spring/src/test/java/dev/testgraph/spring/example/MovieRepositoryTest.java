package dev.testgraph.spring.example;

import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application against Testgraph's server: no properties, no static fields. application.properties names a
 * server that is not there and a wrong password; the tests pass because Testgraph's connection details win.
 */
@Neo4jTest
@SpringBootTest
@Fixture("movies.json")
class MovieRepositoryTest {

    @Autowired
    MovieRepository movies;

    @Autowired
    CastingService casting;

    private Driver applicationDriver;

    @BeforeEach
    void setUp(@Autowired Driver driver) {
        // @Autowired parameters belong to Spring: Testgraph does not compete for them
        this.applicationDriver = driver;
    }

    @Test
    void finds_movies_by_a_derived_query() {
        assertThat(movies.findByReleasedGreaterThanOrderByTitle(2000))
                .extracting(Movie::getTitle)
                .containsExactly("The Matrix Reloaded");
    }

    @Test
    void finds_co_actors_by_a_custom_query() {
        assertThat(movies.findCoActorNames("Keanu Reeves")).containsExactly("Carrie-Anne Moss", "Laurence Fishburne");
    }

    @Test
    void maps_the_fixture_with_its_relationships() {
        Movie matrix = movies.findById("The Matrix").orElseThrow();

        assertThat(matrix.getActors())
                .extracting(role -> role.getPerson().getName(), Role::getRoles)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Keanu Reeves", List.of("Neo")),
                        org.assertj.core.groups.Tuple.tuple("Carrie-Anne Moss", List.of("Trinity")),
                        org.assertj.core.groups.Tuple.tuple("Laurence Fishburne", List.of("Morpheus")));
    }

    @Test
    void casting_writes_through_the_application_driver(Driver testgraphDriver) {
        casting.cast("The Matrix Reloaded", new Person("Hugo Weaving", 1960), "Agent Smith");

        // the assertions work on the application's driver and on Testgraph's: one server
        assertThatGraph(applicationDriver).containsRelationship(
                "(:Person {name: 'Hugo Weaving'})-[:ACTED_IN {roles: ['Agent Smith']}]->(:Movie {title: 'The Matrix Reloaded'})");
        assertThatGraph(testgraphDriver).hasNodeCount("Person", 4);
        assertThat(movies.findCoActorNames("Hugo Weaving")).containsExactly("Keanu Reeves");
    }

    @Test
    void refuses_to_cast_in_a_missing_movie() {
        assertThatThrownBy(() -> casting.cast("Speed", new Person("Sandra Bullock", 1964), "Annie"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No movie titled Speed");
        assertThatGraph(applicationDriver).hasNodeCount("Person", 3);
    }
}
