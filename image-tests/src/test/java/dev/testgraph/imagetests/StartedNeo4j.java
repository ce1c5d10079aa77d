package dev.testgraph.imagetests;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
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

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            container.stop();
        }
    }
}
