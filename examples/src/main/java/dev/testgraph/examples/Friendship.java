package dev.testgraph.examples;

import java.util.Objects;

/**
 * A friendship between two people, by email. Friendships have no direction; the graph stores each once.
 *
 * @param from one person's email
 * @param to the other person's email
 */
public record Friendship(String from, String to) {

    /** Checks the emails. */
    public Friendship {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
