package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.fixtures.internal.CypherNames;
import dev.testgraph.junit.Neo4jTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;

/**
 * The clean drops schema by name, and names are data: Neo4j expands unicode escapes such as the six characters
 * {@code \u0060} (a backtick) before it parses a query, so a name holding them must still be dropped as itself and
 * never end the quoted name early. Runs on every backend.
 */
@ExtendWith(BackendUnderTest.class)
class LiteralNamesCleanTest {

    /** Read as Cypher after escape expansion, this would close the quoted name and add text of its own. */
    static final String CONSTRAINT = "tricky\\u0060 IF EXISTS //";
    static final String INDEX = "back\\\\slash `tick` caf\\u00e9 \u00e9";

    @Test
    void schema_with_escape_sequences_and_backticks_in_its_names_is_dropped_by_the_clean() {
        EngineExecutionResults results = Kit.run(CreatesTrickySchema.class);

        assertThat(results.testEvents().failed().count()).as(Kit.testFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(Kit.recorded("created")).containsExactly(List.of(CONSTRAINT, INDEX));
        assertThat(Kit.recorded("left")).containsExactly(List.of());
    }

    @Neo4jTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class CreatesTrickySchema {
        @Test
        @Order(1)
        void creates_them(Driver driver) {
            driver.executableQuery("CREATE CONSTRAINT " + CypherNames.quote(CONSTRAINT)
                    + " FOR (n:Tricky) REQUIRE n.id IS UNIQUE").execute();
            driver.executableQuery("CREATE INDEX " + CypherNames.quote(INDEX) + " FOR (n:Tricky) ON (n.name)").execute();
            Kit.record("created", names(driver));
        }

        @Test
        @Order(2)
        void finds_them_gone(Driver driver) {
            Kit.record("left", names(driver));
        }

        private static List<String> names(Driver driver) {
            return java.util.stream.Stream.of("SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name"
                            + " RETURN name")
                    .flatMap(query -> driver.executableQuery(query).execute().records().stream())
                    .map(record -> record.get("name").asString())
                    .distinct()
                    .filter(name -> name.equals(CONSTRAINT) || name.equals(INDEX))
                    .sorted(java.util.Comparator.comparing(name -> name.equals(CONSTRAINT) ? 0 : 1))
                    .toList();
        }
    }
}
