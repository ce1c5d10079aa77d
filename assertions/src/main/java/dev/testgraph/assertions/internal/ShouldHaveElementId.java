package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: an entity has another element id and related failures. */
public final class ShouldHaveElementId extends TextMessageFactory {

    private ShouldHaveElementId(String format, String... texts) {
        super(format, texts);
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
