package dev.testgraph.assertions;

import static dev.testgraph.assertions.Failures.failureMessage;
import static dev.testgraph.assertions.Failures.lines;
import static dev.testgraph.assertions.Neo4jAssertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.Node;

/** Node assertions against nodes read from a real Neo4j (harness backend). */
@ExtendWith(HarnessExtension.class)
class NodeAssertTest {

    private Node alice;
    private Node bob;

    @BeforeEach
    void createNodes(Driver driver) {
        var record = driver.executableQuery(
                        "CREATE (a:Person {name: 'Alice', age: 42}), (b:Person:Admin {name: 'Bob'}) RETURN a, b")
                .execute()
                .records()
                .get(0);
        alice = record.get("a").asNode();
        bob = record.get("b").asNode();
    }

    @Test
    void should_pass_hasLabels() {
        assertThat(bob).hasLabels("Admin").hasLabels("Person", "Admin");
    }

    @Test
    void should_fail_hasLabels() {
        assertThat(failureMessage(() -> assertThat(alice).hasLabels("Person", "Admin"))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have labels:
                  ["Person", "Admin"]
                but could not find:
                  ["Admin"]"""));
    }

    @Test
    void should_fail_with_description() {
        assertThat(failureMessage(() -> assertThat(alice).as("alice").hasLabels("Admin"))).isEqualTo(lines("""
                [alice]\s
                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have labels:
                  ["Admin"]
                but could not find:
                  ["Admin"]"""));
    }

    @Test
    void should_pass_hasOnlyLabels() {
        assertThat(bob).hasOnlyLabels("Admin", "Person");
    }

    @Test
    void should_fail_hasOnlyLabels() {
        assertThat(failureMessage(() -> assertThat(bob).hasOnlyLabels("Person", "Customer"))).isEqualTo(lines("""

                Expecting node:
                  (:Admin:Person {name: "Bob"})
                to have only labels:
                  ["Person", "Customer"]
                but could not find:
                  ["Customer"]
                and did not expect:
                  ["Admin"]"""));
    }

    @Test
    void should_pass_doesNotHaveLabels() {
        assertThat(alice).doesNotHaveLabels("Admin", "Deleted");
    }

    @Test
    void should_fail_doesNotHaveLabels() {
        assertThat(failureMessage(() -> assertThat(bob).doesNotHaveLabels("Admin", "Deleted"))).isEqualTo(lines("""

                Expecting node:
                  (:Admin:Person {name: "Bob"})
                not to have labels:
                  ["Admin", "Deleted"]
                but found:
                  ["Admin"]"""));
    }

    @Test
    void should_pass_hasProperty_key() {
        assertThat(alice).hasProperty("age");
    }

    @Test
    void should_fail_hasProperty_key() {
        assertThat(failureMessage(() -> assertThat(alice).hasProperty("email"))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have property:
                  email
                but it only has:
                  ["age", "name"]"""));
    }

    @Test
    void should_pass_hasProperty_value_with_widened_int() {
        assertThat(alice).hasProperty("name", "Alice").hasProperty("age", 42L).hasProperty("age", 42);
    }

    @Test
    void should_fail_hasProperty_value_of_another_type() {
        assertThat(failureMessage(() -> assertThat(alice).hasProperty("age", "42"))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have property:
                  age: "42"
                but was:
                  age: 42"""));
        assertThat(failureMessage(() -> assertThat(alice).hasProperty("age", 42.0))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have property:
                  age: 42.0
                but was:
                  age: 42"""));
    }

    @Test
    void should_fail_hasProperty_value_when_missing() {
        assertThat(failureMessage(() -> assertThat(alice).hasProperty("email", "alice@example.com"))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have property:
                  email: "alice@example.com"
                but was:
                  no property email"""));
    }

    @Test
    void should_pass_doesNotHaveProperty() {
        assertThat(alice).doesNotHaveProperty("password");
    }

    @Test
    void should_fail_doesNotHaveProperty() {
        assertThat(failureMessage(() -> assertThat(alice).doesNotHaveProperty("name"))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                not to have property:
                  name
                but it has:
                  name: "Alice\""""));
    }

    @Test
    void should_pass_hasProperties() {
        assertThat(alice).hasProperties(Map.of("age", 42L));
    }

    @Test
    void should_fail_hasProperties() {
        assertThat(failureMessage(() -> assertThat(alice).hasProperties(Map.of("age", 42.0, "email", "a@example.com"))))
                .isEqualTo(lines("""

                        Expecting node:
                          (:Person {age: 42, name: "Alice"})
                        to have properties:
                          {age: 42.0, email: "a@example.com"}
                        but:
                          age: expected 42.0 but was 42
                          email: expected "a@example.com" but was no property"""));
    }

    @Test
    void should_pass_hasOnlyProperties() {
        assertThat(alice).hasOnlyProperties(Map.of("age", 42L, "name", "Alice"));
    }

    @Test
    void should_fail_hasOnlyProperties() {
        assertThat(failureMessage(() -> assertThat(alice).hasOnlyProperties(Map.of("name", "Alice")))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have only properties:
                  {name: "Alice"}
                but:
                  age: expected no property but was 42"""));
    }

    @Test
    void should_pass_hasElementId_and_isSameNodeAs() {
        assertThat(alice).hasElementId(alice.elementId()).isSameNodeAs(alice);
    }

    @Test
    void should_fail_isSameNodeAs() {
        assertThat(failureMessage(() -> assertThat(alice).isSameNodeAs(bob))).isEqualTo(lines("""

                Expecting node:
                  (:Person {age: 42, name: "Alice"})
                to have element id:
                  "%s"
                but was:
                  "%s\"""".formatted(bob.elementId(), alice.elementId())));
    }

    @Test
    void should_pass_labels_navigation() {
        assertThat(bob).labels().containsExactlyInAnyOrder("Person", "Admin");
    }

    @Test
    void should_fail_labels_navigation() {
        assertThat(failureMessage(() -> assertThat(alice).labels().containsExactly("Admin"))).isEqualTo(lines("""

                Expecting actual:
                  ["Person"]
                to contain exactly (and in same order):
                  ["Admin"]
                but some elements were not found:
                  ["Admin"]
                and others were not expected:
                  ["Person"]
                """));
    }

    @Test
    void should_pass_properties_and_property_navigation() {
        assertThat(alice).properties().containsEntry("name", "Alice").hasSize(2);
        assertThat(alice).property("age").isInstanceOf(Long.class).isEqualTo(42L);
    }

    @Test
    void should_fail_property_navigation() {
        assertThat(failureMessage(() -> assertThat(alice).property("age").isEqualTo(41L))).isEqualTo(lines("""

                expected: 41L
                 but was: 42L"""));
    }

    @Test
    void should_fail_on_null() {
        assertThat(failureMessage(() -> assertThat((Node) null).hasLabels("Person"))).isEqualTo(lines("""

                Expecting actual not to be null"""));
    }
}
