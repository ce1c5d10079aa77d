package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.junit.Neo4jConnectionInfo;
import dev.testgraph.junit.Neo4jTest;
import dev.testgraph.junit.spi.Neo4jServerProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/**
 * A backend that is not Testgraph's: {@link FakeCloudProvider}, registered through {@code META-INF/services} in this
 * module's test class path only, is used by {@code @Neo4jTest} like the built-in ones (same on every run of the
 * suite: the class names its backend).
 */
class ThirdPartyProviderTest {

    @BeforeAll
    static void providerRegistered() {
        // the run that puts the provider's services entry on the class path (see this module's pom); a -Dtest filter
        // may select this class in the other runs too, where there is nothing to test
        assumeTrue(ServiceLoader.load(Neo4jServerProvider.class).stream()
                        .anyMatch(provider -> provider.type() == FakeCloudProvider.class),
                "FakeCloudProvider is registered only in the third-party-provider run of this module");
    }

    @Test
    void a_provider_registered_through_service_loading_gives_the_server_and_testgraph_cleans_it() {
        FakeCloudProvider.REQUESTS.clear();

        EngineExecutionResults results = Kit.run(OnTheFakeCloud.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(FakeCloudProvider.REQUESTS).hasSize(1);
        assertThat(FakeCloudProvider.REQUESTS.get(0).settings()).containsEntry("dbms.usage_report.enabled", "false")
                .containsEntry("db.transaction.timeout", "30s");
        assertThat(FakeCloudProvider.REQUESTS.get(0).description()).isEqualTo(OnTheFakeCloud.class.getName());
        assertThat(Kit.recorded("backend")).containsOnly("fake-cloud");
        assertThat(Kit.recorded("builtIn")).containsOnly("none");
        // each test saw only its own node: the clean ran on the third-party server as on any other
        assertThat(Kit.recorded("nodes")).containsExactly(1L, 1L);
    }

    @Test
    void an_unavailable_provider_says_why_and_what_to_do() {
        EngineExecutionResults results = MisconfigurationTest.withProperty("testgraph.fakeCloud.enabled", "false",
                () -> Kit.run(OnTheFakeCloud.class));

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(OnTheFakeCloud.class),
                finishedWithFailure(message(OnTheFakeCloud.class.getName() + " asks for the fake-cloud backend, but"
                        + " the fake cloud is switched off. Set testgraph.fakeCloud.enabled=true."))));
    }

    @Test
    void an_unknown_backend_name_lists_the_third_party_ones_too() {
        EngineExecutionResults results = MisconfigurationTest.withProperty("testgraph.backend", "fake-clod",
                () -> Kit.run(MisconfigurationTest.Plain.class));

        results.containerEvents().assertThatEvents().haveAtLeastOne(event(finishedWithFailure(message(
                "Testgraph cannot use 'fake-clod' from system property testgraph.backend: use one of auto,"
                        + " testcontainers, embedded, external, fake-cloud. Change or remove the system property"
                        + " testgraph.backend."))));
    }

    @Neo4jTest(backendName = "fake-cloud", settings = "db.transaction.timeout=30s")
    static class OnTheFakeCloud {
        @Test
        void first(Driver driver, Neo4jConnectionInfo details) {
            writeAndRecord(driver, details);
        }

        @Test
        void second(Driver driver, Neo4jConnectionInfo details) {
            writeAndRecord(driver, details);
        }

        private static void writeAndRecord(Driver driver, Neo4jConnectionInfo details) {
            driver.executableQuery("CREATE (:Written)").execute();
            Kit.record("nodes", Kit.count(driver, "MATCH (n) RETURN count(n)"));
            Kit.record("backend", details.backendName());
            Kit.record("builtIn", details.backend() == null ? "none" : details.backend().name());
        }
    }
}
