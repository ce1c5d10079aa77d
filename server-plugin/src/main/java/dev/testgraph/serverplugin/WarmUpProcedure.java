package dev.testgraph.serverplugin;

import java.util.List;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;

/**
 * {@code CALL testgraph.warmUp()}: what the warm-up of the current database ({@link WarmUp}) did, for tests on
 * every backend and Neo4j version: whether it ran and ended, the queries it ran and those that failed. Read-only;
 * reads nothing of the database.
 */
public final class WarmUpProcedure {

    /** The database the procedure is called on; injected by Neo4j. */
    @Context
    public GraphDatabaseService database;

    /** Called by Neo4j. */
    public WarmUpProcedure() {}

    /** @return one row: started, ended, ran, failed */
    @Procedure(name = "testgraph.warmUp", mode = Mode.READ)
    @Description("Whether the warm-up of this database ran and ended, the queries it ran and those that failed "
            + "(Testgraph).")
    public Stream<Row> warmUp() {
        return Stream.of(WarmUp.outcome(database)
                .map(outcome -> new Row(true, outcome.ended(), outcome.ran(), outcome.failed()))
                .orElseGet(() -> new Row(false, false, List.of(), List.of())));
    }

    /** A result row. */
    public static final class Row {
        /** Whether the database has a warm-up. */
        public boolean started;
        /** Whether it ended. */
        public boolean ended;
        /** The queries it ran to the end. */
        public List<String> ran;
        /** The queries that failed, each with the error's message. */
        public List<String> failed;

        Row(boolean started, boolean ended, List<String> ran, List<String> failed) {
            this.started = started;
            this.ended = ended;
            this.ran = ran;
            this.failed = failed;
        }
    }
}
