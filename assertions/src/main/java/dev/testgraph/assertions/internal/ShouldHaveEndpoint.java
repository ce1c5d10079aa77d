package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a relationship or path starts or ends elsewhere and related failures. */
public final class ShouldHaveEndpoint extends TextMessageFactory {

    private ShouldHaveEndpoint(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A relationship or path starts or ends elsewhere. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param entity rendered text
     * @param startOrEnd rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveEndpoint(String kind, String entity, String startOrEnd, String expected, String actual) {
        return new ShouldHaveEndpoint("%nExpecting %s:%n  %s%nto %s at node:%n  %s%nbut was:%n  %s", kind, entity, startOrEnd, expected, actual);
    }
}
