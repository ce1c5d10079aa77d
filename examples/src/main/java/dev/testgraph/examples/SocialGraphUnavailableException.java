package dev.testgraph.examples;

import java.net.URI;

/**
 * Neo4j cannot be reached (or stopped answering and the retries ran out). The message names the server, so an
 * operator can tell a wrong URI from a server that is down.
 */
public class SocialGraphUnavailableException extends SocialGraphException {

    private static final long serialVersionUID = 1L;

    private final URI uri;

    /**
     * @param uri the server the application is configured for
     * @param cause the driver's {@code ServiceUnavailableException} or {@code SessionExpiredException}
     */
    public SocialGraphUnavailableException(URI uri, Throwable cause) {
        super("Neo4j at " + uri + " is unavailable: " + withoutFinalPeriods(cause.getMessage())
                + ". Check that the server is running and that " + SocialGraphConfig.PREFIX + "uri points at it.", cause);
        this.uri = uri;
    }

    private static String withoutFinalPeriods(String message) {
        return String.valueOf(message).replaceAll("\\.+$", "");
    }

    /** @return the server the application is configured for */
    public URI uri() {
        return uri;
    }
}
