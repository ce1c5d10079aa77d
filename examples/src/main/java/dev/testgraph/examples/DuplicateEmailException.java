package dev.testgraph.examples;

/**
 * Another person already uses the email address. Mapped from the server's uniqueness constraint
 * ({@code Neo.ClientError.Schema.ConstraintValidationFailed}) or from a registration that finds the address taken.
 */
public class DuplicateEmailException extends SocialGraphException {

    private static final long serialVersionUID = 1L;

    private final String email;

    /**
     * @param email the address that is taken
     * @param cause the constraint violation, or {@code null}
     */
    public DuplicateEmailException(String email, Throwable cause) {
        super("The email address " + email + " is already used by another person", cause);
        this.email = email;
    }

    /** @return the address that is taken */
    public String email() {
        return email;
    }
}
