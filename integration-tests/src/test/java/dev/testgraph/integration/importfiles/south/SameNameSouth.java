package dev.testgraph.integration.importfiles.south;

import dev.testgraph.integration.importfiles.ImportFilesProbe;
import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.Neo4jTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** Run by ImportFilesTest: its {@code same.csv}, next to it, says "south". */
@Neo4jTest
@ImportFiles("same.csv")
public class SameNameSouth {
    @Test
    void reads_its_own_file(Driver driver) {
        ImportFilesProbe.recordOwnerAndNorthOnly(driver, "south");
    }
}
