package dev.testgraph.examples;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Imports many people or friendships: one {@code UNWIND $batch} query per chunk of {@value #BATCH_SIZE} rows,
 * each chunk in its own managed transaction. One query per row would cost a round trip each; one huge transaction
 * would hold every lock and all the changed state in the server's memory. Because the queries {@code MERGE}, a
 * chunk that is retried, or an import that is run again, creates nothing twice.
 *
 * <pre>{@code
 * ImportReport report = app.importer().importPeople(people);
 * log.info("{} people created in {} batches", report.nodesCreated(), report.batchCount());
 * }</pre>
 */
public final class BulkImporter {

    /** Rows per transaction. */
    public static final int BATCH_SIZE = 5_000;

    static final String IMPORT_PEOPLE = """
            UNWIND $batch AS row
            MERGE (p:Person {email: row.email})
            SET p.name = row.name""";

    static final String IMPORT_FRIENDSHIPS = """
            UNWIND $batch AS row
            MATCH (a:Person {email: row.from})
            MATCH (b:Person {email: row.to})
            MERGE (a)-[:FRIENDS_WITH]-(b)""";

    private final ManagedTransactions transactions;

    BulkImporter(ManagedTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Creates or updates people by email.
     *
     * @param people the people; read once, chunk by chunk, so it can be a lazy source
     * @return one summary per chunk
     */
    public ImportReport importPeople(Iterable<Person> people) {
        return importRows("importPeople", IMPORT_PEOPLE, people.iterator(),
                person -> Map.of("email", person.email(), "name", person.name()));
    }

    /**
     * Creates friendships between existing people; unknown emails are skipped.
     *
     * @param friendships the friendships
     * @return one summary per chunk
     */
    public ImportReport importFriendships(Iterable<Friendship> friendships) {
        return importRows("importFriendships", IMPORT_FRIENDSHIPS, friendships.iterator(),
                friendship -> Map.of("from", friendship.from(), "to", friendship.to()));
    }

    private <T> ImportReport importRows(String operation, String query, Iterator<T> rows,
            Function<T, Map<String, Object>> toRow) {
        List<ResultSummary> summaries = new ArrayList<>();
        while (rows.hasNext()) {
            List<Map<String, Object>> batch = new ArrayList<>(BATCH_SIZE);
            while (rows.hasNext() && batch.size() < BATCH_SIZE) {
                batch.add(toRow.apply(rows.next()));
            }
            summaries.add(transactions.write(operation, tx -> tx.run(query, Map.of("batch", batch)).consume()));
        }
        return new ImportReport(summaries);
    }

    /**
     * What an import did.
     *
     * @param batches the summary of each chunk, in order
     */
    public record ImportReport(List<ResultSummary> batches) {

        /** Copies the list. */
        public ImportReport {
            batches = List.copyOf(batches);
        }

        /** @return the number of chunks */
        public int batchCount() {
            return batches.size();
        }

        /** @return the nodes created by all chunks */
        public long nodesCreated() {
            return batches.stream().mapToLong(summary -> summary.counters().nodesCreated()).sum();
        }

        /** @return the relationships created by all chunks */
        public long relationshipsCreated() {
            return batches.stream().mapToLong(summary -> summary.counters().relationshipsCreated()).sum();
        }
    }
}
