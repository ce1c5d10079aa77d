package dev.testgraph.integration.importfiles.north;

import dev.testgraph.integration.importfiles.ImportFilesProbe;
import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** Run by ImportFilesTest: its {@code same.csv} says "north"; it also has a file the south class must not see. */
@Neo4jTest
@ImportFiles({"same.csv", "north-only.csv"})
public class SameNameNorth {
    @Test
    void reads_its_own_file(Driver driver) {
        ImportFilesProbe.recordOwnerAndNorthOnly(driver, "north");
    }
}
