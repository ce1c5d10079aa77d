package dev.testgraph.serverplugin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * What the transactions committed to one database changed since a mark, kept as the state each touched entity had at
 * the mark: enough to put the database back as it was at the mark ({@link Journal#undo()}) without deleting and
 * loading everything again. Listens only between a mark and the next undo or unmark, and stops listening (the journal
 * then overflows, and the next reset is a full one) once more than {@link #LIMIT} entities were touched, so that a
 * test writing much pays Neo4j's transaction-data snapshot for one transaction at most.
 *
 * <p>Entities are kept by element id. An id freed by a deletion may be given to an entity created later: the created
 * and the deleted ones are kept apart ({@link #createdNodes} and {@link #deletedNodes}), so a reused id is undone as
 * both (the new entity deleted, the old one created again).
 */
final class DatabaseJournal implements TransactionEventListener<Object> {

    /** How many touched entities the journal keeps before it gives up (the next reset is then a full one). */
    static final int LIMIT = 20_000;

    /** The transaction metadata key and value with which Testgraph runs an undo, which the journal leaves out. */
    static final String METADATA_KEY = "testgraph";

    static final String UNDO = "undo";

    /** Per server (an embedded run may hold several in one JVM), per database. */
    private static final Map<DatabaseManagementService, Map<String, DatabaseJournal>> JOURNALS = new WeakHashMap<>();

    /** A node as it was at the mark. */
    record NodeState(List<String> labels, Map<String, Object> properties) {}

    /** A relationship as it was at the mark. */
    record RelationshipState(String type, String start, String end, Map<String, Object> properties) {}

    private final DatabaseManagementService service;
    private final String database;
    private boolean registered;
    private long nodes;
    private long relationships;
    private boolean recording;
    private String overflow;
    private Set<String> schema = Set.of();
    final Set<String> createdNodes = new HashSet<>();
    final Set<String> createdRelationships = new HashSet<>();
    final Map<String, NodeState> nodesBefore = new LinkedHashMap<>();
    final Set<String> deletedNodes = new HashSet<>();
    final Map<String, RelationshipState> relationshipsBefore = new LinkedHashMap<>();
    final Set<String> deletedRelationships = new HashSet<>();

    private DatabaseJournal(DatabaseManagementService service, String database) {
        this.service = service;
        this.database = database;
    }

    static DatabaseJournal of(DatabaseManagementService service, String database) {
        synchronized (JOURNALS) {
            return JOURNALS.computeIfAbsent(service, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(database, name -> new DatabaseJournal(service, name));
        }
    }

    /** Starts (or starts again) from an empty journal, listening from now. */
    synchronized void mark(Set<String> schemaNow, long nodesNow, long relationshipsNow) {
        clear();
        schema = Set.copyOf(schemaNow);
        nodes = nodesNow;
        relationships = relationshipsNow;
        overflow = null;
        recording = true;
        if (!registered) {
            service.registerTransactionEventListener(database, this);
            registered = true;
        }
    }

    /** Stops listening; the next undo refuses until the next mark. */
    synchronized void unmark(String why) {
        clear();
        recording = false;
        overflow = why;
        if (registered) {
            service.unregisterTransactionEventListener(database, this);
            registered = false;
        }
    }

    /** @return the node and relationship counts at the mark */
    synchronized long[] counts() {
        return new long[] {nodes, relationships};
    }

    /** @return why an undo cannot put the database back, or null when it can */
    synchronized String refusal(Set<String> schemaNow) {
        if (!recording) {
            return overflow == null ? "no mark on database " + database : overflow;
        }
        if (!schema.equals(schemaNow)) {
            return "the schema changed since the mark";
        }
        return null;
    }

    /** @return a copy of what the journal holds, emptied; it keeps recording from here */
    synchronized Taken take() {
        Taken taken = new Taken(new ArrayList<>(createdNodes), new ArrayList<>(createdRelationships),
                new LinkedHashMap<>(nodesBefore), new HashSet<>(deletedNodes),
                new LinkedHashMap<>(relationshipsBefore), new HashSet<>(deletedRelationships));
        clear();
        return taken;
    }

    /** What an undo works from. */
    record Taken(List<String> createdNodes, List<String> createdRelationships, Map<String, NodeState> nodesBefore,
            Set<String> deletedNodes, Map<String, RelationshipState> relationshipsBefore,
            Set<String> deletedRelationships) {}

    private void clear() {
        createdNodes.clear();
        createdRelationships.clear();
        nodesBefore.clear();
        deletedNodes.clear();
        relationshipsBefore.clear();
        deletedRelationships.clear();
    }

    private int size() {
        return createdNodes.size() + createdRelationships.size() + nodesBefore.size() + relationshipsBefore.size();
    }

    @Override
    public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService service) {
        synchronized (this) {
            if (!recording || UNDO.equals(data.metaData().get(METADATA_KEY))) {
                return null;
            }
            record(data);
            if (size() > LIMIT) {
                // stops listening after this transaction: Neo4j then no longer snapshots what transactions change
                recording = false;
                overflow = "more than " + LIMIT + " nodes and relationships changed since the mark";
                clear();
                return Boolean.TRUE;
            }
            return null;
        }
    }

    @Override
    public void afterCommit(TransactionData data, Object state, GraphDatabaseService databaseService) {
        if (state == Boolean.TRUE) {
            synchronized (this) {
                if (!recording) {
                    unmark(overflow);
                }
            }
        }
    }

    @Override
    public void afterRollback(TransactionData data, Object state, GraphDatabaseService service) {
        // a rollback after beforeCommit (another listener refused, or the commit failed): what was recorded for it
        // may not have happened, so the journal can no longer be trusted
        synchronized (this) {
            if (state == Boolean.TRUE || recording && !UNDO.equals(data.metaData().get(METADATA_KEY))) {
                unmark(state == Boolean.TRUE ? overflow : "a transaction failed after the journal had recorded it");
            }
        }
    }

    private void record(TransactionData data) {
        for (Node node : data.createdNodes()) {
            createdNodes.add(node.getElementId());
        }
        Changes<Node> nodeChanges = new Changes<>(data.assignedNodeProperties(), data.removedNodeProperties());
        Map<String, List<String>> labelsAdded = new HashMap<>();
        Map<String, List<String>> labelsRemoved = new HashMap<>();
        for (LabelEntry entry : data.assignedLabels()) {
            nodeChanges.touched.putIfAbsent(entry.node().getElementId(), entry.node());
            labelsAdded.computeIfAbsent(entry.node().getElementId(), k -> new ArrayList<>()).add(entry.label().name());
        }
        for (LabelEntry entry : data.removedLabels()) {
            nodeChanges.touched.putIfAbsent(entry.node().getElementId(), entry.node());
            labelsRemoved.computeIfAbsent(entry.node().getElementId(), k -> new ArrayList<>()).add(entry.label().name());
        }
        Set<String> nodesDeletedNow = nodeChanges.deleted(data.deletedNodes());
        for (Map.Entry<String, Node> touched : nodeChanges.touched.entrySet()) {
            String id = touched.getKey();
            boolean deleted = nodesDeletedNow.contains(id);
            if (createdSinceMark(createdNodes, id, deleted)) {
                continue;
            }
            if (!nodesBefore.containsKey(id)) {
                List<String> labels = new ArrayList<>();
                if (!deleted) {
                    // what it has now, then this transaction's changes taken back
                    for (Label label : touched.getValue().getLabels()) {
                        labels.add(label.name());
                    }
                    labels.removeAll(labelsAdded.getOrDefault(id, List.of()));
                }
                // a deleted node's labels are all reported removed
                for (String label : labelsRemoved.getOrDefault(id, List.of())) {
                    if (!labels.contains(label)) {
                        labels.add(label);
                    }
                }
                nodesBefore.put(id, new NodeState(labels, nodeChanges.propertiesAtMark(touched.getValue(), deleted)));
            }
            if (deleted) {
                deletedNodes.add(id);
            }
        }

        for (Relationship relationship : data.createdRelationships()) {
            createdRelationships.add(relationship.getElementId());
        }
        Changes<Relationship> relationshipChanges =
                new Changes<>(data.assignedRelationshipProperties(), data.removedRelationshipProperties());
        Set<String> relationshipsDeletedNow = relationshipChanges.deleted(data.deletedRelationships());
        for (Map.Entry<String, Relationship> touched : relationshipChanges.touched.entrySet()) {
            String id = touched.getKey();
            boolean deleted = relationshipsDeletedNow.contains(id);
            if (createdSinceMark(createdRelationships, id, deleted)) {
                continue;
            }
            if (!relationshipsBefore.containsKey(id)) {
                Relationship relationship = touched.getValue();
                relationshipsBefore.put(id, new RelationshipState(relationship.getType().name(),
                        relationship.getStartNode().getElementId(), relationship.getEndNode().getElementId(),
                        relationshipChanges.propertiesAtMark(relationship, deleted)));
            }
            if (deleted) {
                deletedRelationships.add(id);
            }
        }
    }

    /**
     * @return whether the entity was created since the mark (in this transaction or an earlier one), for which
     *     deleting it is the whole undo; one deleted now is forgotten
     */
    private static boolean createdSinceMark(Set<String> created, String id, boolean deleted) {
        if (!created.contains(id)) {
            return false;
        }
        if (deleted) {
            created.remove(id);
        }
        return true;
    }

    /** One transaction's property changes of one kind of entity, by element id. */
    private static final class Changes<E extends Entity> {
        /** Every entity the transaction touched, in the order first seen. */
        final Map<String, E> touched = new LinkedHashMap<>();
        /** The values the transaction changed or removed, as they were before it. */
        private final Map<String, Map<String, Object>> previous = new HashMap<>();
        /** The keys the transaction set where there was no value before. */
        private final Map<String, Set<String>> assignedNew = new HashMap<>();

        Changes(Iterable<PropertyEntry<E>> assigned, Iterable<PropertyEntry<E>> removed) {
            for (PropertyEntry<E> entry : assigned) {
                String id = entry.entity().getElementId();
                touched.putIfAbsent(id, entry.entity());
                if (entry.previouslyCommittedValue() == null) {
                    assignedNew.computeIfAbsent(id, k -> new HashSet<>()).add(entry.key());
                } else {
                    previous.computeIfAbsent(id, k -> new HashMap<>()).put(entry.key(), entry.previouslyCommittedValue());
                }
            }
            for (PropertyEntry<E> entry : removed) {
                String id = entry.entity().getElementId();
                touched.putIfAbsent(id, entry.entity());
                previous.computeIfAbsent(id, k -> new HashMap<>()).put(entry.key(), entry.previouslyCommittedValue());
            }
        }

        /** @return the ids of the entities deleted now, which count as touched */
        Set<String> deleted(Iterable<E> deletedNow) {
            Set<String> ids = new HashSet<>();
            for (E entity : deletedNow) {
                ids.add(entity.getElementId());
                touched.putIfAbsent(entity.getElementId(), entity);
            }
            return ids;
        }

        /**
         * @return the entity's properties before this transaction: what it has now with the changes taken back; for
         *     a deleted entity, whose properties are all reported removed, those
         */
        Map<String, Object> propertiesAtMark(E entity, boolean deleted) {
            String id = entity.getElementId();
            Map<String, Object> properties = new HashMap<>();
            if (!deleted) {
                properties.putAll(entity.getAllProperties());
                assignedNew.getOrDefault(id, Set.of()).forEach(properties::remove);
            }
            properties.putAll(previous.getOrDefault(id, Map.of()));
            return properties;
        }
    }
}
