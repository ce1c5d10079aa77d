package dev.testgraph.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: an entity has another element id and related failures. */
public final class ShouldHaveElementId extends BasicErrorMessageFactory {

    private ShouldHaveElementId(String format, String... texts) {
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
     * An entity has another element id. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param entity rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveElementId(String kind, String entity, String expected, String actual) {
        return new ShouldHaveElementId("%nExpecting %s:%n  %s%nto have element id:%n  %s%nbut was:%n  %s", kind, entity, expected, actual);
    }
}
