package dev.testgraph.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark graph, written in every format the peers read: {@code nodes} {@code :Person} nodes
 * ({@code uid}, {@code name}, {@code age}) and two {@code :KNOWS} relationships ({@code since}) leaving each node,
 * one to the next node and one to a node further away. The same graph for every format, so the loads compare.
 */
final class GraphData {

    private final int nodes;

    GraphData(int nodes) {
        this.nodes = nodes;
    }

    int nodes() {
        return nodes;
    }

    int relationships() {
        return 2 * nodes;
    }

    int entities() {
        return nodes + relationships();
    }

    int from(int relationship) {
        return relationship / 2;
    }

    int to(int relationship) {
        int from = from(relationship);
        int to = relationship % 2 == 0 ? (from + 1) % nodes : (int) ((from * 31L + 7) % nodes);
        return to == from ? (from + 2) % nodes : to;
    }

    static int age(int node) {
        return node % 90;
    }

    static int since(int relationship) {
        return 2000 + relationship % 25;
    }

    /** Testgraph JSON, one entity per line. */
    void writeTestgraphJson(Path file) {
        write(file, out -> {
            out.write("{\"nodes\": [\n");
            for (int i = 0; i < nodes; i++) {
                out.write("{\"id\": \"p" + i + "\", \"labels\": [\"Person\"], \"properties\": {\"uid\": " + i
                        + ", \"name\": \"person-" + i + "\", \"age\": " + age(i) + "}}"
                        + (i + 1 < nodes ? ",\n" : "\n"));
            }
            out.write("],\n\"relationships\": [\n");
            for (int r = 0; r < relationships(); r++) {
                out.write("{\"type\": \"KNOWS\", \"from\": \"p" + from(r) + "\", \"to\": \"p" + to(r)
                        + "\", \"properties\": {\"since\": " + since(r) + "}}"
                        + (r + 1 < relationships() ? ",\n" : "\n"));
            }
            out.write("]}\n");
        });
    }

    /**
     * A Testgraph CSV fixture in the {@code neo4j-admin database import} format: {@code people.csv}
     * ({@code :ID,uid:long,name,age:int}, the id being the uid) and {@code knows.csv}
     * ({@code :START_ID,:END_ID,since:int}) next to the descriptor, which gives the label and the type.
     */
    Path writeCsvFixture(Path descriptor) {
        Path directory = descriptor.toAbsolutePath().getParent();
        write(directory.resolve("people.csv"), out -> {
            out.write(":ID,uid:long,name,age:int\n");
            for (int i = 0; i < nodes; i++) {
                out.write(i + "," + i + ",person-" + i + "," + age(i) + "\n");
            }
        });
        write(directory.resolve("knows.csv"), out -> {
            out.write(":START_ID,:END_ID,since:int\n");
            for (int r = 0; r < relationships(); r++) {
                out.write(from(r) + "," + to(r) + "," + since(r) + "\n");
            }
        });
        write(descriptor, out -> out.write("""
                {
                  "nodes": [{"files": ["people.csv"], "labels": ["Person"]}],
                  "relationships": [{"files": ["knows.csv"], "type": "KNOWS"}]
                }
                """));
        return descriptor;
    }

    /** The JSON lines {@code apoc.export.json.all} writes and {@code apoc.import.json} reads. */
    void writeApocJsonLines(Path file) {
        write(file, out -> {
            for (int i = 0; i < nodes; i++) {
                out.write("{\"type\":\"node\",\"id\":\"" + i + "\",\"labels\":[\"Person\"],\"properties\":{\"uid\":" + i
                        + ",\"name\":\"person-" + i + "\",\"age\":" + age(i) + "}}\n");
            }
            for (int r = 0; r < relationships(); r++) {
                out.write("{\"type\":\"relationship\",\"id\":\"" + r + "\",\"label\":\"KNOWS\",\"properties\":{\"since\":"
                        + since(r) + "},\"start\":{\"id\":\"" + from(r) + "\",\"labels\":[\"Person\"]},\"end\":{\"id\":\""
                        + to(r) + "\",\"labels\":[\"Person\"]}}\n");
            }
        });
    }

    /** A Cypher script the way people write one: an index, then one CREATE statement per entity. */
    void writeCypherScript(Path file) {
        write(file, out -> {
            out.write("CREATE INDEX person_uid IF NOT EXISTS FOR (p:Person) ON (p.uid);\n");
            for (int i = 0; i < nodes; i++) {
                out.write("CREATE (:Person {uid: " + i + ", name: 'person-" + i + "', age: " + age(i) + "});\n");
            }
            for (int r = 0; r < relationships(); r++) {
                out.write("MATCH (a:Person {uid: " + from(r) + "}), (b:Person {uid: " + to(r)
                        + "}) CREATE (a)-[:KNOWS {since: " + since(r) + "}]->(b);\n");
            }
        });
    }

    /** The whole graph as one {@code CREATE} statement, as written for harness' {@code withFixture}. */
    String createStatement() {
        StringBuilder cypher = new StringBuilder("CREATE ");
        for (int i = 0; i < nodes; i++) {
            cypher.append(i == 0 ? "" : ",\n  ").append("(p").append(i).append(":Person {uid: ").append(i)
                    .append(", name: 'person-").append(i).append("', age: ").append(age(i)).append("})");
        }
        for (int r = 0; r < relationships(); r++) {
            cypher.append(",\n  (p").append(from(r)).append(")-[:KNOWS {since: ").append(since(r)).append("}]->(p")
                    .append(to(r)).append(")");
        }
        return cypher.toString();
    }

    /** The nodes as parameter rows ({@code uid}, {@code name}, {@code age}), for an {@code UNWIND} load. */
    java.util.List<java.util.Map<String, Object>> nodeRows() {
        java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            rows.add(java.util.Map.of("uid", i, "name", "person-" + i, "age", age(i)));
        }
        return rows;
    }

    /** The relationships as parameter rows ({@code from}, {@code to} uids, {@code since}). */
    java.util.List<java.util.Map<String, Object>> relationshipRows() {
        java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>(relationships());
        for (int r = 0; r < relationships(); r++) {
            rows.add(java.util.Map.of("from", from(r), "to", to(r), "since", since(r)));
        }
        return rows;
    }

    private interface Body {
        void write(BufferedWriter out) throws IOException;
    }

    private static void write(Path file, Body body) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
