package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.CleanPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class RunSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("testgraph.clean");
        System.clearProperty("testgraph.keepSchema");
    }

    @Test
    void should_name_the_environment_variable_after_the_property() {
        assertThat(RunSettings.environmentName("testgraph.keepSchema")).isEqualTo("TESTGRAPH_KEEP_SCHEMA");
        assertThat(RunSettings.environmentName("testgraph.docker.required")).isEqualTo("TESTGRAPH_DOCKER_REQUIRED");
        assertThat(RunSettings.environmentName("testgraph.uri")).isEqualTo("TESTGRAPH_URI");
    }

    @Test
    void should_read_enums_case_insensitively() {
        System.setProperty("testgraph.clean", "before-all");
        assertThat(RunSettings.getEnum("testgraph.clean", CleanPolicy.class)).contains(CleanPolicy.BEFORE_ALL);
        assertThat(RunSettings.getEnum("testgraph.backend", Backend.class)).isEmpty();
    }

    @Test
    void should_fail_on_a_value_that_is_not_a_boolean() {
        System.setProperty("testgraph.keepSchema", "yes");
        assertThatThrownBy(() -> RunSettings.isTrue("testgraph.keepSchema"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Testgraph cannot use 'yes' from system property testgraph.keepSchema: use true or false."
                        + " Change or remove the system property testgraph.keepSchema.");
    }

    @Test
    void should_fail_on_an_unknown_cleaning_policy() {
        System.setProperty("testgraph.clean", "sometimes");
        assertThatThrownBy(() -> RunSettings.getEnum("testgraph.clean", CleanPolicy.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Testgraph cannot use 'sometimes' from system property testgraph.clean: use one of"
                        + " before_each, before_all, never. Change or remove the system property testgraph.clean.");
    }
}
