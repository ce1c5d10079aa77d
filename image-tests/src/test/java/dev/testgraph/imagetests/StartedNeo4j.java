package dev.testgraph.imagetests;

import java.io.IOException;
import java.util.List;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.neo4j.Neo4jContainer;

/** A started container and a driver connected to it, closed together. */
record StartedNeo4j(Neo4jContainer container, Driver driver) implements AutoCloseable {

    /** Starts the container (removing it again if it does not start) and connects a driver to it. */
    static StartedNeo4j start(Neo4jContainer container, AuthToken authToken) {
        try {
            container.start();
            return new StartedNeo4j(container, GraphDatabase.driver(container.getBoltUrl(), authToken));
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
    }

    /** The user (name and id) of each Java process in the container, one line each: {@code "neo4j 7474"}. */
    List<String> javaProcessUsers() throws IOException, InterruptedException {
        // Every /proc/<pid> folder belongs to the user the process runs as.
        ExecResult javaProcesses = container.execInContainer(
                "sh",
                "-c",
                "for p in /proc/[0-9]*; do [ \"$(cat $p/comm 2>/dev/null)\" = java ] && stat -c '%U %u' $p; done;"
                        + " true");
        return javaProcesses.getStdout().lines().toList();
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            container.stop();
        }
    }
}
