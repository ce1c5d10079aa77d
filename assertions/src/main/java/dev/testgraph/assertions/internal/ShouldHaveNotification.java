package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a query has notifications (or warnings) and related failures. */
public final class ShouldHaveNotification extends TextMessageFactory {

    private ShouldHaveNotification(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A query has notifications (or warnings). Arguments are pre-rendered text, shown as is.
     *
     * @param query rendered text
     * @param what rendered text
     * @param notifications rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveNoNotifications(String query, String what, String notifications) {
        return new ShouldHaveNotification("%nExpecting query:%n  %s%nto have no %s but had:%n%s", query, what, notifications);
    }

    /**
     * A query lacks a notification or GQL status. Arguments are pre-rendered text, shown as is.
     *
     * @param query rendered text
     * @param what rendered text
     * @param expected rendered text
     * @param notifications rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveNotification(String query, String what, String expected, String notifications) {
        return new ShouldHaveNotification("%nExpecting query:%n  %s%nto have %s:%n  %s%nbut had:%n%s", query, what, expected, notifications);
    }
}
