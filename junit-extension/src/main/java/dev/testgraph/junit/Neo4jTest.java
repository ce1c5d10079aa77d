package dev.testgraph.junit;

import dev.testgraph.junit.internal.Neo4jExtension;
import dev.testgraph.junit.internal.Neo4jResourceLocks;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the annotated test class against a real Neo4j: one server per JVM and configuration, shared by every
 * class that asks for the same configuration, wiped before each test.
 *
 * <pre>{@code
 * @Neo4jTest
 * class PersonRepositoryTest {
 *     @Test
 *     void createsPerson(Driver driver) {
 *         new PersonRepository(driver).create("Alice");
 *         assertThat(driver.executableQuery("MATCH (p:Person) RETURN count(p) AS c").execute()
 *             .records().get(0).get("c").asLong()).isEqualTo(1);
 *     }
 * }
 * }</pre>
 *
 * <p>Test methods, lifecycle methods and constructors can declare parameters of type {@link org.neo4j.driver.Driver}
 * (shared, never close it), {@link org.neo4j.driver.Session}, {@link org.neo4j.driver.async.AsyncSession},
 * {@link org.neo4j.driver.reactive.ReactiveSession} (opened for the test and closed after it) and
 * {@link Neo4jConnectionDetails}. Non-final fields of those types that are still {@code null} are injected too:
 * static fields before all tests, instance fields before each test.
 *
 * <p>Every attribute can be set for a whole run, without editing tests, by a system property or an environment
 * variable; an attribute written on the annotation wins over the run-wide value:
 * <table>
 *   <caption>Run-wide settings</caption>
 *   <tr><th>attribute</th><th>system property</th><th>environment variable</th></tr>
 *   <tr><td>{@link #backend()}</td><td>{@code testgraph.backend}</td><td>{@code TESTGRAPH_BACKEND}</td></tr>
 *   <tr><td>{@link #image()}</td><td>{@code testgraph.image}</td><td>{@code TESTGRAPH_IMAGE}</td></tr>
 *   <tr><td>{@link #settings()}</td><td>{@code testgraph.settings} ({@code ;}-separated)</td><td>{@code TESTGRAPH_SETTINGS}</td></tr>
 *   <tr><td>{@link #clean()}</td><td>{@code testgraph.clean}</td><td>{@code TESTGRAPH_CLEAN}</td></tr>
 *   <tr><td>{@link #keepSchema()}</td><td>{@code testgraph.keepSchema}</td><td>{@code TESTGRAPH_KEEP_SCHEMA}</td></tr>
 *   <tr><td>{@link #disabledWithoutDocker()}</td><td>{@code testgraph.disabledWithoutDocker}</td><td>{@code TESTGRAPH_DISABLED_WITHOUT_DOCKER}</td></tr>
 * </table>
 *
 * <p>The annotation is {@link Inherited} and can be used as a meta-annotation, so a team's own
 * {@code @IntegrationTest} can carry it. It holds a {@link ResourceLock} per server, so under JUnit's parallel
 * execution tests sharing a server run one after the other while classes on different servers run in parallel.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(Neo4jExtension.class)
@ResourceLock(providers = Neo4jResourceLocks.class)
public @interface Neo4jTest {

    /**
     * Where the server comes from. {@link Backend#AUTO} (the default) takes the run-wide {@code testgraph.backend}
     * if set, else an external server if {@code TESTGRAPH_URI} is set, else Testcontainers if Docker answers, else
     * the embedded server if {@code testgraph-embedded} is on the class path.
     */
    Backend backend() default Backend.AUTO;

    /**
     * The Docker image of the Testcontainers backend; empty means the run-wide {@code testgraph.image}, else
     * {@value Neo4jConnectionDetails#DEFAULT_IMAGE}. Ignored by the other backends.
     */
    String image() default "";

    /**
     * Extra Neo4j settings as {@code "key=value"}, e.g. {@code "db.transaction.timeout=10s"}. Added to the
     * run-wide {@code testgraph.settings}; a key given here wins. Usage reporting is always off.
     */
    String[] settings() default {};

    /** When the database is wiped; {@link CleanPolicy#DEFAULT} means the run-wide value, else before each test. */
    CleanPolicy clean() default CleanPolicy.DEFAULT;

    /**
     * Keeps indexes and constraints that tests created. By default the clean drops every index and constraint
     * that was not there when the server started.
     */
    boolean keepSchema() default false;

    /**
     * Skips the class (instead of failing it) when it needs Docker and Docker is not available. Ignored when
     * {@code testgraph.docker.required=true} (or {@code TESTGRAPH_DOCKER_REQUIRED=true}), which CI sets so that
     * Docker-backed tests can never be skipped silently.
     */
    boolean disabledWithoutDocker() default false;
}
