package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a summary counter differs and related failures. */
public final class ShouldHaveCounter extends TextMessageFactory {

    private ShouldHaveCounter(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A summary counter differs. Arguments are pre-rendered text, shown as is.
     *
     * @param counters rendered text
     * @param counter rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveCounter(String counters, String counter, String expected, String actual) {
        return new ShouldHaveCounter("%nExpecting counters:%n  %s%nto have %s:%n  %s%nbut was:%n  %s", counters, counter, expected, actual);
    }

    /**
     * Counters that (do not) contain (system) updates. Arguments are pre-rendered text, shown as is.
     *
     * @param counters rendered text
     * @param not rendered text
     * @param system rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldContainUpdates(String counters, String not, String system) {
        return new ShouldHaveCounter("%nExpecting counters:%n  %s%n%sto contain %supdates", counters, not, system);
    }
}
