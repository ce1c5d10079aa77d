package dev.testgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.serverplugin.WarmUp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * A server Testgraph starts plans the run's first queries while it starts ({@link WarmUp}): every one of them runs
 * on this Neo4j, and the database is left exactly as a server without the warm-up has it.
 */
class ServerWarmUpTest {

    @Test
    void a_marked_server_plans_every_warm_up_query_and_leaves_no_token_and_no_transaction() throws Exception {
        long freshTransactionId;
        try (Neo4j plain = server(List.of("testgraph.state"))) {
            GraphDatabaseService database = plain.defaultDatabaseService();
            assertThat(WarmUp.await(database, Duration.ZERO)).isEmpty();
            freshTransactionId = lastCommitted(database);
        }
        try (Neo4j warmed = server(List.of("testgraph.state", WarmUp.MARK))) {
            GraphDatabaseService database = warmed.defaultDatabaseService();

            WarmUp.Outcome outcome = WarmUp.await(database, Duration.ofMinutes(1)).orElseThrow();

            assertThat(outcome.ended()).isTrue();
            assertThat(outcome.failed()).isEmpty();
            assertThat(outcome.ran()).hasSize(8).contains(WarmUp.COMPONENTS, WarmUp.LIST_INDEXES);
            assertThat(lastCommitted(database)).isEqualTo(freshTransactionId);
            List<Long> counts = database.executeTransactionally("CALL db.labels() YIELD label RETURN count(*) AS labels"
                    + " UNION ALL CALL db.relationshipTypes() YIELD relationshipType RETURN count(*) AS labels"
                    + " UNION ALL CALL db.propertyKeys() YIELD propertyKey RETURN count(*) AS labels"
                    + " UNION ALL MATCH (n) RETURN count(n) AS labels", java.util.Map.of(),
                    result -> result.stream().map(row -> (Long) row.get("labels")).toList());
            assertThat(counts).containsExactly(0L, 0L, 0L, 0L);
            // what a test sees through the plugin's procedure
            Object clean = database.executeTransactionally("CALL testgraph.warmUp() YIELD started, ended, failed"
                    + " RETURN started AND ended AND size(failed) = 0 AS clean", java.util.Map.of(),
                    result -> result.next().get("clean"));
            assertThat(clean).isEqualTo(true);
            // the system database is never warmed up
            assertThat(WarmUp.await(warmed.databaseManagementService().database("system"), Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void a_procedure_the_harness_registers_after_the_database_started_is_waited_for() throws Exception {
        // neo4j-harness registers the procedures it is given once the databases run: the warm-up can come sooner
        try (Neo4j server = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("testgraph.state", WarmUp.MARK))
                .withConfig(usageReport(), false)
                .build()) {
            GraphDatabaseService database = server.defaultDatabaseService();
            WarmUp.Outcome outcome = WarmUp.await(database, Duration.ZERO).orElseThrow();
            java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofMinutes(1));
            while (outcome.ran().size() < 3 && outcome.failed().isEmpty()
                    && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(outcome.ran()).as("the queries that need no procedure").hasSize(3);
            Thread.sleep(200);

            ((GraphDatabaseAPI) database).getDependencyResolver()
                    .resolveDependency(org.neo4j.kernel.api.procedure.GlobalProcedures.class)
                    .registerProcedure(dev.testgraph.serverplugin.DatabaseState.class);

            assertThat(WarmUp.await(database, Duration.ofMinutes(1))).hasValueSatisfying(ended -> {
                assertThat(ended.failed()).isEmpty();
                assertThat(ended.ran()).hasSize(8);
            });
        }
    }

    private static Neo4j server(List<String> unrestricted) {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, unrestricted)
                .withConfig(usageReport(), false)
                .withProcedure(dev.testgraph.serverplugin.DatabaseState.class)
                .withProcedure(dev.testgraph.serverplugin.WarmUpProcedure.class)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static org.neo4j.graphdb.config.Setting<Boolean> usageReport() {
        return (org.neo4j.graphdb.config.Setting<Boolean>) (org.neo4j.graphdb.config.Setting<?>)
                org.neo4j.configuration.Config.defaults().getDeclaredSettings().get("dbms.usage_report.enabled");
    }

    private static long lastCommitted(GraphDatabaseService database) {
        return ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(TransactionIdStore.class)
                .getLastCommittedTransactionId();
    }
}
