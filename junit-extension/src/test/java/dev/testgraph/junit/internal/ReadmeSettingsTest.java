package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Neo4jTest;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of run-wide settings names exactly the settings the code reads, under the names it reads. */
class ReadmeSettingsTest {

    private static final Pattern ROW = Pattern.compile("^\\| (`testgraph\\.[^|]*)\\| ([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    @Test
    void the_readme_table_lists_every_run_wide_setting_with_its_environment_variable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            List<String> properties = names(row.group(1));
            List<String> variables = names(row.group(2));
            assertThat(variables).as("environment variables of %s", properties)
                    .containsExactlyElementsOf(properties.stream().map(RunSettings::environmentName).toList());
            documented.addAll(properties);
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(propertyNames());
    }

    private static List<String> propertyNames() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : Neo4jTest.class.getFields()) {
            if (field.getName().endsWith("_PROPERTY_NAME")) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
