package dev.testgraph.spring.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import dev.testgraph.spring.example.MovieRepository;
import dev.testgraph.spring.example.MoviesApplication;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * BENCHMARKS.md, "Spring Boot": 20 Spring test classes of 5 tests each, with Testgraph ({@code @Neo4jTest}, one
 * server and one application context) and with Boot's documented {@code @ServiceConnection} pattern (a container per
 * class, a context per container, a clean and a load before each test). Not part of the build: run it with
 * {@code ./mvnw -B verify -pl spring -am -Dtest=ServiceConnectionComparisonBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtestgraph.spring.backend=testcontainers} and Docker's environment; it
 * prints the times.
 */
class ServiceConnectionComparisonBenchmark {

    static final String IMAGE = "neo4j:5.26-community";
    static final String FIXTURE = "CREATE (matrix:Movie {title: 'The Matrix', released: 1999}), "
            + "(reloaded:Movie {title: 'The Matrix Reloaded', released: 2003}), "
            + "(keanu:Person {name: 'Keanu Reeves', born: 1964}), (carrie:Person {name: 'Carrie-Anne Moss', born: 1967}), "
            + "(laurence:Person {name: 'Laurence Fishburne', born: 1961}), "
            + "(keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix), (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix), "
            + "(laurence)-[:ACTED_IN {roles: ['Morpheus']}]->(matrix), (keanu)-[:ACTED_IN {roles: ['Neo']}]->(reloaded)";

    @Test
    void testgraph_against_service_connection() {
        long start = System.nanoTime();
        EngineExecutionResults testgraph = run("Testgraph");
        Duration testgraphTime = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        EngineExecutionResults serviceConnection = run("ServiceConnection");
        Duration serviceConnectionTime = Duration.ofNanos(System.nanoTime() - start);

        assertThat(testgraph.testEvents().succeeded().count()).isEqualTo(100);
        assertThat(serviceConnection.testEvents().succeeded().count()).isEqualTo(100);
        System.out.printf("Spring benchmark (20 classes x 5 tests): Testgraph (%s) %d ms, @ServiceConnection %d ms,"
                        + " ratio %.1f%n", System.getProperty("testgraph.backend"), testgraphTime.toMillis(),
                serviceConnectionTime.toMillis(), (double) serviceConnectionTime.toMillis() / testgraphTime.toMillis());
    }

    private static EngineExecutionResults run(String prefix) {
        DiscoverySelector[] selectors = Arrays.stream(ServiceConnectionComparisonBenchmark.class.getDeclaredClasses())
                .filter(type -> type.getSimpleName().startsWith(prefix))
                .map(type -> selectClass(type))
                .toArray(DiscoverySelector[]::new);
        assertThat(selectors).hasSize(20);
        return EngineTestKit.engine("junit-jupiter").selectors(selectors).execute();
    }

    static Neo4jContainer<?> container() {
        return new Neo4jContainer<>(IMAGE).withoutAuthentication()
                .withNeo4jConfig("dbms.usage_report.enabled", "false");
    }

    /** The same five repository tests in every class. */
    abstract static class FiveTests {
        @Autowired
        MovieRepository movies;

        @Test
        void derived() {
            assertThat(movies.findByReleasedGreaterThanOrderByTitle(2000)).hasSize(1);
        }

        @Test
        void custom() {
            assertThat(movies.findCoActorNames("Keanu Reeves")).hasSize(2);
        }

        @Test
        void byId() {
            assertThat(movies.findById("The Matrix")).isPresent();
        }

        @Test
        void count() {
            assertThat(movies.count()).isEqualTo(2);
        }

        @Test
        void all() {
            assertThat(movies.findAll()).hasSize(2);
        }
    }

    /** What a {@code @ServiceConnection} class does before each test: clean and load with the application's driver. */
    abstract static class FiveTestsWithOwnCleanAndLoad extends FiveTests {
        @BeforeEach
        void cleanAndLoad(@Autowired Driver driver) {
            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
            driver.executableQuery(FIXTURE).execute();
        }
    }

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph01 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph02 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph03 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph04 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph05 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph06 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph07 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph08 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph09 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph10 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph11 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph12 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph13 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph14 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph15 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph16 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph17 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph18 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph19 extends FiveTests {}

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Fixture("dev/testgraph/spring/example/movies.json")
    static class Testgraph20 extends FiveTests {}

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection01 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection02 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection03 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection04 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection05 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection06 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection07 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection08 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection09 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection10 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection11 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection12 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection13 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection14 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection15 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection16 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection17 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection18 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection19 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }

    @Testcontainers
    @SpringBootTest(classes = MoviesApplication.class)
    static class ServiceConnection20 extends FiveTestsWithOwnCleanAndLoad {
        @Container
        @ServiceConnection
        static Neo4jContainer<?> neo4j = container();
    }
}
