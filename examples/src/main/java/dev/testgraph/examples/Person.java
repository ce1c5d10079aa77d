package dev.testgraph.examples;

import java.util.Objects;

/**
 * A member of the social graph, identified by email.
 *
 * @param email the unique email address
 * @param name the display name
 */
public record Person(String email, String name) {

    /** Checks the email. */
    public Person {
        Objects.requireNonNull(email, "email");
    }
}
