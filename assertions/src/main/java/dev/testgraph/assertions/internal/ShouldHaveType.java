package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a relationship has another type and related failures. */
public final class ShouldHaveType extends TextMessageFactory {

    private ShouldHaveType(String format, String... texts) {
        super(format, texts);
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
