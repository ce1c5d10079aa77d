package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** One server per configuration: shared by equal configurations, separate for different ones. */
@ExtendWith(BackendUnderTest.class)
class SharingTest {

    @Test
    void classes_with_the_same_configuration_share_one_server_and_a_different_configuration_gets_its_own() {
        EngineExecutionResults results = Kit.run(First.class, Second.class, ViaMetaAnnotation.class, Inherits.class,
                OtherSettings.class);

        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
        var uris = Kit.recorded("uri");
        assertThat(uris.subList(0, 5)).as("same configuration").containsOnly(uris.get(0));
        if (BackendUnderTest.backend().equals("external")) {
            // settings cannot change an external server: it is always the one configured server
            assertThat(uris.get(5)).isEqualTo(uris.get(0));
        } else {
            assertThat(uris.get(5)).as("other settings").isNotEqualTo(uris.get(0));
        }
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Neo4jTest
    @interface IntegrationTest {}

    @Neo4jTest
    static class First {
        @Test
        void records(Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
        }
    }

    @Neo4jTest
    static class Second {
        @Test
        void records(Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
        }
    }

    @IntegrationTest
    static class ViaMetaAnnotation {
        @Test
        void records(Neo4jConnectionInfo details) {
            Kit.record("uri", details.boltUri());
        }
    }

    static class Inherits extends First {
        @Nested
        class Inner {
            @Test
            void records(Neo4jConnectionInfo details) {
                Kit.record("uri", details.boltUri());
            }
        }
    }

    @Neo4jTest(settings = "db.transaction.timeout=42s")
    static class OtherSettings {
        @Test
        void records(Neo4jConnectionInfo details, org.neo4j.driver.Driver driver) {
            Kit.record("uri", details.boltUri());
            if (!BackendUnderTest.backend().equals("external")) {
                String timeout = driver.executableQuery(
                                "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
                        .execute().records().get(0).get("value").asString();
                assertThat(timeout).isEqualTo("42s");
            }
        }
    }
}
