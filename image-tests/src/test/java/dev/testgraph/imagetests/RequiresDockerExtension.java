package dev.testgraph.imagetests;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testcontainers.DockerClientFactory;

/**
 * Skips a {@link RequiresDocker} class when Docker or one of its images is missing, or fails it when Docker is
 * required: the condition only lets such a class run, and {@link #beforeAll} then fails it with the reason.
 */
final class RequiresDockerExtension implements ExecutionCondition, BeforeAllCallback {

    static final String REQUIRED_PROPERTY = "testgraph.docker.required";
    static final String REQUIRED_VARIABLE = "TESTGRAPH_DOCKER_REQUIRED";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("Docker was checked for the class");
        }
        Optional<String> missing = missingPrerequisite(context);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Docker and the images are available");
        }
        if (dockerRequired()) {
            return ConditionEvaluationResult.enabled("Docker is required: the class fails before its tests");
        }
        return ConditionEvaluationResult.disabled(String.format(
                "This test needs Docker: %s. Set %s=true or -D%s=true to fail instead of skipping.",
                missing.get(), REQUIRED_VARIABLE, REQUIRED_PROPERTY));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        missingPrerequisite(context).ifPresent(missing -> {
            throw new IllegalStateException(String.format(
                    "Docker was required (%s=true or -D%s=true) but %s.",
                    REQUIRED_VARIABLE, REQUIRED_PROPERTY, missing));
        });
    }

    /** The system property wins over the environment variable when both are set. */
    static boolean dockerRequired() {
        String value = System.getProperty(REQUIRED_PROPERTY, System.getenv(REQUIRED_VARIABLE));
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private static Optional<String> missingPrerequisite(ExtensionContext context) {
        String[] images = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RequiresDocker.class)
                .map(RequiresDocker::images)
                .orElse(new String[0]);
        DockerClient docker;
        try {
            docker = DockerClientFactory.instance().client();
        } catch (IllegalStateException e) {
            return Optional.of("no Docker engine could be reached (see the Testcontainers log for where it looked)");
        } catch (RuntimeException e) {
            String hint = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("ryuk")
                    ? " (where no registry is reachable, set TESTCONTAINERS_RYUK_DISABLED=true)"
                    : "";
            return Optional.of("Testcontainers could not use the Docker engine: " + e.getMessage() + hint);
        }
        for (String image : images) {
            try {
                docker.inspectImageCmd(image).exec();
            } catch (NotFoundException e) {
                return Optional.of("the image " + image + " is not in the local Docker engine; build it with"
                        + " docker/offline-image/build.sh (or docker pull it where a registry is reachable)");
            }
        }
        return Optional.empty();
    }
}
