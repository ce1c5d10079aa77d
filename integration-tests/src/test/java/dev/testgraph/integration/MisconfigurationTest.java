package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Fixture;
import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.Neo4jTest;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/** Wrong configuration gets a message that says what is wrong and how to fix it. */
@ExtendWith(BackendUnderTest.class)
class MisconfigurationTest {

    @Test
    void a_setting_without_equals_sign_names_the_class_and_the_expected_form() {
        EngineExecutionResults results = Kit.run(SettingWithoutValue.class);

        assertClassFailed(results, "Testgraph cannot read the Neo4j setting(s) [db.transaction.timeout] in"
                + " @Neo4jTest on " + SettingWithoutValue.class.getName() + " (settings): write each as"
                + " \"key=value\", e.g. \"db.transaction.timeout=10s\".");
    }

    @Test
    void turning_usage_reporting_on_is_refused() {
        EngineExecutionResults results = Kit.run(UsageReportOn.class);

        assertClassFailed(results, "@Neo4jTest on " + UsageReportOn.class.getName()
                + " sets dbms.usage_report.enabled=true, but servers started by Testgraph never send usage reports."
                + " Remove that setting.");
    }

    @Test
    void an_unknown_backend_in_the_run_wide_setting_lists_the_valid_ones() {
        EngineExecutionResults results = withProperty("testgraph.backend", "dockr", () -> Kit.run(Plain.class));

        assertClassFailed(results, "Testgraph cannot use 'dockr' from system property testgraph.backend: use one of"
                + " auto, testcontainers, embedded, external. Change or remove the system property testgraph.backend.");
    }

    @Test
    void the_external_backend_without_a_uri_says_which_variables_to_set() {
        EngineExecutionResults results = withProperty("testgraph.uri", null, () -> Kit.run(ExternalWithoutUri.class));

        assertClassFailed(results, ExternalWithoutUri.class.getName() + " asks for the external backend, but no server"
                + " is configured. Set TESTGRAPH_URI (or -Dtestgraph.uri), e.g. bolt://localhost:7687, with"
                + " TESTGRAPH_USER and TESTGRAPH_PASSWORD.");
    }

    @Test
    void an_external_server_is_never_wiped_without_explicit_permission() {
        String uri = System.getProperty("testgraph.uri", "bolt://localhost:7687");
        boolean serverRuns = BackendUnderTest.backend().equals("external");
        EngineExecutionResults results = withProperty("testgraph.uri", uri, () -> withProperty("testgraph.allowWipe",
                null, () -> serverRuns ? Kit.run(External.class, ExternalNeverCleaned.class) : Kit.run(External.class)));

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(External.class), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message("Testgraph will not wipe the external Neo4j"
                        + " at " + uri + " for " + External.class.getName() + ": Testgraph did not start that server,"
                        + " and cleaning deletes every node and relationship in it. If it is a disposable test"
                        + " database, allow the wipe with -Dtestgraph.allowWipe=true or TESTGRAPH_ALLOW_WIPE=true;"
                        + " otherwise use @Neo4jTest(clean = CleanPolicy.NEVER)."))));
        // the same server without cleaning is fine
        assertThat(results.testEvents().succeeded().count()).isEqualTo(serverRuns ? 1 : 0);
    }

    @Test
    void an_unknown_embedded_setting_suggests_the_right_name() {
        EngineExecutionResults results = withProperty("testgraph.backend", "embedded", () -> Kit.run(UnknownSetting.class));

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(UnknownSetting.class),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m.contains(
                        "unknown Neo4j setting 'dbms.memory.heap.max_size' (asked for by "
                                + UnknownSetting.class.getName() + "). Did you mean server.memory.heap.max_size?")))));
    }

    @Test
    void a_fixture_or_import_files_without_neo4j_test_fails_instead_of_doing_nothing() {
        EngineExecutionResults results = Kit.run(FixtureWithoutAnnotation.class, ImportFilesWithoutAnnotation.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(FixtureWithoutAnnotation.class),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message("@Fixture on "
                        + FixtureWithoutAnnotation.class.getName() + " does nothing without @Neo4jTest: no server is"
                        + " started, nothing is loaded into one. Add @Neo4jTest to "
                        + FixtureWithoutAnnotation.class.getName() + " (or to a class it is nested in)."))));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("copies_a_file"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message("@ImportFiles on "
                        + ImportFilesWithoutAnnotation.class.getName() + "#copies_a_file does nothing without"
                        + " @Neo4jTest: no server is started, nothing is loaded into one. Add @Neo4jTest to "
                        + ImportFilesWithoutAnnotation.class.getName() + " (or to a class it is nested in)."))));
        assertThat(Kit.recorded("ran")).containsExactly("without files");
    }

    private static void assertClassFailed(EngineExecutionResults results, String expected) {
        results.containerEvents().assertThatEvents().haveAtLeastOne(event(
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
        assertThat(results.testEvents().succeeded().count()).isZero();
    }

    static <T> T withProperty(String name, String value, Supplier<T> action) {
        String previous = System.getProperty(name);
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
        try {
            return action.get();
        } finally {
            if (previous == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, previous);
            }
        }
    }

    @Neo4jTest(settings = "db.transaction.timeout")
    static class SettingWithoutValue {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(settings = "dbms.usage_report.enabled=true")
    static class UsageReportOn {
        @Test
        void never_runs() {}
    }

    @Neo4jTest
    static class Plain {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(backend = Backend.EXTERNAL)
    static class ExternalWithoutUri {
        @Test
        void never_runs() {}
    }

    @Neo4jTest(backend = Backend.EXTERNAL)
    static class External {
        @Test
        void never_runs(Driver driver) {}
    }

    @Neo4jTest(backend = Backend.EXTERNAL, clean = CleanPolicy.NEVER)
    static class ExternalNeverCleaned {
        @Test
        void runs_without_wiping() {}
    }

    @Neo4jTest(settings = "dbms.memory.heap.max_size=1g")
    static class UnknownSetting {
        @Test
        void never_runs() {}
    }

    @Fixture("social/people.json")
    static class FixtureWithoutAnnotation {
        @Test
        void never_runs() {
            Kit.record("ran", "with a fixture");
        }
    }

    static class ImportFilesWithoutAnnotation {
        @Test
        @ImportFiles("importfiles/north/same.csv")
        void copies_a_file() {
            Kit.record("ran", "with files");
        }

        @Test
        void has_no_files() {
            Kit.record("ran", "without files");
        }
    }
}
