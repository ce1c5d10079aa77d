package dev.testgraph.assertions;

import static dev.testgraph.assertions.Neo4jAssertions.*;
import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Path;

/**
 * Both {@code Assertions.*} and {@code Neo4jAssertions.*} statically imported: every call below must compile
 * without ambiguity and pick the most specific overload (harness backend).
 */
@ExtendWith(HarnessExtension.class)
class ImportCombinationTest {

    @Test
    void should_pass_with_both_static_imports(Driver driver) {
        Record record = driver.executableQuery("CREATE p = (a:Person {name: 'Alice'})-[:KNOWS]->(:Person) RETURN p, a")
                .execute()
                .records()
                .get(0);
        Path path = record.get("p").asPath();
        assertThat(path).hasLength(1);                                // PathAssert, though Path is an Iterable
        assertThat(record.get("a").asNode()).hasLabels("Person");     // NodeAssert, though Node is a MapAccessor
        assertThat(record).hasKeys("p", "a");                         // RecordAssert
        assertThatRecords(List.of(record)).hasSize(1);
        assertThat(List.of(record)).hasSize(1);                       // AssertJ's list assertion
        assertThat("text").isEqualTo("text");                         // AssertJ
        assertThat(record.get("a").asObject()).asInstanceOf(Neo4jInstanceOfAssertFactories.NODE)
                .hasProperty("name", "Alice");
        assertThat(List.of(record)).first(Neo4jInstanceOfAssertFactories.RECORD).hasKey("a");
        assertThat((Object) List.of(record)).asInstanceOf(Neo4jInstanceOfAssertFactories.RECORDS).hasSize(1);
    }
}
