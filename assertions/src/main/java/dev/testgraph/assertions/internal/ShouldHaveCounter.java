package dev.testgraph.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a summary counter differs and related failures. */
public final class ShouldHaveCounter extends BasicErrorMessageFactory {

    private ShouldHaveCounter(String format, String... texts) {
        super(format, unquoted(texts));
    }

    private static Object[] unquoted(String... texts) {
        Object[] arguments = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            arguments[i] = unquotedString(texts[i]);
        }
        return arguments;
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
