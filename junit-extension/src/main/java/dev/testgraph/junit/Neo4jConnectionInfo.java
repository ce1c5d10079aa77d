package dev.testgraph.junit;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * How to reach the server of a {@link Neo4jTest}, for code under test that builds its own driver. Named so that it
 * does not clash with Spring Boot's {@code Neo4jConnectionDetails} in the tests where both appear (it was
 * {@code Neo4jConnectionDetails} before 0.1). In Spring Boot tests, {@code testgraph-spring} wires Boot by itself.
 *
 * <pre>{@code
 * @Neo4jTest
 * class ApplicationTest {
 *     @Test
 *     void connects(Neo4jConnectionInfo neo4j) {
 *         try (MyApplication application = new MyApplication(neo4j.boltUri(), neo4j.authToken())) {
 *             ...
 *         }
 *     }
 * }
 * }</pre>
 *
 * @param boltUri the bolt URI, e.g. {@code bolt://localhost:32768}
 * @param httpUri the HTTP URI, or {@code null} when the server has no HTTP connector
 * @param username the user name, or {@code null} when authentication is off
 * @param password the password, or {@code null} when authentication is off
 * @param version the Neo4j version the server reports, e.g. {@code 5.26.30}
 * @param edition the Neo4j edition the server reports, e.g. {@code community}
 * @param backend Testgraph's backend that provides the server, or {@code null} for a third-party provider
 * @param backendName the name of the backend's provider, e.g. {@code embedded} or a third-party {@code aura}
 */
public record Neo4jConnectionInfo(
        URI boltUri, URI httpUri, String username, String password, String version, String edition, Backend backend,
        String backendName) {

    /** Checks the mandatory parts. */
    public Neo4jConnectionInfo {
        Objects.requireNonNull(boltUri, "boltUri");
        if (backend == null && backendName == null) {
            throw new NullPointerException("backend");
        }
        if (backendName == null) {
            backendName = backend.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Details of a server from one of Testgraph's own backends.
     *
     * @param boltUri the bolt URI
     * @param httpUri the HTTP URI, or {@code null}
     * @param username the user name, or {@code null} when authentication is off
     * @param password the password, or {@code null} when authentication is off
     * @param version the Neo4j version
     * @param edition the Neo4j edition
     * @param backend the backend
     */
    public Neo4jConnectionInfo(
            URI boltUri, URI httpUri, String username, String password, String version, String edition,
            Backend backend) {
        this(boltUri, httpUri, username, password, version, edition, backend, null);
    }

    /** @return the HTTP URI, if the server has an HTTP connector */
    public Optional<URI> http() {
        return Optional.ofNullable(httpUri);
    }

    /** @return basic authentication with {@link #username()} and {@link #password()}, or none */
    public AuthToken authToken() {
        return username == null ? AuthTokens.none() : AuthTokens.basic(username, password);
    }

    /** @return whether the server asks for credentials */
    public boolean authenticationEnabled() {
        return username != null;
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        return "Neo4jConnectionInfo[boltUri=" + boltUri + ", httpUri=" + httpUri + ", username=" + username
                + ", password=" + (password == null ? null : "******") + ", version=" + version + ", edition="
                + edition + ", backend=" + (backend != null ? backend : backendName) + "]";
    }
}
