package dev.testgraph.examples;

import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Imports a member export of a few thousand to a few million rows that the server reads itself: {@code LOAD CSV} from
 * a URL ({@code file:///} for the server's import directory, or {@code https://}), committed every
 * {@value #ROWS_PER_TRANSACTION} rows by {@code CALL { ... } IN TRANSACTIONS}. No row travels through the
 * application, and no transaction grows with the file. Rows {@code MERGE}, so an import that failed half-way can
 * simply be run again: the batches committed before the failure stay, and create nothing twice.
 *
 * <pre>{@code
 * ResultSummary summary = app.csvImporter().importPeople("file:///members/people.csv");
 * log.info("{} people created", summary.counters().nodesCreated());
 * }</pre>
 */
public final class CsvImporter {

    /** Rows per inner transaction: large enough to amortise a commit, small enough to keep the server's memory flat. */
    public static final int ROWS_PER_TRANSACTION = 250;

    /** A header {@code email,name}; rows without an email are skipped. */
    static final String IMPORT_PEOPLE = """
            LOAD CSV WITH HEADERS FROM $url AS row
            CALL {
              WITH row
              WITH row WHERE row.email IS NOT NULL AND trim(row.email) <> ''
              MERGE (p:Person {email: trim(row.email)})
              SET p.name = row.name
            } IN TRANSACTIONS OF %d ROWS""".formatted(ROWS_PER_TRANSACTION);

    /** A header {@code from,to} of emails; rows naming someone unknown are skipped. */
    static final String IMPORT_FRIENDSHIPS = """
            LOAD CSV WITH HEADERS FROM $url AS row
            CALL {
              WITH row
              MATCH (a:Person {email: row.from})
              MATCH (b:Person {email: row.to})
              MERGE (a)-[:FRIENDS_WITH]-(b)
            } IN TRANSACTIONS OF %d ROWS""".formatted(ROWS_PER_TRANSACTION);

    private final Driver driver;
    private final String database;

    CsvImporter(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /**
     * Creates or updates people by email from a CSV file with the header {@code email,name}.
     *
     * @param url where the server reads the file, e.g. {@code file:///members/people.csv}
     * @return what the import did, summed over its transactions
     * @throws org.neo4j.driver.exceptions.ClientException when the server cannot read the file (the batches committed
     *     before stay)
     */
    public ResultSummary importPeople(String url) {
        return run(IMPORT_PEOPLE, url);
    }

    /**
     * Creates friendships between existing people from a CSV file with the header {@code from,to}.
     *
     * @param url where the server reads the file, e.g. {@code file:///members/friendships.csv}
     * @return what the import did, summed over its transactions
     * @throws org.neo4j.driver.exceptions.ClientException when the server cannot read the file
     */
    public ResultSummary importFriendships(String url) {
        return run(IMPORT_FRIENDSHIPS, url);
    }

    private ResultSummary run(String query, String url) {
        // An auto-commit (implicit) transaction, not executeWrite: CALL { ... } IN TRANSACTIONS commits batches of its
        // own, which the server allows only in an implicit transaction; inside a managed or explicit transaction it
        // fails at once. The driver does not retry an auto-commit query, which is why the query MERGEs: run it again.
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.run(query, Map.of("url", url)).consume();
        }
    }
}
