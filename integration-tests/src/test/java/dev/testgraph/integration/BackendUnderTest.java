package dev.testgraph.integration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips the suite on the Testcontainers run when Docker does not answer, unless the run requires Docker
 * ({@code TESTGRAPH_DOCKER_REQUIRED=true}, as CI sets it): then the suite runs and fails loudly.
 */
final class BackendUnderTest implements BeforeAllCallback {

    static String backend() {
        return System.getProperty("testgraph.backend", "auto");
    }

    static boolean dockerRequired() {
        return Boolean.parseBoolean(System.getProperty("testgraph.docker.required",
                String.valueOf(System.getenv("TESTGRAPH_DOCKER_REQUIRED"))));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (backend().equals("testcontainers") && !dockerRequired()) {
            assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                    "Docker is not available: the Testcontainers run of the suite is skipped"
                            + " (set TESTGRAPH_DOCKER_REQUIRED=true to make this a failure)");
        }
    }
}
