package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a record value differs and related failures. */
public final class ShouldHaveValue extends TextMessageFactory {

    private ShouldHaveValue(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A record value differs. Arguments are pre-rendered text, shown as is.
     *
     * @param record rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveValue(String record, String expected, String actual) {
        return new ShouldHaveValue("%nExpecting record:%n  %s%nto have value:%n  %s%nbut was:%n  %s", record, expected, actual);
    }

    /**
     * A record lacks a key. Arguments are pre-rendered text, shown as is.
     *
     * @param record rendered text
     * @param key rendered text
     * @param keys rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveKey(String record, String key, String keys) {
        return new ShouldHaveValue("%nExpecting record:%n  %s%nto have key:%n  %s%nbut it only has:%n  %s", record, key, keys);
    }
}
