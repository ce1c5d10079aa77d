package dev.testgraph.serverplugin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.ConstraintDefinition;
import org.neo4j.graphdb.schema.IndexDefinition;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.neo4j.token.api.TokenConstants;

/**
 * {@code CALL testgraph.state()}: in one call, what {@code @Neo4jTest} needs to decide whether a database has to be
 * cleaned: the id of the last committed transaction, the number of nodes (from Neo4j's counts store, so constant
 * time whatever the size of the graph), the names of the constraints and the names of the indexes that do not back
 * a constraint. Read-only. Needs to be unrestricted by its exact name
 * ({@link #UNRESTRICTED}), which {@code @Neo4jTest} sets on servers it starts.
 */
public final class DatabaseState {

    /**
     * The procedures of this plugin by their exact names, for {@code dbms.security.procedures.unrestricted}: they read
     * the kernel's transaction id store, so they must be unrestricted, and nothing else is.
     */
    public static final String UNRESTRICTED =
            "testgraph.state,testgraph.lastCommittedTransactionId,testgraph.mark,testgraph.unmark,testgraph.undo";

    /** The database the procedure is called on; injected by Neo4j. */
    @Context
    public GraphDatabaseAPI database;

    /** The transaction of the call; injected by Neo4j. */
    @Context
    public Transaction transaction;

    /** Called by Neo4j. */
    public DatabaseState() {}

    /**
     * @return one row: transactionId, nodes, constraints, indexes
     */
    @Procedure(name = "testgraph.state", mode = Mode.READ)
    @Description("The last committed transaction id, the node count, the constraint names and the names of indexes "
            + "that back no constraint (Testgraph).")
    public Stream<Row> state() {
        long transactionId = database.getDependencyResolver()
                .resolveDependency(TransactionIdStore.class)
                .getLastCommittedTransactionId();
        long nodes = ((InternalTransaction) transaction).kernelTransaction()
                .dataRead()
                .countsForNode(TokenConstants.ANY_LABEL);
        List<String> constraints = new ArrayList<>();
        for (ConstraintDefinition constraint : transaction.schema().getConstraints()) {
            constraints.add(constraint.getName());
        }
        List<String> indexes = new ArrayList<>();
        for (IndexDefinition index : transaction.schema().getIndexes()) {
            if (!index.isConstraintIndex()) {
                indexes.add(index.getName());
            }
        }
        return Stream.of(new Row(transactionId, nodes, constraints, indexes));
    }

    /** A result row. */
    public static final class Row {
        /** The id of the last committed transaction. */
        public long transactionId;
        /** The number of nodes. */
        public long nodes;
        /** The names of all constraints. */
        public List<String> constraints;
        /** The names of the indexes that back no constraint (lookup indexes included). */
        public List<String> indexes;

        Row(long transactionId, long nodes, List<String> constraints, List<String> indexes) {
            this.transactionId = transactionId;
            this.nodes = nodes;
            this.constraints = constraints;
            this.indexes = indexes;
        }
    }
}
