package dev.testgraph.imagetests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs a Docker engine and the given images in it. Without them the class is skipped
 * with the reason, or fails if Docker is required ({@code TESTGRAPH_DOCKER_REQUIRED=true} or
 * {@code -Dtestgraph.docker.required=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDockerExtension.class)
@interface RequiresDocker {

    /** Images that must already be in the local engine: no registry is asked for them. */
    String[] images();
}
