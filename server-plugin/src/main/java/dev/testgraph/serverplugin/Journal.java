package dev.testgraph.serverplugin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
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
 * {@code CALL testgraph.mark()}, {@code CALL testgraph.undo()} and {@code CALL testgraph.unmark()}: after a fixture
 * load, {@code @Neo4jTest} marks the database; the transactions committed after the mark are journaled
 * ({@link DatabaseJournal}), and the next reset undoes exactly what they changed (deletes what they created, creates
 * again what they deleted, puts back labels and properties they changed) in one transaction, instead of deleting
 * and loading the whole fixture. The undo refuses, writing nothing, when it cannot be exact: no mark, too much
 * changed, a schema change, a transaction that failed after being journaled; the reset is then a full one.
 * Need to be unrestricted by their exact names ({@link DatabaseState#UNRESTRICTED}).
 */
public final class Journal {

    /** The database the procedure is called on; injected by Neo4j. */
    @Context
    public GraphDatabaseAPI database;

    /** The transaction of the call; injected by Neo4j. */
    @Context
    public Transaction transaction;

    /** Called by Neo4j. */
    public Journal() {}

    /**
     * Starts journaling the transactions committed to this database from now.
     *
     * @return one row: the id of the last committed transaction, the mark's
     */
    @Procedure(name = "testgraph.mark", mode = Mode.READ)
    @Description("Starts journaling what transactions change in this database, for testgraph.undo() (Testgraph).")
    public Stream<MarkRow> mark() {
        journal().mark(schema(), nodeCount(), relationshipCount());
        return Stream.of(new MarkRow(lastCommittedTransactionId()));
    }

    /**
     * Stops journaling; the next undo refuses until the next mark.
     *
     * @return nothing
     */
    @Procedure(name = "testgraph.unmark", mode = Mode.READ)
    @Description("Stops journaling this database (Testgraph).")
    public Stream<MarkRow> unmark() {
        journal().unmark("unmarked");
        return Stream.of(new MarkRow(lastCommittedTransactionId()));
    }

    /**
     * Puts the database back as it was at the mark, in the calling transaction, which must carry the metadata
     * {@code {testgraph: 'undo'}} (so that the journal leaves it out); the journal goes on from the undone state.
     *
     * @return one row: whether it undid, why not, the nodes and relationships it created again (element id at the mark
     *     to the new one), the number of nodes after, and how many entities it changed
     */
    @Procedure(name = "testgraph.undo", mode = Mode.WRITE)
    @Description("Undoes what was committed since testgraph.mark(), or says why it cannot (Testgraph).")
    public Stream<UndoRow> undo() {
        DatabaseJournal journal = journal();
        Object metadata = ((InternalTransaction) transaction).kernelTransaction().getMetaData()
                .get(DatabaseJournal.METADATA_KEY);
        if (!DatabaseJournal.UNDO.equals(metadata)) {
            return Stream.of(UndoRow.refused("the transaction lacks the metadata {" + DatabaseJournal.METADATA_KEY
                    + ": '" + DatabaseJournal.UNDO + "'}"));
        }
        String refusal = journal.refusal(schema());
        if (refusal != null) {
            journal.unmark(refusal);
            return Stream.of(UndoRow.refused(refusal));
        }
        DatabaseJournal.Taken taken = journal.take();
        long changed = 0;
        for (String id : taken.createdRelationships()) {
            try {
                transaction.getRelationshipByElementId(id).delete();
                changed++;
            } catch (NotFoundException gone) {
                // deleted with a node of its own that was created too, or already: nothing to undo
            }
        }
        for (String id : taken.createdNodes()) {
            try {
                Node node = transaction.getNodeByElementId(id);
                for (Relationship relationship : node.getRelationships()) {
                    relationship.delete();
                }
                node.delete();
                changed++;
            } catch (NotFoundException gone) {
                // nothing to undo
            }
        }
        // first take away, from what survived, every label and property value that differs from the mark, and only
        // then put values back: a test that swapped two unique values would otherwise make the undo write one of them
        // while the other node still holds it, which the constraint refuses
        Map<String, Node> survivingNodes = new HashMap<>();
        for (Map.Entry<String, DatabaseJournal.NodeState> entry : taken.nodesBefore().entrySet()) {
            if (!taken.deletedNodes().contains(entry.getKey())) {
                Node node = transaction.getNodeByElementId(entry.getKey());
                takeAwayDifferences(node, entry.getValue().properties());
                for (Label label : node.getLabels()) {
                    if (!entry.getValue().labels().contains(label.name())) {
                        node.removeLabel(label);
                    }
                }
                survivingNodes.put(entry.getKey(), node);
            }
        }
        Map<String, Relationship> survivingRelationships = new HashMap<>();
        for (Map.Entry<String, DatabaseJournal.RelationshipState> entry : taken.relationshipsBefore().entrySet()) {
            if (!taken.deletedRelationships().contains(entry.getKey())) {
                Relationship relationship = transaction.getRelationshipByElementId(entry.getKey());
                takeAwayDifferences(relationship, entry.getValue().properties());
                survivingRelationships.put(entry.getKey(), relationship);
            }
        }
        Map<String, String> nodes = new HashMap<>();
        for (Map.Entry<String, DatabaseJournal.NodeState> entry : taken.nodesBefore().entrySet()) {
            DatabaseJournal.NodeState before = entry.getValue();
            Node node = survivingNodes.get(entry.getKey());
            if (node == null) {
                node = transaction.createNode();
                nodes.put(entry.getKey(), node.getElementId());
            }
            for (String label : before.labels()) {
                node.addLabel(Label.label(label));
            }
            putBack(node, before.properties());
            changed++;
        }
        Map<String, String> relationships = new HashMap<>();
        for (Map.Entry<String, DatabaseJournal.RelationshipState> entry : taken.relationshipsBefore().entrySet()) {
            DatabaseJournal.RelationshipState before = entry.getValue();
            Relationship relationship = survivingRelationships.get(entry.getKey());
            if (relationship == null) {
                Node start = transaction.getNodeByElementId(nodes.getOrDefault(before.start(), before.start()));
                Node end = transaction.getNodeByElementId(nodes.getOrDefault(before.end(), before.end()));
                relationship = start.createRelationshipTo(end, RelationshipType.withName(before.type()));
                relationships.put(entry.getKey(), relationship.getElementId());
            }
            putBack(relationship, before.properties());
            changed++;
        }
        long[] atMark = journal.counts();
        long nodeCount = nodeCount();
        if (nodeCount != atMark[0] || relationshipCount() != atMark[1]) {
            // never expected; a failure rolls the undo back, and Testgraph resets in full
            journal.unmark("the undo did not give the counts of the mark");
            throw new IllegalStateException("Testgraph: the undo left " + nodeCount + " nodes and "
                    + relationshipCount() + " relationships, the mark had " + atMark[0] + " and " + atMark[1]);
        }
        return Stream.of(new UndoRow(true, null, nodes, relationships, nodeCount, changed));
    }

    /** Removes every property of the entity that is not, with the same value, in {@code before}. */
    private static void takeAwayDifferences(Entity entity, Map<String, Object> before) {
        for (Map.Entry<String, Object> property : entity.getAllProperties().entrySet()) {
            if (!java.util.Objects.deepEquals(property.getValue(), before.get(property.getKey()))) {
                entity.removeProperty(property.getKey());
            }
        }
    }

    /** Sets the properties of {@code before} the entity lacks (after {@link #takeAwayDifferences}: the differing ones). */
    private static void putBack(Entity entity, Map<String, Object> before) {
        before.forEach((key, value) -> {
            if (!entity.hasProperty(key)) {
                entity.setProperty(key, value);
            }
        });
    }

    private DatabaseJournal journal() {
        return DatabaseJournal.of(database.getDependencyResolver().resolveDependency(DatabaseManagementService.class),
                database.databaseName());
    }

    private long nodeCount() {
        return ((InternalTransaction) transaction).kernelTransaction().dataRead()
                .countsForNode(TokenConstants.ANY_LABEL);
    }

    private long relationshipCount() {
        return ((InternalTransaction) transaction).kernelTransaction().dataRead()
                .countsForRelationship(TokenConstants.ANY_LABEL, TokenConstants.ANY_RELATIONSHIP_TYPE,
                        TokenConstants.ANY_LABEL);
    }

    private long lastCommittedTransactionId() {
        return database.getDependencyResolver().resolveDependency(TransactionIdStore.class)
                .getLastCommittedTransactionId();
    }

    private Set<String> schema() {
        Set<String> names = new HashSet<>();
        for (ConstraintDefinition constraint : transaction.schema().getConstraints()) {
            names.add("constraint " + constraint.getName());
        }
        for (IndexDefinition index : transaction.schema().getIndexes()) {
            names.add("index " + index.getName());
        }
        return names;
    }

    /** A row of {@code testgraph.mark()} and {@code testgraph.unmark()}. */
    public static final class MarkRow {
        /** The id of the last committed transaction. */
        public long transactionId;

        MarkRow(long transactionId) {
            this.transactionId = transactionId;
        }
    }

    /** The row of {@code testgraph.undo()}. */
    public static final class UndoRow {
        /** Whether the database was put back as it was at the mark. */
        public boolean undone;
        /** Why not, when it was not. */
        public String refusal;
        /** The nodes created again: element id at the mark to the new one. */
        public Map<String, Object> nodes;
        /** The relationships created again: element id at the mark to the new one. */
        public Map<String, Object> relationships;
        /** The number of nodes after the undo. */
        public long nodeCount;
        /** How many nodes and relationships the undo changed. */
        public long changed;

        UndoRow(boolean undone, String refusal, Map<String, String> nodes, Map<String, String> relationships,
                long nodeCount, long changed) {
            this.undone = undone;
            this.refusal = refusal;
            this.nodes = new HashMap<>(nodes);
            this.relationships = new HashMap<>(relationships);
            this.nodeCount = nodeCount;
            this.changed = changed;
        }

        static UndoRow refused(String why) {
            return new UndoRow(false, why, Map.of(), Map.of(), -1, 0);
        }
    }
}
