package dev.testgraph.examples;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The non-blocking face of the application, for callers that compose {@link CompletionStage}s (an async web
 * framework, a fan-out over many people). Managed transactions ({@code executeReadAsync},
 * {@code executeWriteAsync}) retry transient errors just like the blocking ones, and every session is closed
 * when its work completes, whether it succeeded or failed, so the pool never runs dry.
 *
 * <pre>{@code
 * app.async().interestsOf("alice@example.com")
 *     .thenAccept(interests -> render(interests));
 * }</pre>
 */
public final class AsyncPersonService {

    static final String INTERESTS_OF = """
            MATCH (:Person {email: $email})-[:INTERESTED_IN]->(i:Interest)
            RETURN i.name AS interest
            ORDER BY interest""";

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final URI uri;

    AsyncPersonService(Driver driver, SocialGraphConfig config) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(config.database());
        this.uri = config.uri();
    }

    /**
     * Looks a person up by email.
     *
     * @param email the email
     * @return completes with the person, if there is one
     */
    public CompletionStage<Optional<Person>> findByEmail(String email) {
        return withSession(session -> session.executeReadAsync(tx ->
                tx.runAsync(PersonRepository.FIND_BY_EMAIL, Map.of("email", email))
                        .thenCompose(ResultCursor::listAsync)
                        .thenApply(records -> records.stream().findFirst().map(PersonRepository::person))));
    }

    /**
     * The interests of a person.
     *
     * @param email the person
     * @return completes with the interests, ordered by name
     */
    public CompletionStage<List<String>> interestsOf(String email) {
        return withSession(session -> session.executeReadAsync(tx ->
                tx.runAsync(INTERESTS_OF, Map.of("email", email))
                        .thenCompose(cursor -> cursor.listAsync(record -> record.get("interest").asString()))));
    }

    /**
     * Records an interest; doing it again changes nothing.
     *
     * @param email the person
     * @param interest the interest
     * @return completes with whether a new interest relationship was created
     */
    public CompletionStage<Boolean> addInterest(String email, String interest) {
        return withSession(session -> session.executeWriteAsync(tx ->
                tx.runAsync(PersonRepository.ADD_INTEREST, Map.of("email", email, "interest", interest))
                        .thenCompose(ResultCursor::consumeAsync)
                        .thenApply(summary -> summary.counters().relationshipsCreated() > 0)));
    }

    /** Opens a session, runs the work, and closes the session however the work ends. */
    private <T> CompletionStage<T> withSession(Function<AsyncSession, CompletionStage<T>> work) {
        AsyncSession session = driver.session(AsyncSession.class, sessionConfig);
        CompletionStage<T> stage;
        try {
            stage = work.apply(session);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return stage.handle((result, error) -> session.closeAsync().thenCompose(closed -> error == null
                        ? CompletableFuture.completedFuture(result)
                        : CompletableFuture.<T>failedFuture(translate(error))))
                .thenCompose(Function.identity());
    }

    private Throwable translate(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
            return new SocialGraphUnavailableException(uri, cause);
        }
        return cause;
    }
}
