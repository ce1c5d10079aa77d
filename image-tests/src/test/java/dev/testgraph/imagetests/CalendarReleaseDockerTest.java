package dev.testgraph.imagetests;

import static dev.testgraph.imagetests.ServerQueries.setting;
import static dev.testgraph.imagetests.ServerQueries.singleValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Neo4j's calendar releases (2025.01 on): the image docker/offline-image builds for them runs on Java 21, starts the
 * renamed main class, and keeps Fleet Manager and its discovery broadcasts off along with usage reports. One
 * container serves every test here, with what users ask of Testcontainers' Neo4jContainer.
 */
@RequiresDocker(images = {CalendarReleaseDockerTest.IMAGE, CalendarReleaseDockerTest.FLOATING_IMAGE})
class CalendarReleaseDockerTest {

    static final String IMAGE = "neo4j:2026.08.1-community";
    static final String FLOATING_IMAGE = "neo4j:2026.08-community";
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
                        .withNeo4jConfig("server.memory.heap.max_size", "512MiB")
                        // Whatever is asked, nothing is sent off the machine.
                        .withNeo4jConfig("dbms.usage_report.enabled", "true")
                        .withNeo4jConfig("dbms.fleet_manager.enabled", "true")
                        .withNeo4jConfig("server.fleet_discovery.enabled", "true")
                        .withPlugins(MountableFile.forHostPath(PasswordPluginsAndConfigDockerTest.testPluginsDirectory())),
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
    void should_be_the_tagged_calendar_release_of_community_edition_on_docker() {
        List<Record> components = driver.executableQuery(
                        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition")
                .execute()
                .records();

        assertThat(components).extracting(component -> component.get("name").asString())
                .containsExactly("Neo4j Kernel", "Cypher");
        assertThat(components.get(0).get("versions").asList(value -> value.asString())).containsExactly("2026.08.1");
        assertThat(components.get(0).get("edition").asString()).isEqualTo("community");
        assertThat(components.get(1).get("versions").asList(value -> value.asString())).containsExactly("5", "25");
    }

    @Test
    void should_run_cypher_5_by_default_like_the_official_image_on_docker() {
        assertThat(setting(driver, "db.query.default_language")).isEqualTo("CYPHER_5");
    }

    @Test
    void should_accept_the_admin_password_and_reject_another_on_docker() {
        assertThat(singleValue(driver, "RETURN 1 + 1").asInt()).isEqualTo(2);
        try (Driver wrongPassword = GraphDatabase.driver(
                neo4j.container().getBoltUrl(), AuthTokens.basic("neo4j", "not-" + PASSWORD))) {
            assertThatThrownBy(wrongPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void should_apply_withNeo4jConfig_settings_and_listen_on_all_interfaces_on_docker() {
        assertThat(setting(driver, "db.transaction.timeout")).isEqualTo("42s");
        assertThat(setting(driver, "server.bolt.thread_pool_max_size")).isEqualTo("123");
        assertThat(setting(driver, "server.default_listen_address")).isEqualTo("0.0.0.0");
    }

    @Test
    void should_run_on_java_21_with_the_heap_size_of_the_settings_on_docker() {
        Record jvm = driver.executableQuery(
                        """
                        CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes AS runtime
                        CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes AS memory
                        RETURN runtime.SpecVersion.value AS java,
                               memory.HeapMemoryUsage.value.properties.max AS maxHeap""")
                .execute()
                .records()
                .get(0);

        assertThat(jvm.get("java").asString()).isEqualTo("21");
        assertThat(jvm.get("maxHeap").asLong()).isEqualTo(512L * 1024 * 1024);
    }

    @Test
    void should_load_a_plugin_jar_copied_in_by_withPlugins_on_docker() {
        String answer = singleValue(driver, "CALL testgraph.imageTests.echo('hello') YIELD value RETURN value")
                .asString();

        assertThat(answer).isEqualTo("hello from a plugin jar");
    }

    @Test
    void should_keep_usage_reports_and_fleet_manager_off_even_when_asked_on_docker() {
        assertThat(setting(driver, "dbms.usage_report.enabled")).isEqualTo("false");
        assertThat(setting(driver, "dbms.fleet_manager.enabled")).isEqualTo("false");
        assertThat(setting(driver, "server.fleet_discovery.enabled")).isEqualTo("false");
        assertThat(neo4j.container().getLogs())
                .contains("server.fleet_discovery.enabled=true is ignored: this image never sends data off the machine")
                .doesNotContain("Fleet discovery broadcasts have been enabled");
    }

    @Test
    void should_run_the_server_as_user_neo4j_not_root_on_docker() throws Exception {
        assertThat(neo4j.javaProcessUsers()).containsExactly("neo4j 7474");
    }

    @Test
    void should_lead_a_browser_from_http_root_to_neo4j_browser_on_docker() throws IOException {
        // HttpURLConnection sends Java's default Accept header, as Testcontainers' HTTP wait does, and follows the
        // redirect to /browser/.
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(neo4j.container().getHttpUrl() + "/").toURL().openConnection();
        try (InputStream body = connection.getInputStream()) {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(connection.getURL().getPath()).isEqualTo("/browser/");
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("<title>Neo4j Browser</title>");
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void should_tag_the_floating_version_as_the_same_image_on_docker() {
        var docker = DockerClientFactory.instance().client();

        assertThat(docker.inspectImageCmd(FLOATING_IMAGE).exec().getId())
                .isEqualTo(docker.inspectImageCmd(IMAGE).exec().getId());
    }

    @Test
    void should_refuse_apoc_which_maven_central_has_not_for_calendar_releases_on_docker() throws Exception {
        ContainerExit exit = ContainerExit.run(FLOATING_IMAGE, "NEO4J_PLUGINS=[\"apoc\"]");

        assertThat(exit.code()).as("exit code; output:%n%s", exit.output()).isEqualTo(1);
        assertThat(exit.output())
                .contains("unknown plugin \"apoc\" in NEO4J_PLUGINS; this offline image has: none")
                .doesNotContain("Starting...");
    }
}
