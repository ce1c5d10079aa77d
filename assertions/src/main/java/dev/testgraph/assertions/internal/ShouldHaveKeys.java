package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a record or result has other keys and related failures. */
public final class ShouldHaveKeys extends TextMessageFactory {

    private ShouldHaveKeys(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A record or result has other keys. Arguments are pre-rendered text, shown as is.
     *
     * @param subject rendered text
     * @param actualText rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveKeys(String subject, String actualText, String expected, String actual) {
        return new ShouldHaveKeys("%nExpecting %s:%n  %s%nto have keys:%n  %s%nbut had:%n  %s", subject, actualText, expected, actual);
    }
}
