package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.testgraph.junit.Neo4jTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A server Testgraph starts plans the run's first queries while it starts (testgraph-server-plugin's
 * {@code WarmUp}): on every backend that starts its server and every Neo4j version the suite runs on, each warm-up
 * query runs without an error (a failed one would only cost the time it should save, so nothing else would notice).
 */
@Neo4jTest
@ExtendWith(BackendUnderTest.class)
class ServerWarmUpTest {

    @Test
    void every_warm_up_query_runs_on_this_neo4j(Driver driver) throws InterruptedException {
        assumeFalse(BackendUnderTest.backend().equals("external"),
                "a server Testgraph did not start is never warmed up");
        Record outcome = driver.executableQuery("CALL testgraph.warmUp()").execute().records().get(0);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!outcome.get("ended").asBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            outcome = driver.executableQuery("CALL testgraph.warmUp()").execute().records().get(0);
        }

        assertThat(outcome.get("started").asBoolean()).as("warm-up started").isTrue();
        assertThat(outcome.get("ended").asBoolean()).as("warm-up ended").isTrue();
        assertThat(outcome.get("failed").asList()).as("warm-up queries that failed").isEmpty();
        assertThat(outcome.get("ran").asList()).hasSize(8);
    }
}
