package dev.testgraph.integration.importfiles;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

/** What the classes of these packages read, for ImportFilesTest to check. */
public final class ImportFilesProbe {

    /** What each class saw, by class name: the owner in same.csv, then whether north-only.csv was there. */
    public static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

    private ImportFilesProbe() {}

    /** Reads file:///same.csv and tries file:///north-only.csv, recording both under the class's name. */
    public static void recordOwnerAndNorthOnly(Driver driver, String who) {
        List<String> seen = SEEN.computeIfAbsent(who, k -> new CopyOnWriteArrayList<>());
        seen.add(driver.executableQuery("LOAD CSV WITH HEADERS FROM 'file:///same.csv' AS row RETURN row.owner")
                .execute().records().get(0).get(0).asString());
        try {
            driver.executableQuery("LOAD CSV WITH HEADERS FROM 'file:///north-only.csv' AS row RETURN row.owner")
                    .execute();
            seen.add("north-only.csv there");
        } catch (ClientException e) {
            seen.add("north-only.csv absent");
        }
    }
}
