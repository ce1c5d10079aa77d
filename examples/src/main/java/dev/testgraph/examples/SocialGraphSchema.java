package dev.testgraph.examples;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

/**
 * The indexes and constraints the application's queries rely on, created at start-up. Every statement says
 * {@code IF NOT EXISTS}, so starting many instances, or restarting one, is harmless.
 */
public final class SocialGraphSchema {

    /** One person per email; also the index behind every lookup by email. */
    public static final String PERSON_EMAIL_UNIQUE =
            "CREATE CONSTRAINT person_email_unique IF NOT EXISTS FOR (p:Person) REQUIRE p.email IS UNIQUE";

    /** Searching people by name. */
    public static final String PERSON_NAME_INDEX =
            "CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)";

    /** One node per interest, so that {@code MERGE (:Interest {name: $name})} is safe under concurrency. */
    public static final String INTEREST_NAME_UNIQUE =
            "CREATE CONSTRAINT interest_name_unique IF NOT EXISTS FOR (i:Interest) REQUIRE i.name IS UNIQUE";

    /** All schema statements, in the order they run. */
    public static final List<String> STATEMENTS = List.of(PERSON_EMAIL_UNIQUE, PERSON_NAME_INDEX, INTEREST_NAME_UNIQUE);

    private SocialGraphSchema() {}

    /**
     * Creates what is missing and waits until every index is online, so the first query already uses them.
     *
     * @param driver the driver
     * @param database the database
     */
    static void apply(Driver driver, String database) {
        QueryConfig config = QueryConfig.builder().withDatabase(database).build();
        for (String statement : STATEMENTS) {
            driver.executableQuery(statement).withConfig(config).execute();
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").withConfig(config).execute();
    }
}
