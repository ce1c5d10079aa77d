package dev.testgraph.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;

class Neo4jConnectionInfoTest {

    private final Neo4jConnectionInfo withPassword = new Neo4jConnectionInfo(URI.create("bolt://localhost:7687"),
            URI.create("http://localhost:7474"), "neo4j", "s3cret-password", "5.26.30", "community",
            Backend.TESTCONTAINERS);

    @Test
    void should_hide_the_password_in_toString() {
        assertThat(withPassword.toString())
                .isEqualTo("Neo4jConnectionInfo[boltUri=bolt://localhost:7687, httpUri=http://localhost:7474,"
                        + " username=neo4j, password=******, version=5.26.30, edition=community,"
                        + " backend=TESTCONTAINERS]")
                .doesNotContain("s3cret");
    }

    @Test
    void should_build_basic_auth_or_none() {
        assertThat(withPassword.authToken()).isEqualTo(AuthTokens.basic("neo4j", "s3cret-password"));
        assertThat(withPassword.authenticationEnabled()).isTrue();
        Neo4jConnectionInfo open = new Neo4jConnectionInfo(URI.create("bolt://localhost:7687"), null, null,
                null, "5.26.30", "community", Backend.EMBEDDED);
        assertThat(open.authToken()).isEqualTo(AuthTokens.none());
        assertThat(open.authenticationEnabled()).isFalse();
        assertThat(open.http()).isEmpty();
    }

    @Test
    void should_require_a_bolt_uri() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Neo4jConnectionInfo(null, null, null, null, null, null, Backend.EMBEDDED))
                .withMessage("boltUri");
    }
}
