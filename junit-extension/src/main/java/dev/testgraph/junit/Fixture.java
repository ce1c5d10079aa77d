package dev.testgraph.junit;

import dev.testgraph.junit.internal.RequiresNeo4jTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads a graph fixture (Testgraph JSON, an APOC JSON export or a Cypher script; see
 * {@code docs/fixture-format.md}) into the database of a {@link Neo4jTest}, after the database was cleaned.
 *
 * <pre>{@code
 * @Neo4jTest
 * @Fixture("social/people.json")                // class level: before every test, after cleaning
 * class FriendsTest {
 *     @Test
 *     @Fixture("social/extra-friendships.json")  // method level: added after the class fixtures
 *     void friendsOfFriends(Driver driver, LoadedGraph graph) {
 *         Node alice = graph.node("alice");
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>A name is looked up next to the test class first ({@code Class.getResource}), then from the root of the
 * class path, then as a file path. Fixtures of enclosing and super classes come first, then the class's own, then
 * the method's, each in the order written; a later fixture may connect nodes of an earlier one by their keys.
 * All of a class's fixtures are read and checked before its first test runs, so a broken fixture fails the class
 * with a message naming the file, line and key, and nothing is written.
 *
 * <p>With {@link CleanPolicy#BEFORE_EACH} the class fixtures are loaded before every test; with
 * {@link CleanPolicy#BEFORE_ALL} and {@link CleanPolicy#NEVER} once before the class's first test, and method
 * fixtures are added before their test. Inject {@link dev.testgraph.fixtures.LoadedGraph} to look up what was
 * loaded by key.
 *
 * <p>Without {@link Neo4jTest} on the class (or a class it is nested in) no server starts and nothing could be
 * loaded: the class or test fails with a message saying so, instead of running without its fixture.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Fixture.List.class)
@ExtendWith(RequiresNeo4jTest.class)
public @interface Fixture {

    /** @return the fixture names, loaded in this order */
    String[] value();

    /**
     * Stores every node's key also as this property, for entities with an assigned id (Spring Data Neo4j's
     * {@code @Id String id}): {@code @Fixture(value = "movies.json", keyProperty = "id")}. Empty (the default):
     * keys are not stored. See {@link dev.testgraph.fixtures.FixtureGraph#withKeyAsProperty(String)}.
     *
     * @return the property name, or empty
     */
    String keyProperty() default "";

    /** Holds repeated {@link Fixture} annotations. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(RequiresNeo4jTest.class)
    @interface List {
        /** @return the fixtures */
        Fixture[] value();
    }
}
