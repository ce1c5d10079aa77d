package dev.testgraph.imagetests;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/** How a container that is expected to stop by itself ended: its exit code and everything it wrote. */
record ContainerExit(int code, String output) {

    /** Runs the image with one environment variable until it exits (a minute at most), then removes it. */
    static ContainerExit run(String image, String environment) throws InterruptedException {
        DockerClient docker = DockerClientFactory.instance().client();
        String id = docker.createContainerCmd(image).withEnv(environment).exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            int code = docker.waitContainerCmd(id).start().awaitStatusCode(60, TimeUnit.SECONDS);
            StringBuilder output = new StringBuilder();
            docker.logContainerCmd(id)
                    .withStdOut(true)
                    .withStdErr(true)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            output.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        }
                    })
                    .awaitCompletion(30, TimeUnit.SECONDS);
            return new ContainerExit(code, output.toString());
        } finally {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        }
    }
}
