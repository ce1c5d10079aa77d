package dev.testgraph.examples;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * People, friendships and interests. Every query is a constant with {@code $parameters}: user input never
 * becomes part of the Cypher text, so it cannot change what a query does, and the server can cache the plan.
 *
 * <p>Results are consumed on purpose:
 * <ul>
 *   <li>{@link #forEachPerson(Consumer)} streams: records arrive in batches while the caller processes them, so
 *       a result of any size needs little memory;</li>
 *   <li>{@link #friendsOf(String)} returns an eager list, because callers keep it after the transaction and
 *       iterate it more than once;</li>
 *   <li>{@link #befriend(String, String)} and {@link #forget(String)} only need the counters, so they call
 *       {@code consume()} and fetch no records at all.</li>
 * </ul>
 */
public final class PersonRepository {

    /** The lookup by email; served by the index behind {@link SocialGraphSchema#PERSON_EMAIL_UNIQUE}. */
    public static final String FIND_BY_EMAIL =
            "MATCH (p:Person {email: $email}) RETURN p.email AS email, p.name AS name";

    /** The search by name; served by {@link SocialGraphSchema#PERSON_NAME_INDEX}. */
    public static final String FIND_BY_NAME =
            "MATCH (p:Person) WHERE p.name = $name RETURN p.email AS email, p.name AS name ORDER BY email";

    /**
     * Idempotent registration: {@code MERGE} on the email, and the registration id tells a retry of our own
     * (already committed) registration from somebody else's.
     */
    static final String REGISTER = """
            MERGE (p:Person {email: $email})
              ON CREATE SET p.name = $name, p.registration = $registration
            RETURN coalesce(p.registration = $registration, false) AS registeredNow""";

    static final String CHANGE_EMAIL =
            "MATCH (p:Person {email: $email}) SET p.email = $newEmail RETURN p.email AS email";

    static final String SAVE = "MERGE (p:Person {email: $email}) SET p.name = $name";

    static final String BEFRIEND = """
            MATCH (a:Person {email: $a})
            MATCH (b:Person {email: $b})
            WHERE a <> b
            MERGE (a)-[:FRIENDS_WITH]-(b)
            RETURN true AS found""";

    static final String ADD_INTEREST = """
            MATCH (p:Person {email: $email})
            MERGE (i:Interest {name: $interest})
            MERGE (p)-[:INTERESTED_IN]->(i)""";

    static final String FRIENDS_OF = """
            MATCH (:Person {email: $email})-[:FRIENDS_WITH]-(f:Person)
            RETURN DISTINCT f.email AS email, f.name AS name
            ORDER BY name, email""";

    /** Streams every person; deliberately without {@code ORDER BY}, so the server streams as well. */
    public static final String ALL_PEOPLE = "MATCH (p:Person) RETURN p.email AS email, p.name AS name";

    static final String FORGET = "MATCH (p:Person {email: $email}) DETACH DELETE p";

    static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final ManagedTransactions transactions;

    PersonRepository(ManagedTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Registers a new person.
     *
     * @param email the email, which no one else may use
     * @param name the display name
     * @return the person
     * @throws DuplicateEmailException if the email is taken
     */
    public Person register(String email, String name) {
        return register(email, name, UUID.randomUUID().toString());
    }

    /**
     * Registers a new person, idempotently: the same registration id (from the client's request) registered again
     * succeeds without a second node, e.g. when a client retries a request whose answer it did not get.
     *
     * @param email the email, which no one else may use
     * @param name the display name
     * @param registrationId identifies this registration request
     * @return the person
     * @throws DuplicateEmailException if the email is taken by another registration
     */
    public Person register(String email, String name, String registrationId) {
        // The id is fixed before the transaction function, so a retried function sees its own earlier attempt.
        boolean registeredNow = transactions.write("register", tx -> tx.run(REGISTER,
                        Map.of("email", email, "name", name, "registration", registrationId))
                .single()
                .get("registeredNow")
                .asBoolean());
        if (!registeredNow) {
            throw new DuplicateEmailException(email, null);
        }
        return new Person(email, name);
    }

    /**
     * Creates or updates a person by email.
     *
     * @param person the person
     */
    public void save(Person person) {
        transactions.write("save", tx -> tx.run(SAVE, Map.of("email", person.email(), "name", person.name()))
                .consume());
    }

    /**
     * Gives a person a new email address.
     *
     * @param email the current address
     * @param newEmail the new address
     * @return whether the person was found
     * @throws DuplicateEmailException if someone else already uses {@code newEmail}
     */
    public boolean changeEmail(String email, String newEmail) {
        try {
            return transactions.write("changeEmail", tx ->
                    tx.run(CHANGE_EMAIL, Map.of("email", email, "newEmail", newEmail)).hasNext());
        } catch (ClientException e) {
            if (CONSTRAINT_VIOLATION.equals(e.code())) {
                throw new DuplicateEmailException(newEmail, e);
            }
            throw e;
        }
    }

    /**
     * Makes two people friends; doing it again changes nothing.
     *
     * @param email one person
     * @param otherEmail the other person
     * @return whether a new friendship was created (false if they were friends already)
     * @throws IllegalArgumentException if one of them does not exist, or both are the same person
     */
    public boolean befriend(String email, String otherEmail) {
        return transactions.write("befriend", tx -> {
            Result result = tx.run(BEFRIEND, Map.of("a", email, "b", otherEmail));
            boolean found = result.hasNext();
            int created = result.consume().counters().relationshipsCreated();
            if (!found) {
                throw new IllegalArgumentException(
                        "Cannot befriend " + email + " and " + otherEmail + ": both must exist and differ");
            }
            return created > 0;
        });
    }

    /**
     * Records an interest of a person; doing it again changes nothing.
     *
     * @param email the person
     * @param interest the interest, e.g. {@code "climbing"}
     * @return the summary of the write, for its counters
     */
    public ResultSummary addInterest(String email, String interest) {
        return transactions.write("addInterest", tx ->
                tx.run(ADD_INTEREST, Map.of("email", email, "interest", interest)).consume());
    }

    /**
     * Looks a person up by email.
     *
     * @param email the email
     * @return the person, if there is one
     */
    public Optional<Person> findByEmail(String email) {
        return transactions.read("findByEmail", tx -> tx.run(FIND_BY_EMAIL, Map.of("email", email)).stream()
                .findFirst()
                .map(PersonRepository::person));
    }

    /**
     * Finds the people with a name.
     *
     * @param name the exact name
     * @return the people, ordered by email
     */
    public List<Person> findByName(String name) {
        return transactions.read("findByName", tx -> tx.run(FIND_BY_NAME, Map.of("name", name))
                .list(PersonRepository::person));
    }

    /**
     * The friends of a person, fetched eagerly: the list outlives the transaction and can be read many times.
     *
     * @param email the person
     * @return the friends, ordered by name
     */
    public List<Person> friendsOf(String email) {
        return transactions.read("friendsOf", tx -> tx.run(FRIENDS_OF, Map.of("email", email))
                .list(PersonRepository::person));
    }

    /**
     * Streams every person to a consumer, inside the read transaction, record by record.
     *
     * @param consumer called once per person, while the result is still arriving
     * @return how many people were streamed
     */
    public long forEachPerson(Consumer<Person> consumer) {
        return transactions.read("forEachPerson", tx -> {
            Result result = tx.run(ALL_PEOPLE);
            long count = 0;
            while (result.hasNext()) {
                consumer.accept(person(result.next()));
                count++;
            }
            return count;
        });
    }

    /**
     * Deletes a person and their relationships.
     *
     * @param email the person
     * @return the summary, whose counters say what was deleted
     */
    public ResultSummary forget(String email) {
        return transactions.write("forget", tx -> tx.run(FORGET, Map.of("email", email)).consume());
    }

    static Person person(Record record) {
        return new Person(record.get("email").asString(), record.get("name").asString(null));
    }
}
