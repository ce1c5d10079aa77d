package dev.testgraph.imagetests;

import static dev.testgraph.imagetests.ServerQueries.setting;
import static dev.testgraph.imagetests.ServerQueries.singleValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The floating tag Testgraph uses by default, without authentication, configured through a {@code /conf} file and
 * a heap size. One container serves every test here.
 */
@RequiresDocker(images = NoAuthenticationFloatingTagDockerTest.IMAGE)
class NoAuthenticationFloatingTagDockerTest {

    static final String IMAGE = "neo4j:5.26-community";

    private static StartedNeo4j neo4j;
    private static Driver driver;

    @BeforeAll
    static void startContainer() {
        neo4j = StartedNeo4j.start(
                new Neo4jContainer(IMAGE)
                        .withoutAuthentication()
                        // A file in /conf replaces the image's configuration, as in the official image.
                        .withCopyToContainer(Transferable.of("db.transaction.timeout=7s"), "/conf/neo4j.conf")
                        // Neo4j's way of writing a size, which the JVM does not read as it is.
                        .withNeo4jConfig("server.memory.heap.max_size", "512MiB")
                        // The offline image never sends usage data, even when asked to.
                        .withNeo4jConfig("dbms.usage_report.enabled", "true"),
                AuthTokens.none());
        driver = neo4j.driver();
    }

    @AfterAll
    static void stopContainer() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void should_answer_queries_without_credentials_on_docker() {
        assertThat(singleValue(driver, "RETURN 'no password'").asString()).isEqualTo("no password");
        assertThat(setting(driver, "dbms.security.auth_enabled")).isEqualTo("false");
    }

    @Test
    void should_be_a_5_26_patch_release_on_docker() {
        assertThat(singleValue(driver, "CALL dbms.components() YIELD versions RETURN versions[0]")
                        .asString())
                .startsWith("5.26.");
    }

    @Test
    void should_read_the_configuration_from_a_file_in_conf_on_docker() {
        assertThat(setting(driver, "db.transaction.timeout")).isEqualTo("7s");
    }

    @Test
    void should_give_the_jvm_the_heap_size_of_the_settings_on_docker() {
        long maxHeap = singleValue(
                        driver,
                        """
                        CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
                        RETURN attributes.HeapMemoryUsage.value.properties.max""")
                .asLong();

        assertThat(maxHeap).isEqualTo(512L * 1024 * 1024);
    }

    @Test
    void should_keep_usage_reporting_off_even_when_asked_to_enable_it_on_docker() {
        assertThat(setting(driver, "dbms.usage_report.enabled")).isEqualTo("false");
    }
}
