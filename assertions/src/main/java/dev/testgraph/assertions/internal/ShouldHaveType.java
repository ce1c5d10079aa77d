package dev.testgraph.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a relationship has another type and related failures. */
public final class ShouldHaveType extends BasicErrorMessageFactory {

    private ShouldHaveType(String format, String... texts) {
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
     * A relationship has another type. Arguments are pre-rendered text, shown as is.
     *
     * @param relationship rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveType(String relationship, String expected, String actual) {
        return new ShouldHaveType("%nExpecting relationship:%n  %s%nto have type:%n  %s%nbut was:%n  %s", relationship, expected, actual);
    }
}
