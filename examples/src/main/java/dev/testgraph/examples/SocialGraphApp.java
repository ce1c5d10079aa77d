package dev.testgraph.examples;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The social-graph application: builds its one {@link Driver} from {@link SocialGraphConfig}, checks that the
 * server answers, creates the schema, and hands out the services that share the driver. Closing the application
 * closes the driver and with it every pooled connection.
 *
 * <pre>{@code
 * try (SocialGraphApp app = SocialGraphApp.start(SocialGraphConfig.fromEnvironment(System.getenv()))) {
 *     app.people().register("alice@example.com", "Alice");
 *     app.people().befriend("alice@example.com", "bob@example.com");
 * }
 * }</pre>
 */
public final class SocialGraphApp implements AutoCloseable {

    /** What the application tells the server about itself; visible in the server's connection list. */
    public static final String USER_AGENT = "testgraph-examples-socialgraph/1.0";

    private final SocialGraphConfig config;
    private final Driver driver;
    private final ManagedTransactions transactions;
    private final PersonRepository people;
    private final AsyncPersonService async;
    private final BulkImporter importer;
    private final CsvImporter csvImporter;
    private final FriendshipAnalytics analytics;

    private SocialGraphApp(SocialGraphConfig config, Driver driver) {
        this.config = config;
        this.driver = driver;
        this.transactions = new ManagedTransactions(driver, config);
        this.people = new PersonRepository(transactions);
        this.async = new AsyncPersonService(driver, config);
        this.importer = new BulkImporter(transactions);
        this.csvImporter = new CsvImporter(driver, config.database());
        this.analytics = new FriendshipAnalytics(transactions);
    }

    /**
     * Starts the application: one driver, a connectivity check, the schema.
     *
     * @param config the configuration
     * @return the running application; close it on shutdown
     * @throws SocialGraphUnavailableException if the server cannot be reached
     */
    public static SocialGraphApp start(SocialGraphConfig config) {
        Driver driver = GraphDatabase.driver(config.uri(), authToken(config), driverConfig(config));
        try {
            driver.verifyConnectivity();
            SocialGraphSchema.apply(driver, config.database());
            return new SocialGraphApp(config, driver);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            driver.close();
            throw new SocialGraphUnavailableException(config.uri(), e);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /**
     * The driver configuration, every value explicit.
     *
     * @param config the application's configuration
     * @return the driver configuration
     */
    static Config driverConfig(SocialGraphConfig config) {
        Config.ConfigBuilder builder = Config.builder()
                .withMaxConnectionPoolSize(config.maxConnectionPoolSize())
                .withConnectionAcquisitionTimeout(config.connectionAcquisitionTimeout().toMillis(),
                        TimeUnit.MILLISECONDS)
                .withConnectionTimeout(config.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(config.maxTransactionRetryTime().toMillis(),
                        TimeUnit.MILLISECONDS)
                .withUserAgent(USER_AGENT);
        // The +s and +ssc schemes carry their own TLS settings; the driver refuses explicit ones with them.
        if (!config.uri().getScheme().toLowerCase(Locale.ROOT).contains("+")) {
            builder = config.encrypted()
                    ? builder.withEncryption().withTrustStrategy(Config.TrustStrategy.trustSystemCertificates())
                    : builder.withoutEncryption();
        }
        return builder.build();
    }

    private static AuthToken authToken(SocialGraphConfig config) {
        return config.username() == null ? AuthTokens.none() : AuthTokens.basic(config.username(), config.password());
    }

    /** @return the configuration the application started with */
    public SocialGraphConfig config() {
        return config;
    }

    /**
     * The application's one driver, for infrastructure such as health checks and metrics. Do not close it; close
     * the application.
     *
     * @return the driver
     */
    public Driver driver() {
        return driver;
    }

    /** @return the managed-transaction runner every service uses, with its attempt counts */
    public ManagedTransactions transactions() {
        return transactions;
    }

    /** @return people, friendships and interests */
    public PersonRepository people() {
        return people;
    }

    /** @return the non-blocking service */
    public AsyncPersonService async() {
        return async;
    }

    /** @return the bulk importer */
    public BulkImporter importer() {
        return importer;
    }

    /** @return the importer of CSV files the server reads itself ({@code LOAD CSV}) */
    public CsvImporter csvImporter() {
        return csvImporter;
    }

    /** @return the graph analytics */
    public FriendshipAnalytics analytics() {
        return analytics;
    }

    /** Closes the driver and all its connections. */
    @Override
    public void close() {
        driver.close();
    }
}
