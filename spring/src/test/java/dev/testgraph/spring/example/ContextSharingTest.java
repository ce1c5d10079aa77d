package dev.testgraph.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Neo4jTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Spring's context cache and Testgraph's server sharing line up: classes on the same server configuration share one
 * application context (one refresh), a class on another configuration gets its own server and its own context. Runs on
 * the embedded backend, and in containers with {@code -Dtestgraph.spring.backend=testcontainers}.
 */
class ContextSharingTest {

    static final AtomicInteger REFRESHES = new AtomicInteger();

    @Test
    void classes_on_the_same_server_share_one_application_context() {
        REFRESHES.set(0);

        EngineExecutionResults results = Kit.run(First.class, Second.class, OtherServer.class);

        assertThat(results.testEvents().succeeded().count()).as(Kit.failures(results)).isEqualTo(3);
        assertThat(REFRESHES).as("context refreshes: one per server configuration").hasValue(2);
        assertThat(Kit.recorded("context")).hasSize(3);
        assertThat(Kit.recorded("context").get(1)).isSameAs(Kit.recorded("context").get(0));
        assertThat(Kit.recorded("context").get(2)).isNotSameAs(Kit.recorded("context").get(0));
        assertThat(Kit.recorded("uri").get(2)).isNotEqualTo(Kit.recorded("uri").get(0));
    }

    /** Counts the refreshes of the application contexts these classes use. */
    static final class RefreshCounter implements ApplicationListener<ContextRefreshedEvent> {
        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            REFRESHES.incrementAndGet();
        }
    }

    abstract static class Recording {
        @Autowired
        ApplicationContext context;

        @Autowired
        MovieRepository movies;

        @Test
        void records_its_context() {
            Kit.record("context", context);
            Kit.record("uri", context.getBean(org.neo4j.driver.Driver.class).executableQuery("RETURN 1").execute()
                    .summary().server().address());
            assertThat(movies.count()).isZero();
        }
    }

    @Neo4jTest
    @SpringBootTest(classes = MoviesApplication.class)
    @Import(RefreshCounter.class)
    static class First extends Recording {}

    @SpringBootTest(classes = MoviesApplication.class)
    @Neo4jTest
    @Import(RefreshCounter.class)
    static class Second extends Recording {}

    @Neo4jTest(settings = "db.transaction.timeout=5m")
    @SpringBootTest(classes = MoviesApplication.class)
    @Import(RefreshCounter.class)
    static class OtherServer extends Recording {}
}
