package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.CleanPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class RunSettingsTest {

    // the caller's own TESTGRAPH_* variables must not matter: every test gives its settings explicitly
    private static RunSettings properties(String name, String value) {
        return RunSettings.of(Map.of(name, value), Map.of());
    }

    @Test
    void should_name_the_environment_variable_after_the_property() {
        assertThat(RunSettings.environmentName("testgraph.keepSchema")).isEqualTo("TESTGRAPH_KEEP_SCHEMA");
        assertThat(RunSettings.environmentName("testgraph.docker.required")).isEqualTo("TESTGRAPH_DOCKER_REQUIRED");
        assertThat(RunSettings.environmentName("testgraph.uri")).isEqualTo("TESTGRAPH_URI");
    }

    @Test
    void should_read_enums_case_insensitively() {
        RunSettings run = properties("testgraph.clean", "before-all");
        assertThat(run.getEnum("testgraph.clean", CleanPolicy.class)).contains(CleanPolicy.BEFORE_ALL);
        assertThat(run.getEnum("testgraph.backend", Backend.class)).isEmpty();
    }

    @Test
    void should_fail_on_a_value_that_is_not_a_boolean() {
        RunSettings run = properties("testgraph.keepSchema", "yes");
        assertThatThrownBy(() -> run.isTrue("testgraph.keepSchema"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Testgraph cannot use 'yes' from system property testgraph.keepSchema: use true or false."
                        + " Change or remove the system property testgraph.keepSchema.");
    }

    @Test
    void should_fail_on_an_unknown_cleaning_policy() {
        RunSettings run = properties("testgraph.clean", "sometimes");
        assertThatThrownBy(() -> run.getEnum("testgraph.clean", CleanPolicy.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Testgraph cannot use 'sometimes' from system property testgraph.clean: use one of"
                        + " before_each, before_all, never. Change or remove the system property testgraph.clean.");
    }

    @Test
    void should_warn_when_the_password_is_a_system_property_and_not_when_it_is_an_environment_variable() {
        assertThat(properties("testgraph.password", "s3cret-password").passwordWarning()).contains(
                "Testgraph: the password of the external server is given as the system property testgraph.password,"
                        + " which build tools copy into test reports (Surefire's TEST-*.xml). Give it as the"
                        + " environment variable TESTGRAPH_PASSWORD instead.");
        assertThat(RunSettings.of(Map.of(), Map.of("TESTGRAPH_PASSWORD", "s3cret-password")).passwordWarning()).isEmpty();
    }

    @Test
    void should_take_the_system_property_before_the_environment_variable() {
        RunSettings run = RunSettings.of(Map.of("testgraph.backend", "embedded"),
                Map.of("TESTGRAPH_BACKEND", "testcontainers", "TESTGRAPH_IMAGE", "neo4j:5.26.30-community"));

        assertThat(run.get("testgraph.backend")).contains("embedded");
        assertThat(run.get("testgraph.image")).contains("neo4j:5.26.30-community");
        assertThat(run.where("testgraph.image")).isEqualTo("environment variable TESTGRAPH_IMAGE");
    }
}
