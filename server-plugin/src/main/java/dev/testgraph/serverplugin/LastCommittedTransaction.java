package dev.testgraph.serverplugin;

import java.util.stream.Stream;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * {@code CALL testgraph.lastCommittedTransactionId()}: the id of the last transaction committed to the current
 * database. Any committed change moves it; reads and rolled-back transactions do not (except that Neo4j commits
 * new label, type and property-key tokens on their own). Needs
 * unrestricted by its exact name ({@link DatabaseState#UNRESTRICTED}), which {@code @Neo4jTest} sets on servers it starts.
 */
public final class LastCommittedTransaction {

    /** The database the procedure is called on; injected by Neo4j. */
    @Context
    public GraphDatabaseAPI database;

    /** Called by Neo4j. */
    public LastCommittedTransaction() {}

    /**
     * @return one row with the id
     */
    @Procedure(name = "testgraph.lastCommittedTransactionId", mode = Mode.READ)
    @Description("The id of the last transaction committed to this database (Testgraph).")
    public Stream<Row> lastCommittedTransactionId() {
        TransactionIdStore store = database.getDependencyResolver().resolveDependency(TransactionIdStore.class);
        return Stream.of(new Row(store.getLastCommittedTransactionId()));
    }

    /** A result row. */
    public static final class Row {
        /** The id of the last committed transaction. */
        public long transactionId;

        Row(long transactionId) {
            this.transactionId = transactionId;
        }
    }
}
