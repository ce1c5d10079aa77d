package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.anyDateTime;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatGraph;
import static dev.testgraph.assertions.Neo4jAssertions.catchThrowableOfType;

import dev.testgraph.fixtures.FixtureException;
import dev.testgraph.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The expected graph written as a Cypher CREATE script (a string or a .cypher fixture), interpreted in memory, on a
 * real Neo4j (harness backend): the same script run by the server must compare equal, and the database under test
 * must not change.
 */
@ExtendWith(HarnessExtension.class)
class CypherExpectedGraphTest {

    /** Every construct the interpreter understands, in one script. */
    private static final String EVERYTHING = """
            // people
            CREATE (a:Person:`Team Member` {name: 'Alice', born: date('1990-05-01'), tags: ['x', "y"], score: -1.5,
                    active: true, nickname: null, lastSeen: datetime('2024-05-01T10:00:00+02:00')}),
                   (b:Person:Admin {name: "Bob \\"B\\"", `odd key`: 1e3})
            CREATE (a)-[:KNOWS {since: 2020, span: duration('P1Y2M3DT4H5M6.5S')}]->(b),
                   p = (b)<-[:FOLLOWS]-(:Bot {at: localdatetime('2024-05-01T10:00'), t: localtime('12:30:15'),
                        tz: time('12:30+01:00'), place: point({x: 1.0, y: 2.0}), geo: point({longitude: 13.4, latitude: 52.5})});
            /* a second statement with its own variables */
            CREATE (a:Movie&Film {title: 'Up'})-[:SEQUEL_OF]->(a2:Movie {title: 'Up 2'}), (a)<-[:LIKES {stars: 5}]-(a2);
            CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)
            """;

    private static void run(Driver driver, String cypher) {
        driver.executableQuery(cypher).execute();
    }

    private static long nodeCount(Driver driver) {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS nodes").execute().records().get(0).get("nodes")
                .asLong();
    }

    @Test
    void should_pass_isEqualTo_a_script_the_server_ran(Driver driver) {
        for (String statement : EVERYTHING.split(";")) {
            if (!statement.isBlank()) {
                run(driver, statement);
            }
        }

        assertThatGraph(driver).isEqualTo(EVERYTHING).containsGraph(EVERYTHING)
                .containsGraph("CREATE (:Movie:Film {title: 'Up'})");
    }

    @Test
    void should_pass_with_a_cypher_fixture_file(Driver driver, @TempDir Path directory) throws IOException {
        Path file = directory.resolve("expected.cypher");
        Files.writeString(file, EVERYTHING);
        for (String statement : EVERYTHING.split(";")) {
            if (!statement.isBlank()) {
                run(driver, statement);
            }
        }

        assertThatGraph(driver).isEqualTo(Fixtures.read(file)).containsGraph(Fixtures.read(file));
    }

    @Test
    void should_fail_isEqualTo_a_script_with_the_difference(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', born: date('1990-05-02')})-[:KNOWS]->(:Person {name: 'Bob'})");

        assertThat(failureMessage(() -> assertThatGraph(driver).isEqualTo(
                        "CREATE (:Person {name: 'Alice', born: date('1990-05-01')})-[:KNOWS]->(:Person {name: 'Bob'})")))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          2 nodes, 1 relationship
                        to be equal to:
                          2 nodes, 1 relationship
                        but:
                          1 node with different properties:
                            (:Person {born: date("1990-05-02"), name: "Alice"}) -> born: expected date("1990-05-01") but was date("1990-05-02")"""));
    }

    @Test
    void should_fail_containsGraph_of_a_script_with_options_named(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice', createdAt: datetime()})");

        assertThat(failureMessage(() -> assertThatGraph(driver).withProperty("createdAt", anyDateTime())
                        .containsGraph("CREATE (:Person {name: 'Alice', createdAt: datetime('2020-01-01T00:00Z')})"
                                + "-[:KNOWS]->(:Person {name: 'Bob', createdAt: datetime('2020-01-01T00:00Z')})")))
                .isEqualTo(lines("""

                        Expecting graph in the default database:
                          1 node, 0 relationships
                        to contain:
                          2 nodes, 1 relationship
                        matching: createdAt by any date-time
                        but:
                          1 missing node:
                            (:Person {createdAt: <any date-time>, name: "Bob"})
                          1 missing relationship:
                            (:Person {createdAt: <any date-time>, name: "Alice"})-[:KNOWS]->(:Person {createdAt: <any date-time>, name: "Bob"})"""));
    }

    @Test
    void should_scope_variables_to_a_statement_as_cypher_does(Driver driver) {
        run(driver, "CREATE (:A)");
        run(driver, "CREATE (:A)");

        assertThatGraph(driver).isEqualTo("CREATE (a:A); CREATE (a:A)").isEqualTo((Object) "CREATE (:A), (:A)");
    }

    @Test
    void should_refuse_a_bare_variable_of_an_earlier_statement(Driver driver) {
        FixtureException error = catchThrowableOfType(FixtureException.class,
                () -> assertThatGraph(driver).isEqualTo("CREATE (a:A)\n;\nCREATE (a)-[:R]->(:B)"));

        assertThat(error).hasMessage("Fixture expected graph (Cypher), line 3, column 8: (a) names a node of an"
                + " earlier statement; Cypher forgets variables at \";\", so this would create a new node without labels"
                + " or properties. Fix: put the CREATE clauses that share the node in one statement (remove the \";\""
                + " between them).");
    }

    @Test
    void should_refuse_merge_with_line_and_column_and_leave_the_database_unchanged(Driver driver) {
        run(driver, "CREATE (:Person {name: 'Alice'})");

        FixtureException error = catchThrowableOfType(FixtureException.class, () -> assertThatGraph(driver)
                .isEqualTo("CREATE (:Person {name: 'Alice'})\n  MERGE (:Person {name: 'Bob'})"));

        assertThat(error).hasMessage("Fixture expected graph (Cypher), line 2, column 3: MERGE is not supported in an"
                + " expected graph. Fix: write the expected graph with CREATE clauses only, literal values and no MATCH,"
                + " MERGE, SET, WITH, UNWIND or parameters; or compare with a JSON fixture written by"
                + " Fixtures.export(driver, path).");
        assertThat(nodeCount(driver)).isEqualTo(1);
    }

    @Test
    void should_refuse_a_cypher_fixture_with_match_naming_the_file_and_line(Driver driver, @TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("bad.cypher");
        Files.writeString(file, "CREATE (:A);\n\nMATCH (a:A) CREATE (a)-[:R]->(:B);\n");

        FixtureException error = catchThrowableOfType(FixtureException.class,
                () -> assertThatGraph(driver).isEqualTo(Fixtures.read(file)));

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage()).contains("MATCH is not supported in an expected graph");
    }

    @Test
    void should_refuse_what_it_does_not_understand_with_its_place() {
        List<List<String>> cases = List.of(
                List.of("CREATE (:A {at: datetime()})", "line 1, column 17: datetime(...) is not supported in an"
                        + " expected graph without an ISO-8601 string: the current time differs from run to run"),
                List.of("CREATE (:A {n: $value})", "line 1, column 16: parameters are not supported"),
                List.of("CREATE (:A)-->(:B)", "line 1, column 12: a relationship needs a type in CREATE"),
                List.of("CREATE (:A)-[:R]-(:B)", "line 1, column 12: a relationship in CREATE needs exactly one"
                        + " direction"),
                List.of("CREATE (:A)-[:R|S]->(:B)", "line 1, column 16: a relationship needs exactly one type"),
                List.of("CREATE (a:A), (a:B)", "line 1, column 15: the node a is already declared"),
                List.of("CREATE (:A {d: date('01/05/2024')})", "line 1, column 16: date(\"01/05/2024\") is not an"
                        + " ISO-8601 value"),
                List.of("CREATE (:A {n: toUpper('x')})", "line 1, column 16: toUpper(...) is not supported"),
                List.of("CREATE (:A {n: 'open})", "line 1, column 16: the string is not closed"),
                List.of("CREATE (:A {n: 99999999999999999999})", "line 1, column 16: 99999999999999999999 does not fit"),
                List.of("CREATE (:A {n: [1, [2]]})", "line 1, column 16: a property list holds only values of one"),
                List.of("CREATE (:A)\nRETURN 1", "line 2, column 1: RETURN is not supported"));
        for (List<String> example : cases) {
            FixtureException error = catchThrowableOfType(FixtureException.class,
                    () -> assertThatGraph(null).isEqualTo(example.get(0)));
            assertThat(error).as(example.get(0)).isNotNull();
            assertThat(error.getMessage()).as(example.get(0))
                    .startsWith("Fixture expected graph (Cypher), " + example.get(1));
        }
    }
}
