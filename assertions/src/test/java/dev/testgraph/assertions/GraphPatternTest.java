package dev.testgraph.assertions;

import static dev.testgraph.assertions.Neo4jAssertions.assertThat;
import static dev.testgraph.assertions.Neo4jAssertions.assertThatIllegalArgumentException;
import static dev.testgraph.assertions.Neo4jAssertions.entry;

import dev.testgraph.assertions.internal.GraphPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pattern parser alone: what becomes of a pattern, and what is refused (no server needed). */
class GraphPatternTest {

    @Test
    void should_turn_a_pattern_into_a_parameterised_match() {
        GraphPattern pattern = GraphPattern.parse("(a:Person {name:'Alice', tags: ['x', \"y\"]})-[:KNOWS {since: 2020}]->(b:`Odd Label`), (b)<--(a)");
        assertThat(pattern.matchClause()).isEqualTo(
                "MATCH p0 = (v0:`Person` {`name`: $p0, `tags`: $p1})-[v1:`KNOWS` {`since`: $p2}]->(v2:`Odd Label`),"
                        + " p1 = (v2)<-[v3]-(v0)");
        assertThat(pattern.parameters()).containsExactly(entry("p0", "Alice"), entry("p1", List.of("x", "y")),
                entry("p2", 2020L));
        assertThat(pattern.pathCount()).isEqualTo(2);
        assertThat(pattern.relationshipTypes()).containsExactly("KNOWS");
    }

    @Test
    void should_keep_literal_types() {
        assertThat(GraphPattern.parse("({a: 1, b: 1.5, c: -2e3, d: true, e: '1'})").parameters())
                .containsExactly(entry("p0", 1L), entry("p1", 1.5), entry("p2", -2000.0), entry("p3", true),
                        entry("p4", "1"));
    }

    @Test
    void should_quote_names_so_nothing_escapes() {
        assertThat(GraphPattern.parse("(:`A` {`x`: 1})-[:`T`]-(:`B``) DETACH DELETE n //`)").matchClause())
                .isEqualTo("MATCH p0 = (v0:`A` {`x`: $p0})-[v1:`T`]-(v2:`B``) DETACH DELETE n //`)");
    }

    @Test
    void should_refuse_anything_but_a_pattern() {
        for (String text : List.of(
                "(n) RETURN n",
                "(n WHERE n.x = 1)",
                "(n {name: toUpper('a')})",
                "(n {name: $name})",
                "(a)-[*1..3]->(b)",
                "(a)-[:A|B]->(b)",
                "(a)<-[:A]->(b)",
                "(n {x: null})",
                "(n)}) MATCH (m",
                "(a)-[r]->(b)-[r]->(c)",
                "(a)-[a]->(b)",
                "")) {
            assertThatIllegalArgumentException().as(text).isThrownBy(() -> GraphPattern.parse(text));
        }
    }
}
