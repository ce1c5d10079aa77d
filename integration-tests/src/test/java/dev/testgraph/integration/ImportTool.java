package dev.testgraph.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Runs Neo4j's own import tool, {@code neo4j-admin database import full}, on the files of a CSV fixture inside a
 * container of the image, before its server starts; the server then serves the imported database. The descriptor
 * becomes the tool's options: each node entry one {@code --nodes=Label1:Label2=header.csv,data.csv}, each relationship
 * entry one {@code --relationships=TYPE=...}, and {@code --delimiter}, {@code --array-delimiter}, {@code --quote} as
 * written there; {@code --multiline-fields=true}, since quoted fields may hold line breaks.
 */
final class ImportTool {

    /** Where the fixture's files are copied in the container. */
    private static final String FILES = "/testgraph-import/";

    /**
     * The import, then the image's own entrypoint. The image's {@code neo4j-admin} script where it has one (the
     * official image), else the class that script runs, {@code org.neo4j.cli.AdminTool}, with the JVM options of the
     * configuration as the script passes them (the offline image has the tool without the script; on Java 21 the
     * import needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} from there). The tool's output goes to the
     * container log.
     */
    private static final String SCRIPT = """
            cd /var/lib/neo4j || exit 1
            if [ -x bin/neo4j-admin ]; then
              bin/neo4j-admin "$@" || exit 1
            else
              java $(sed -n 's/^server.jvm.additional=//p' conf/neo4j.conf) -Xmx512m -cp 'lib/*' \\
                org.neo4j.cli.AdminTool "$@" || exit 1
            fi
            exec /startup/docker-entrypoint.sh neo4j
            """;

    private ImportTool() {}

    /**
     * A container that imports the fixture's files into database {@code neo4j} and then starts the server, without
     * authentication and with usage reports off; not started.
     *
     * @param image the Neo4j image, e.g. {@code neo4j:5.26-community}
     * @param descriptor the CSV fixture's descriptor ({@code *.csv-fixture.json}), its files next to it
     */
    static Neo4jContainer container(String image, Path descriptor) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", SCRIPT, "import-then-start"));
        command.addAll(arguments(descriptor, FILES));
        return new Neo4jContainer(image)
                .withoutAuthentication()
                .withNeo4jConfig("dbms.usage_report.enabled", "false")
                .withNeo4jConfig("server.memory.heap.max_size", "512m")
                .withNeo4jConfig("server.memory.pagecache.size", "64m")
                // as Testgraph's own containers: Bolt's start asks the name of 0.0.0.0, which without DNS waits 10 s
                .withExtraHost("0.0.0.0", "0.0.0.0")
                .withCopyFileToContainer(MountableFile.forHostPath(descriptor.toAbsolutePath().getParent()), FILES)
                .withCommand(command.toArray(String[]::new))
                .withStartupTimeout(Duration.ofMinutes(5));
    }

    /**
     * Starts the container; if it does not start (the import failed, say), the exception carries the end of its log,
     * where the import tool says why.
     */
    static Neo4jContainer start(Neo4jContainer container) {
        StringBuilder log = new StringBuilder();
        container.withLogConsumer(frame -> log.append(frame.getUtf8String()));
        try {
            container.start();
            return container;
        } catch (RuntimeException e) {
            String text = log.toString();
            throw new IllegalStateException("The import or the server start failed; the end of the container log:\n"
                    + text.substring(Math.max(0, text.length() - 6000)), e);
        }
    }

    /** The tool's arguments for a descriptor whose files are in {@code directory} (ending in {@code /}). */
    static List<String> arguments(Path descriptor, String directory) throws IOException {
        JsonNode json = new ObjectMapper().readTree(descriptor.toFile());
        List<String> arguments = new ArrayList<>(List.of("database", "import", "full", "neo4j",
                "--multiline-fields=true", "--max-off-heap-memory=256m", "--report-file=/tmp/import.report"));
        if (json.has("delimiter")) {
            arguments.add("--delimiter=" + character(json.get("delimiter").asText()));
        }
        if (json.has("arrayDelimiter")) {
            arguments.add("--array-delimiter=" + character(json.get("arrayDelimiter").asText()));
        }
        if (json.has("quote")) {
            arguments.add("--quote=" + json.get("quote").asText());
        }
        for (JsonNode entry : json.path("nodes")) {
            List<String> labels = new ArrayList<>();
            entry.path("labels").forEach(label -> labels.add(label.asText()));
            arguments.add("--nodes=" + (labels.isEmpty() ? "" : String.join(":", labels) + "=")
                    + files(entry, directory));
        }
        for (JsonNode entry : json.path("relationships")) {
            arguments.add("--relationships=" + (entry.has("type") ? entry.get("type").asText() + "=" : "")
                    + files(entry, directory));
        }
        return arguments;
    }

    /** A tab as the tool names it; any other character as it is. */
    private static String character(String text) {
        return text.equals("\t") ? "TAB" : text;
    }

    /** The header file (if any) and the data files, comma-separated, as the tool takes a group of files. */
    private static String files(JsonNode entry, String directory) {
        List<String> files = new ArrayList<>();
        if (entry.has("header")) {
            files.add(directory + entry.get("header").asText());
        }
        entry.path("files").forEach(file -> files.add(directory + file.asText()));
        return String.join(",", files);
    }
}
