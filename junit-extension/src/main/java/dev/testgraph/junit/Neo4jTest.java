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
 * (shared, never close it), {@link org.neo4j.driver.Session}, {@link org.neo4j.driver.async.AsyncSession} (opened
 * for the test and closed after it), {@link Neo4jConnectionInfo} and {@link dev.testgraph.fixtures.LoadedGraph}
 * (what {@link Fixture} loaded). Non-final fields of those types that are still {@code null} are injected too:
 * static fields before all tests, instance fields before each test.
 *
 * <p>Every attribute can be set for a whole run, without editing tests, by a system property or an environment
 * variable; an attribute written on the annotation wins over the run-wide value. The names are the
 * {@code *_PROPERTY_NAME} constants below; the environment variable of {@code testgraph.keepSchema} is
 * {@code TESTGRAPH_KEEP_SCHEMA} (upper case, a {@code _} before each capital and for each dot). Only system
 * properties and environment variables are read, once per run.
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

    /** Run-wide {@link #backend()} or {@link #backendName()}: {@code auto}, {@code testcontainers}, {@code embedded}, {@code external} or a provider's name. */
    String BACKEND_PROPERTY_NAME = "testgraph.backend";
    /** Run-wide {@link #image()}. */
    String IMAGE_PROPERTY_NAME = "testgraph.image";
    /** Run-wide {@link #settings()}, {@code ;}-separated; added to each class's own. */
    String SETTINGS_PROPERTY_NAME = "testgraph.settings";
    /** Run-wide {@link #clean()}: {@code before_each}, {@code before_all}, {@code never}. */
    String CLEAN_PROPERTY_NAME = "testgraph.clean";
    /** Run-wide {@link #keepSchema()}. */
    String KEEP_SCHEMA_PROPERTY_NAME = "testgraph.keepSchema";
    /** Run-wide {@link #disabledWithoutDocker()}. */
    String DISABLED_WITHOUT_DOCKER_PROPERTY_NAME = "testgraph.disabledWithoutDocker";
    /** {@code true}: classes that need Docker fail instead of being skipped when Docker is missing (for CI). */
    String DOCKER_REQUIRED_PROPERTY_NAME = "testgraph.docker.required";
    /** The bolt URI of the external backend, e.g. {@code bolt://localhost:7687}. */
    String URI_PROPERTY_NAME = "testgraph.uri";
    /** The user of the external backend; {@code neo4j} when not set. */
    String USER_PROPERTY_NAME = "testgraph.user";
    /**
     * The password of the external backend. Prefer the environment variable {@code TESTGRAPH_PASSWORD}: build tools
     * write system properties into test reports (Surefire's {@code TEST-*.xml}).
     */
    String PASSWORD_PROPERTY_NAME = "testgraph.password";
    /** {@code true} lets Testgraph clean an external server, which it did not start. */
    String ALLOW_WIPE_PROPERTY_NAME = "testgraph.allowWipe";
    /** {@code false}: clean and reload before every test even when the previous test changed nothing. */
    String REUSE_UNCHANGED_PROPERTY_NAME = "testgraph.reuseUnchanged";

    /**
     * How long Testgraph's own work on a server (the clean, a fixture load, its state reads) may take before it gives up
     * with a message naming what held it up: {@code 30s}, {@code 2m}, {@code PT90S}; two minutes by default.
     */
    String TIMEOUT_PROPERTY_NAME = "testgraph.timeout";
    /**
     * What happens to a test that leaves transactions open on the server (an unclosed session, a transaction never
     * committed or rolled back): {@code fail} (the default) fails it after Testgraph terminated them, {@code warn} only
     * reports it. Either way the next tests run.
     */
    String LEAKED_TRANSACTIONS_PROPERTY_NAME = "testgraph.leakedTransactions";
    /**
     * How the Testcontainers backend knows its container is ready: {@code started} (the default) waits for the
     * server's own {@code Started.} log line, written once Bolt and HTTP both listen; {@code testcontainers} keeps
     * Testcontainers' wait (the {@code Bolt enabled} line, then polls HTTP once a second, which adds up to a second).
     * A container customiser's own {@code waitingFor(...)} wins over both.
     */
    String CONTAINER_WAIT_PROPERTY_NAME = "testgraph.container.wait";
    /**
     * {@code true} (the default): the Testcontainers backend copies the hash of its container's random password into
     * the container ({@code /data/dbms/auth.ini}, read by Neo4j when it creates its system database) instead of
     * passing {@code NEO4J_AUTH}, which makes the image's entrypoint start a JVM of its own ({@code neo4j-admin}) to
     * write that file before the server starts. {@code false} passes {@code NEO4J_AUTH}. Containers with
     * {@code tmpfs = true} or a container customiser always get {@code NEO4J_AUTH}: a mount on {@code /data} would hide
     * the file.
     */
    String CONTAINER_PASSWORD_FILE_PROPERTY_NAME = "testgraph.container.passwordFile";
    /**
     * {@code true} (the default): the Testcontainers backend gives its container the {@code /etc/hosts} line
     * {@code 0.0.0.0 0.0.0.0}. When Neo4j's Bolt connector starts it logs the host name of the address it listens on,
     * {@code 0.0.0.0}, and the JVM asks DNS for it; where the container's DNS server does not answer (a machine without
     * a network, a build sandbox) that lookup waits out the resolver's timeout, measured at 10 s of a 19 s start. The
     * line answers it from the file with the same name Neo4j would print anyway. {@code false} leaves
     * {@code /etc/hosts} as Docker writes it. Not added to a container on the host's network, which Docker refuses
     * host entries for.
     */
    String CONTAINER_HOSTS_ENTRY_PROPERTY_NAME = "testgraph.container.hostsEntry";
    /**
     * {@code true}: while a server starts, Testgraph loads the driver's connection code on a thread of its own (a
     * connection attempt to a closed loopback port), so that the first real connection does not pay for it;
     * {@code false}: it does not; {@code auto} (the default): it does for every server but the embedded one, whose
     * start keeps a two-core machine's cores busy (the warm-up did not shorten it), while the test JVM only waits for
     * a container.
     */
    String WARM_UP_DRIVER_PROPERTY_NAME = "testgraph.warmUpDriver";
    /**
     * {@code true} (the default): a server Testgraph starts plans the queries of a test run's start (Testgraph's
     * first queries, the shapes of a fixture load) on a thread of its own while it starts, in transactions that roll
     * back and create no token, so that the first test does not wait for a cold Cypher planner; {@code false}: it
     * does not. Servers Testgraph does not start are never touched.
     */
    String WARM_UP_SERVER_PROPERTY_NAME = "testgraph.warmUpServer";
    /**
     * {@code true} (the default): when JUnit's discovery starts and the run selects a {@code @Neo4jTest} class that
     * may run on Testcontainers, Testgraph asks Docker whether it answers on a thread of its own, so that the Docker
     * client starts while JUnit discovers the tests; {@code false}: it asks when the first class needs a server.
     */
    String EARLY_DOCKER_CHECK_PROPERTY_NAME = "testgraph.earlyDockerCheck";

    /** The image the Testcontainers backend uses unless told otherwise. */
    String DEFAULT_IMAGE = "neo4j:5.26-community";

    /**
     * Where the server comes from. {@link Backend#AUTO} (the default) takes the run-wide {@code testgraph.backend}
     * if set, else the first available backend in order: an external server if {@code TESTGRAPH_URI} is set, else
     * Testcontainers if Docker answers, else the embedded server if {@code testgraph-embedded} is on the class path
     * (then any third-party provider, by its order).
     */
    Backend backend() default Backend.AUTO;

    /**
     * The name of a backend provider outside Testgraph (see {@link dev.testgraph.junit.spi.Neo4jServerProvider}),
     * e.g. {@code "aura"}; wins over {@link #backend()} when set. Empty by default.
     */
    String backendName() default "";

    /**
     * The Docker image of the Testcontainers backend; empty means the run-wide {@code testgraph.image}, else
     * {@value #DEFAULT_IMAGE}. Ignored by the other backends.
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
     * Classes of the test's class path with {@code @Procedure}, {@code @UserFunction} or
     * {@code @UserAggregationFunction} methods, installed on the server: registered in process on the embedded
     * backend, packed into a jar and copied into {@code /plugins} on containers. An external server must have them
     * already (Testgraph checks, and fails the class when they are missing). Servers with other procedures are other
     * configurations.
     *
     * <pre>{@code
     * @Neo4jTest(procedures = FriendRecommendations.class)
     * class FriendRecommendationsTest { ... }
     * }</pre>
     */
    Class<?>[] procedures() default {};

    /**
     * What the {@link #procedures()} need that the server does not have: each class stands for the jar (or class-path
     * directory) it was loaded from, which Testgraph copies whole into the container's {@code /plugins} next to the
     * procedure jar (a directory is packed into a jar first). Name one class per library, e.g. a class of
     * {@code commons-math3} for a procedure that calls it; Neo4j's own libraries ({@code org.neo4j}, and Jackson, the
     * Apache Commons Lang and Text that Neo4j's {@code lib} has) need no entry. The embedded backend already runs on
     * the test's class path and ignores this; an external server must have them already.
     *
     * <pre>{@code
     * @Neo4jTest(procedures = Statistics.class, procedureDependencies = org.apache.commons.math3.stat.StatUtils.class)
     * class StatisticsTest { ... }
     * }</pre>
     */
    Class<?>[] procedureDependencies() default {};

    /**
     * Plugins the server gets: {@code "apoc"} (APOC core, of the version on the test class path: add the test
     * dependency {@code org.neo4j.procedure:apoc-core} and {@code apoc-common}; in containers without it, the image's
     * own {@code NEO4J_PLUGINS}). APOC's own settings ({@code apoc.import.file.enabled=true}, ...) go into
     * {@link #settings()}.
     */
    String[] plugins() default {};

    /**
     * Environment variables of the container, as {@code "NAME=value"}: for example
     * {@code "NEO4J_ACCEPT_LICENSE_AGREEMENT=yes"} for an enterprise image. Testcontainers backend only; ignored
     * elsewhere. For Neo4j settings use {@link #settings()}.
     */
    String[] containerEnvironment() default {};

    /**
     * Puts the container's {@code /data} and {@code /logs} on tmpfs (memory) instead of the container's file system.
     * Testcontainers backend only. See BENCHMARKS.md for what it changes on a small machine.
     */
    boolean tmpfs() default false;

    /**
     * Labels of the container, as {@code "name=value"}: for example {@code "team=payments"}, so that the team's
     * containers can be found with {@code docker ps --filter label=team=payments}. Testcontainers backend only; ignored
     * elsewhere. Classes with other labels get another server.
     */
    String[] containerLabels() default {};

    /**
     * A class that changes the container before it starts, for what no attribute covers (see
     * {@link Neo4jContainerCustomizer}: it must be deterministic, and needs a constructor without parameters).
     * Classes naming the same customiser class share a server; another customiser means another server. Testcontainers
     * backend only: a class whose server comes from another backend fails, saying so. {@code
     * Neo4jContainerCustomizer.class} itself, the default, means none.
     */
    Class<? extends Neo4jContainerCustomizer> containerCustomizer() default Neo4jContainerCustomizer.class;

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
