package dev.testgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.spi.Neo4jServer;
import dev.testgraph.junit.spi.ServerRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * The embedded server counts open transactions in process, so that the check after every test for transactions it
 * left open needs no round trip when there are none.
 */
class OpenTransactionCountTest {

    @Test
    void counts_an_open_transaction_in_process_on_any_database() throws Exception {
        // without the warm-up, whose transactions may still be open right after the start
        ServerRequest request = new ServerRequest("neo4j:5.26-community", Map.of(), "OpenTransactionCountTest",
                property -> property.equals("testgraph.warmUpServer") ? Optional.of("false") : Optional.empty());
        try (Neo4jServer server = new EmbeddedNeo4jServerProvider().start(request);
                Driver driver = GraphDatabase.driver(server.boltUri(), server.username() == null
                        ? AuthTokens.none()
                        : AuthTokens.basic(server.username(), server.password()))) {
            assertThat(server.openTransactionCount()).hasValue(0);

            try (Session session = driver.session(); Transaction open = session.beginTransaction()) {
                open.run("CREATE (:Left {open: true})").consume();
                assertThat(server.openTransactionCount()).hasValue(1);
            }
            try (Session system = driver.session(org.neo4j.driver.SessionConfig.forDatabase("system"));
                    Transaction open = system.beginTransaction()) {
                open.run("SHOW DATABASES").consume();
                assertThat(server.openTransactionCount()).hasValue(1);
            }
        }
    }
}
