package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a query has another type and related failures. */
public final class ShouldHaveQueryType extends TextMessageFactory {

    private ShouldHaveQueryType(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A query has another type. Arguments are pre-rendered text, shown as is.
     *
     * @param query rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveQueryType(String query, String expected, String actual) {
        return new ShouldHaveQueryType("%nExpecting query:%n  %s%nto be of type:%n  %s%nbut was:%n  %s", query, expected, actual);
    }

    /**
     * A summary has no plan or profile. Arguments are pre-rendered text, shown as is.
     *
     * @param query rendered text
     * @param what rendered text
     * @param keyword rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHavePlan(String query, String what, String keyword) {
        return new ShouldHaveQueryType("%nExpecting query:%n  %s%nto have a %s but it has none (run it with %s)", query, what, keyword);
    }
}
