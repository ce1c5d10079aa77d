package dev.testgraph.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a record value differs and related failures. */
public final class ShouldHaveValue extends BasicErrorMessageFactory {

    private ShouldHaveValue(String format, String... texts) {
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
