package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;

import dev.testgraph.fixtures.FixtureGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.neo4j.driver.Driver;

/**
 * Graph assertions on labels, types and keys with backslashes and unicode escapes, on a real Neo4j (harness
 * backend): Neo4j expands backslash-u escapes in query text before parsing, so a name is matched as written
 * only if its backslashes are escaped too. The graphs are created with dynamic labels and types, which the
 * server takes as values, so what is stored does not depend on the quoting under test.
 */
@ExtendWith(HarnessExtension.class)
class LiteralNamesTest {

    /** Names Neo4j would read differently, or not at all, if only back-quotes were doubled. */
    static final List<String> NAMES = List.of("caf\\u00e9", "\\u005C", "\\u005c\\u0060", "\\uD83D\\uDE00",
            "\\uZZZZ", "a\\b", "tail\\", "back`tick\\", "quote'\"", "café", "😀", " ");

    private static void createGraph(Driver driver, String name) {
        driver.executableQuery("CREATE (a:$($name))-[r:$($name)]->(b:Other) SET a[$name] = 1, r[$name] = 'x'")
                .withParameters(Map.of("name", name))
                .execute();
    }

    /** A name back-quoted in the pattern language of the graph assertions, which takes it literally. */
    private static String inPattern(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void should_pass_counts_patterns_and_comparisons_with_names_taken_literally(String name, Driver driver) {
        createGraph(driver, name);
        String quoted = inPattern(name);
        FixtureGraph expected = FixtureGraph.builder()
                .node("a", List.of(name), Map.of(name, 1L))
                .node("b", List.of("Other"), Map.of())
                .relationship(name, "a", "b", Map.of(name, "x"))
                .build();

        assertThatGraph(driver).hasNodeCount(name, 1).hasRelationshipCount(name, 1)
                .containsNode("(:" + quoted + " {" + quoted + ": 1})")
                .containsRelationship("(:" + quoted + ")-[:" + quoted + " {" + quoted + ": 'x'}]->(:Other)")
                .doesNotContain("(:" + quoted + " {" + quoted + ": 2})")
                .isEqualTo(expected)
                .containsGraph(expected);
    }

    @Test
    void should_fail_a_pattern_listing_the_nodes_with_the_label_as_written(Driver driver) {
        createGraph(driver, "caf\\u00e9");
        driver.executableQuery("CREATE (:café {name: 'decoy'})").execute();

        assertThat(failureMessage(() -> assertThatGraph(driver).containsNode("(:`caf\\u00e9` {`caf\\u00e9`: 2})")))
                .isEqualTo(lines("""

                        Expecting graph in the default database
                        to contain:
                          (:`caf\\u00e9` {`caf\\u00e9`: 2})
                        but found no match; nodes with label :`caf\\u005Cu00e9`:
                          (:`caf\\u005Cu00e9` {`caf\\u005Cu00e9`: 1})"""));
    }

    @Test
    void should_count_only_the_label_as_written_when_the_name_is_an_injection_probe(Driver driver) {
        driver.executableQuery("CREATE (:Victim), (:Victim)").execute();
        // unescaped, the name would end the quoted label after X and count the Victim nodes too
        String probe = "X\\u0060|Victim) RETURN count(n) AS count //";

        assertThatGraph(driver).hasNodeCount(probe, 0).hasNodeCount("Victim", 2);
        assertThat(failureMessage(() -> assertThatGraph(driver).hasNodeCount(probe, 2))).endsWith(lines("""
                but had:
                  0"""));
    }
}
