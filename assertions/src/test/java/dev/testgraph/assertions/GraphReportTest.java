package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.ReportSettings.failureMessageWithReports;
import static dev.testgraph.assertions.ReportSettings.failureMessageWithReportsIn;

import dev.testgraph.assertions.internal.GraphReportFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The HTML report a failed whole-graph comparison writes, on a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class GraphReportTest {

    private static final Pattern REPORT_LINE = Pattern.compile("\\R(Report: (.+\\.html))$");

    private static void run(Driver driver, String cypher) {
        driver.executableQuery(cypher).execute();
    }

    /** The report the message's last line names, after checking the line is there. */
    static String report(String message) throws IOException {
        Matcher matcher = REPORT_LINE.matcher(message);
        assertThat(matcher.find()).as("the message ends with the report's path: %s", message).isTrue();
        return Files.readString(Path.of(matcher.group(2)), StandardCharsets.UTF_8);
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void should_write_a_report_for_an_equality_failure_and_end_the_message_with_its_path(Driver driver,
            @TempDir Path directory) throws IOException {
        run(driver, "CREATE (:Person {name: 'Alice', age: 42})-[:KNOWS]->(:Person {name: 'Bob'}), (:Robot {name: 'R2'})");

        String message = failureMessageWithReportsIn(directory, () -> assertThatGraph(driver).ignoringProperties("uuid")
                .isEqualTo("CREATE (:Person {name: 'Alice', age: 41})-[:KNOWS]->(:Person {name: 'Bob'}),"
                        + " (:Person {name: 'Carol'})"));

        Path file = directory.resolve("GraphReportTest.should_write_a_report_for_an_equality_failure_and_end_the_"
                + "message_with_its_path.html").toAbsolutePath().normalize();
        assertThat(message).isEqualTo(lines("""

                Expecting graph in the default database:
                  3 nodes, 1 relationship
                to be equal to:
                  3 nodes, 1 relationship
                ignoring: property uuid
                but:
                  1 node with different properties:
                    (:Person {age: 42, name: "Alice"}) -> age: expected 41 but was 42
                  1 missing node:
                    (:Person {name: "Carol"})
                  1 unexpected node:
                    (:Robot {name: "R2"})
                Report:\s""") + file);
        String html = report(message);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<h1>Graph comparison failed</h1>", "ignoring: property uuid",
                        "missing (expected, not found)", "unexpected (found, not expected)", "properties differ",
                        "(:Person {name: &quot;Carol&quot;})", "(:Robot {name: &quot;R2&quot;})")
                .doesNotContain("<script", "<link", "src=", "href=", "@import", "https://");
        assertThat(count(html, "<g class=\"node missing\"><title>(:Person {name: &quot;Carol&quot;})")).isEqualTo(1);
        assertThat(count(html, "<g class=\"node unexpected\"><title>(:Robot {name: &quot;R2&quot;})")).isEqualTo(1);
        assertThat(count(html, "<g class=\"node changed\">")).isEqualTo(2);
        assertThat(count(html, "<g class=\"node\">")).isEqualTo(2);
        assertThat(count(html, "<g class=\"relationship\">")).isEqualTo(2);
        assertThat(count(html, "fill=\"#d62728\" stroke=\"#333333\"")).isEqualTo(1);
        assertThat(count(html, "fill=\"#ff7f0e\" stroke=\"#333333\"")).isEqualTo(1);
    }

    @Test
    void should_write_a_report_for_a_containment_failure_named_after_the_description(Driver driver,
            @TempDir Path directory) throws IOException {
        run(driver, "CREATE (:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'})");

        String message = failureMessageWithReportsIn(directory, () -> assertThatGraph(driver).as("friends of Alice")
                .containsGraph("CREATE (a:Person {name: 'Alice'})-[:KNOWS]->(:Person {name: 'Bob'}),"
                        + " (a)-[:KNOWS {since: 2020}]->(:Person {name: 'Carol'})"));

        assertThat(message).startsWith("[friends of Alice] ")
                .endsWith("Report: " + directory.resolve("friends_of_Alice.html").toAbsolutePath().normalize());
        String html = report(message);
        assertThat(html).contains("<h1>friends of Alice</h1>", "to contain (3 nodes, 2 relationships)");
        assertThat(count(html, "<g class=\"node missing\">")).isEqualTo(1);
        assertThat(count(html, "<g class=\"relationship missing\">")).isEqualTo(1);
        assertThat(count(html, "class=\"node unexpected\"")).isZero();
    }

    @Test
    void should_draw_both_graphs_when_the_difference_is_beyond_direct_neighbours(Driver driver, @TempDir Path directory) throws IOException {
        run(driver, "CREATE (a:N)-[:R]->(b:N)-[:R]->(c:N)-[:R]->(a), (d:N)-[:R]->(e:N)-[:R]->(f:N)-[:R]->(d)");

        String message = failureMessageWithReportsIn(directory, () -> assertThatGraph(driver).isEqualTo(
                "CREATE (a:N)-[:R]->(b:N)-[:R]->(c:N)-[:R]->(d:N)-[:R]->(e:N)-[:R]->(f:N)-[:R]->(a)"));

        assertThat(message).contains("the same nodes and relationships are connected differently");
        String html = report(message);
        assertThat(count(html, "<g class=\"node\">")).isEqualTo(12);
        assertThat(count(html, "class=\"node misconnected\"")).isZero();
    }

    @Test
    void should_mark_the_expected_node_a_containment_could_not_connect(Driver driver, @TempDir Path directory)
            throws IOException {
        run(driver, "CREATE (:A)-[:R]->(:B), (:A)-[:R]->(:C), (:B)-[:S]->(:C)");

        String html = report(failureMessageWithReportsIn(directory, () -> assertThatGraph(driver)
                .containsGraph("CREATE (a:A)-[:R]->(b:B)-[:S]->(c:C), (a)-[:R]->(c)")));

        assertThat(count(html, "class=\"node misconnected\"")).isEqualTo(1);
        assertThat(html).contains("#9467bd", "connected differently");
    }

    @Test
    void should_name_the_reports_of_soft_assertions_after_the_test(Driver driver, @TempDir Path directory) {
        run(driver, "CREATE (:A)");
        Neo4jSoftAssertions softly = new Neo4jSoftAssertions();

        String message = failureMessageWithReportsIn(directory, () -> {
            softly.assertThatGraph(driver).isEqualTo("CREATE (:B)");
            softly.assertThatGraph(driver).containsGraph("CREATE (:C)");
            softly.assertAll();
        });

        String name = "GraphReportTest.should_name_the_reports_of_soft_assertions_after_the_test";
        assertThat(message).contains("Report: " + directory.resolve(name + ".html").toAbsolutePath().normalize(),
                "Report: " + directory.resolve(name + "-2.html").toAbsolutePath().normalize());
    }

    @Test
    void should_escape_names_and_values(Driver driver, @TempDir Path directory) throws IOException {
        run(driver, "CREATE (:`<script>alert(1)</script>` {`a\"b`: '</svg><img src=x onerror=alert(1)>'})"
                + "-[:`<b>&` {x: '\\'q\\''}]->(:B)");

        String html = report(failureMessageWithReportsIn(directory,
                () -> assertThatGraph(driver).as("<h1>title</h1>").isEqualTo("CREATE (:B)")));

        assertThat(html).doesNotContain("<script", "<img", "</svg><", "<b>", "<h1>title")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;",
                        "&lt;b&gt;&amp;", "&lt;h1&gt;title&lt;/h1&gt;", "&#39;q&#39;");
        assertThat(Files.list(directory).map(path -> path.getFileName().toString()))
                .containsExactly("_h1_title__h1_.html");
    }

    @Test
    void should_draw_only_the_differing_neighbourhoods_of_a_large_graph(Driver driver, @TempDir Path directory)
            throws IOException {
        run(driver, "UNWIND range(1, 250) AS i CREATE (:Step {i: i})");
        run(driver, "MATCH (a:Step), (b:Step) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)");
        StringBuilder expected = new StringBuilder("CREATE (s1:Step {i: 1})");
        for (int i = 2; i <= 250; i++) {
            expected.append(", (s").append(i).append(":Step {i: ").append(i == 100 ? 1000 : i).append("})");
        }
        for (int i = 1; i < 250; i++) {
            expected.append(", (s").append(i).append(")-[:NEXT]->(s").append(i + 1).append(')');
        }

        String html = report(failureMessageWithReportsIn(directory,
                () -> assertThatGraph(driver).isEqualTo(expected.toString())));

        assertThat(html).contains("Expected: 250 nodes, 249 relationships", "Actual: 250 nodes, 249 relationships",
                "More than 200 nodes: showing 3 of 250 nodes, the differences and their direct neighbours.");
        assertThat(count(html, "<p class=\"neighbourhoods\">")).isEqualTo(2);
        assertThat(count(html, "<g class=\"node missing\"><title>(:Step {i: 1000})</title>")).isEqualTo(1);
        assertThat(count(html, "<g class=\"node unexpected\"><title>(:Step {i: 100})</title>")).isEqualTo(1);
        assertThat(count(html, "<g class=\"relationship missing\">")).isEqualTo(2);
        assertThat(count(html, "<g class=\"relationship unexpected\">")).isEqualTo(2);
        assertThat(count(html, "<g class=\"node\">")).isEqualTo(4);
        assertThat(html).contains("<title>(:Step {i: 99})</title>", "<title>(:Step {i: 101})</title>")
                .doesNotContain("<title>(:Step {i: 98})</title>");
    }

    @Test
    void should_write_no_report_when_reports_are_off(Driver driver, @TempDir Path directory) throws IOException {
        run(driver, "CREATE (:A)");

        String message = failureMessageWithReports("false", directory, () -> assertThatGraph(driver).isEqualTo("CREATE (:B)"));

        assertThat(message).doesNotContain("Report").endsWith("(:A)");
        assertThat(Files.list(directory)).isEmpty();
    }

    @Test
    void should_read_settings_from_properties_before_the_environment(@TempDir Path directory) throws IOException {
        Map<String, String> none = Map.of();
        assertThat(GraphReportFile.from(none::get, none::get, directory))
                .isEqualTo(new GraphReportFile(true, directory.resolve("target").resolve("testgraph")));
        Files.writeString(directory.resolve("build.gradle.kts"), "");
        assertThat(GraphReportFile.from(none::get, none::get, directory).directory())
                .isEqualTo(directory.resolve("build").resolve("testgraph"));
        Map<String, String> environment = Map.of("TESTGRAPH_REPORTS", "false", "TESTGRAPH_REPORTS_DIR", "from-env");
        assertThat(GraphReportFile.from(none::get, environment::get, directory))
                .isEqualTo(new GraphReportFile(false, Path.of("from-env")));
        Map<String, String> properties = Map.of("testgraph.reports", "TRUE", "testgraph.reports.dir", "from-property");
        assertThat(GraphReportFile.from(properties::get, environment::get, directory))
                .isEqualTo(new GraphReportFile(true, Path.of("from-property")));
        Map<String, String> wrong = Map.of("testgraph.reports", "no");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> GraphReportFile.from(wrong::get, none::get, directory)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The setting testgraph.reports (or TESTGRAPH_REPORTS) is \"no\"; set it to true or false"
                        + " (false turns the HTML reports of failed graph comparisons off)");
    }
}
