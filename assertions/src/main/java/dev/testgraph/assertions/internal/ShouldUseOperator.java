package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a plan does not use an operator or index and related failures. */
public final class ShouldUseOperator extends TextMessageFactory {

    private ShouldUseOperator(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A plan does not use an operator or index. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param plan rendered text
     * @param what rendered text
     * @param expected rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldUseOperator(String kind, String plan, String what, String expected) {
        return new ShouldUseOperator("%nExpecting %s:%n%s%nto use %s:%n  %s%nbut it does not", kind, plan, what, expected);
    }

    /**
     * A plan uses an operator. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param plan rendered text
     * @param expected rendered text
     * @param found rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotUseOperator(String kind, String plan, String expected, String found) {
        return new ShouldUseOperator("%nExpecting %s:%n%s%nnot to use operator:%n  %s%nbut it does:%n%s", kind, plan, expected, found);
    }

    /**
     * A plan's root operator differs. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param plan rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveOperatorType(String kind, String plan, String expected, String actual) {
        return new ShouldUseOperator("%nExpecting %s:%n%s%nto have operator type:%n  %s%nbut was:%n  %s", kind, plan, expected, actual);
    }
}
