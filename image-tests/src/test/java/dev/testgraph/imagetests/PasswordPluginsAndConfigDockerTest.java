package dev.testgraph.imagetests;

import static dev.testgraph.imagetests.ServerQueries.setting;
import static dev.testgraph.imagetests.ServerQueries.singleValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The exact-version tag with what most users ask of Testcontainers' Neo4jContainer at once: a password, settings,
 * APOC by name and a plugin jar of their own. One container serves every test here (a start takes ~20 s).
 */
@RequiresDocker(images = PasswordPluginsAndConfigDockerTest.IMAGE)
class PasswordPluginsAndConfigDockerTest {

    static final String IMAGE = "neo4j:5.26.30-community";
    private static final String PASSWORD = "testgraph-secret";

    private static StartedNeo4j neo4j;
    private static Driver driver;

    @BeforeAll
    static void startContainer() {
        neo4j = StartedNeo4j.start(
                new Neo4jContainer(IMAGE)
                        .withAdminPassword(PASSWORD)
                        .withNeo4jConfig("db.transaction.timeout", "42s")
                        .withNeo4jConfig("server.bolt.thread_pool_max_size", "123")
                        .withPlugins("apoc")
                        .withPlugins(MountableFile.forHostPath(testPluginsDirectory())),
                AuthTokens.basic("neo4j", PASSWORD));
        driver = neo4j.driver();
    }

    @AfterAll
    static void stopContainer() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void should_accept_the_admin_password_on_docker() {
        assertThat(singleValue(driver, "RETURN 1 + 1").asInt()).isEqualTo(2);
    }

    @Test
    void should_reject_another_password_on_docker() {
        String boltUrl = neo4j.container().getBoltUrl();
        try (Driver wrongPassword = GraphDatabase.driver(boltUrl, AuthTokens.basic("neo4j", "not-" + PASSWORD))) {
            assertThatThrownBy(wrongPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void should_be_the_tagged_version_of_community_edition_on_docker() {
        Record component = driver.executableQuery(
                        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition")
                .execute()
                .records()
                .get(0);

        assertThat(component.get("name").asString()).isEqualTo("Neo4j Kernel");
        assertThat(component.get("versions").asList(value -> value.asString())).containsExactly("5.26.30");
        assertThat(component.get("edition").asString()).isEqualTo("community");
    }

    @Test
    void should_apply_withNeo4jConfig_settings_as_show_settings_reads_them_on_docker() {
        assertThat(setting(driver, "db.transaction.timeout")).isEqualTo("42s");
        // An underscore in the name travels as a double underscore in the environment variable.
        assertThat(setting(driver, "server.bolt.thread_pool_max_size")).isEqualTo("123");
    }

    @Test
    void should_apply_withNeo4jConfig_settings_as_dbms_listConfig_reads_them_on_docker() {
        String value = singleValue(
                        driver,
                        "CALL dbms.listConfig($name) YIELD name, value WHERE name = $name RETURN value",
                        Map.of("name", "server.bolt.thread_pool_max_size"))
                .asString();

        assertThat(value).isEqualTo("123");
    }

    @Test
    void should_listen_on_all_interfaces_like_the_official_image_on_docker() {
        assertThat(setting(driver, "server.default_listen_address")).isEqualTo("0.0.0.0");
    }

    @Test
    void should_run_apoc_procedures_after_withPlugins_apoc_on_docker() {
        driver.executableQuery("MERGE (:ApocImageTest {name: 'Alice'})").execute();

        Record exported = driver.executableQuery(
                        """
                        MATCH (n:ApocImageTest) WITH collect(n) AS nodes
                        CALL apoc.export.json.data(nodes, [], null, {stream: true}) YIELD nodes AS count, data
                        RETURN count, data""")
                .execute()
                .records()
                .get(0);

        assertThat(singleValue(driver, "RETURN apoc.version()").asString()).startsWith("5.26.");
        assertThat(exported.get("count").asLong()).isEqualTo(1);
        assertThat(exported.get("data").asString())
                .contains("\"labels\":[\"ApocImageTest\"]")
                .contains("\"name\":\"Alice\"");
    }

    @Test
    void should_load_a_plugin_jar_copied_in_by_withPlugins_on_docker() {
        String answer = singleValue(driver, "CALL testgraph.imageTests.echo('hello') YIELD value RETURN value")
                .asString();

        assertThat(answer).isEqualTo("hello from a plugin jar");
    }

    @Test
    void should_not_send_usage_data_on_docker() {
        assertThat(setting(driver, "dbms.usage_report.enabled")).isEqualTo("false");
    }

    @Test
    void should_run_the_server_as_user_neo4j_not_root_on_docker() throws Exception {
        assertThat(neo4j.javaProcessUsers()).containsExactly("neo4j 7474");
    }

    /** The folder holding the test procedure's jar, for {@code withPlugins(MountableFile)}. */
    static Path testPluginsDirectory() {
        Path directory = Path.of(System.getProperty("testgraph.imagetests.plugins", "target/test-plugins"));
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(directory.toAbsolutePath()
                    + " does not exist: run the tests through Maven, which packs the test procedure there");
        }
        return directory;
    }
}
