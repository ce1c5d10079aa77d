package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.testcontainers.DockerClientFactory;

/**
 * {@code @Neo4jTest} on a calendar release of Neo4j (2026.08) in a container: the small-server settings are accepted,
 * the fixture loads, and Testgraph's server plugin, compiled against Neo4j 5.26, loads and tracks changes there.
 * Needs the image {@value #IMAGE} ({@code docker/offline-image/build.sh --neo4j-version 2026.08.1}); without it the
 * class is skipped, unless Docker is required (as in CI).
 */
@ExtendWith(BackendUnderTest.class)
class CalendarReleaseContainerTest {

    static final String IMAGE = "neo4j:2026.08-community";

    @BeforeAll
    static void onContainersWithTheImage() {
        assumeTrue(BackendUnderTest.backend().equals("testcontainers"),
                "a container of a calendar release; this runs in the Testcontainers run of the suite");
        if (!BackendUnderTest.dockerRequired()) {
            assumeTrue(imageIsHere(), IMAGE + " is not in the local Docker engine: build it with"
                    + " docker/offline-image/build.sh --neo4j-version 2026.08.1");
        }
    }

    @Test
    void runs_fixture_tests_on_2026_08_and_skips_resets_after_read_only_tests() {
        EngineExecutionResults results = Kit.run(OnCalendarRelease.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        List<String> kinds = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("testgraph"))
                .map(ChangeTrackingTest::kind)
                .toList();
        assertThat(kinds).containsExactly(
                "reset: first test on this server since a load", // 1 reads
                ChangeTrackingTest.REUSED,                        // 2 writes
                "UNDONE");                                        // 3 sees the fixture only (the write undone)
        assertThat(Kit.recorded("kernel")).containsExactly("Neo4j Kernel 2026.08.1 community");
        assertThat(Kit.recorded("default language")).containsExactly("CYPHER_5");
    }

    private static boolean imageIsHere() {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Neo4jTest(backend = Backend.TESTCONTAINERS, image = IMAGE)
    @Fixture("social/people.json")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OnCalendarRelease {

        @Test
        @Order(1)
        void reads(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
            org.neo4j.driver.Record kernel = driver.executableQuery(
                            "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel'"
                                    + " RETURN name, versions[0] AS version, edition")
                    .execute()
                    .records()
                    .get(0);
            Kit.record("kernel", kernel.get("name").asString() + " " + kernel.get("version").asString() + " "
                    + kernel.get("edition").asString());
            Kit.record("default language", driver.executableQuery(
                            "SHOW SETTINGS YIELD name, value WHERE name = 'db.query.default_language' RETURN value")
                    .execute()
                    .records()
                    .get(0)
                    .get("value")
                    .asString());
        }

        @Test
        @Order(2)
        void writes(Driver driver) {
            driver.executableQuery("CREATE (:Person:Extra {name: 'Dave'})").execute();
        }

        @Test
        @Order(3)
        void sees_the_fixture_only(Driver driver) {
            assertThat(Kit.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
        }
    }
}
