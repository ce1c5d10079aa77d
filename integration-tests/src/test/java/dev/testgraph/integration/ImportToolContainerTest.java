package dev.testgraph.integration;

import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.testgraph.fixtures.FixtureFormat;
import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.junit.Neo4jTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * CSV fixtures against Neo4j's own import tool, {@code neo4j-admin database import full}, run in a container of the
 * image before its server starts (see {@link ImportTool}): a graph of every type Testgraph exports with
 * {@code Fixtures.export(..., CSV)} is imported by the tool as the same graph, on 5.26 and on a calendar release; and
 * files written by hand in the tool's documented header format give the same graph read by Testgraph as imported by
 * the tool. Both sides are compared with the whole-graph assertion. Runs in the Testcontainers run of the suite; the
 * source graph is on that run's server.
 */
@Neo4jTest
@ExtendWith(BackendUnderTest.class)
class ImportToolContainerTest {

    static final String IMAGE = "neo4j:5.26-community";
    static final String CALENDAR_IMAGE = CalendarReleaseContainerTest.IMAGE;

    @BeforeAll
    static void onContainers() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"),
                "the import tool runs in containers; this runs in the Testcontainers run of the suite");
        if (!BackendUnderTest.dockerRequired()) {
            assumeTrue(imageIsHere(CALENDAR_IMAGE), CALENDAR_IMAGE + " is not in the local Docker engine: build it"
                    + " with docker/offline-image/build.sh --neo4j-version 2026.08.1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {IMAGE, CALENDAR_IMAGE})
    void a_graph_of_every_type_exported_as_csv_is_imported_by_neo4j_admin_as_the_same_graph(String image,
            Driver driver, @TempDir Path directory) throws IOException {
        FixtureGraph source = Fixtures.read("import-tool/every-type.json");
        Fixtures.load(driver, source);
        String exported = Fixtures.export(driver);
        Path descriptor = Fixtures.export(driver, directory.resolve("graph.csv-fixture.json"), FixtureFormat.CSV);

        try (Neo4jContainer container = ImportTool.container(image, descriptor)) {
            ImportTool.start(container);
            try (Driver imported = GraphDatabase.driver(container.getBoltUrl(), AuthTokens.none())) {
                assertThatGraph(imported).isEqualTo(source);
                assertThat(Fixtures.export(imported)).isEqualTo(exported);
            }
        }
    }

    @Test
    void files_written_by_hand_for_neo4j_admin_read_by_testgraph_give_the_graph_the_tool_imports()
            throws IOException {
        Path descriptor = resource("import-tool/handwritten/movies.csv-fixture.json");
        FixtureGraph read = Fixtures.read(descriptor);

        try (Neo4jContainer container = ImportTool.container(IMAGE, descriptor)) {
            ImportTool.start(container);
            try (Driver imported = GraphDatabase.driver(container.getBoltUrl(), AuthTokens.none())) {
                assertThatGraph(imported).isEqualTo(read);
            }
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ImportToolContainerTest.class.getClassLoader().getResource(name),
                    name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean imageIsHere(String image) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
