package dev.testgraph.examples;

/** The root of the application's own exceptions; callers never need to know the driver's exception types. */
public class SocialGraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do about it
     * @param cause the driver's exception
     */
    public SocialGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
