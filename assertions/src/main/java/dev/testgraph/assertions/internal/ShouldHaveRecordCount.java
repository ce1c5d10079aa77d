package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a result has another number of records and related failures. */
public final class ShouldHaveRecordCount extends TextMessageFactory {

    private ShouldHaveRecordCount(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A result has another number of records. Arguments are pre-rendered text, shown as is.
     *
     * @param subject rendered text
     * @param records rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveRecordCount(String subject, String records, String expected, String actual) {
        return new ShouldHaveRecordCount("%nExpecting %s:%n%s%nto have size:%n  %s%nbut had:%n  %s", subject, records, expected, actual);
    }

    /**
     * A result has records. Arguments are pre-rendered text, shown as is.
     *
     * @param subject rendered text
     * @param count rendered text
     * @param records rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveNoRecords(String subject, String count, String records) {
        return new ShouldHaveRecordCount("%nExpecting %s to be empty but it has %s:%n%s", subject, count, records);
    }

    /**
     * A result is empty. Arguments are pre-rendered text, shown as is.
     *
     * @param subject rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveRecords(String subject) {
        return new ShouldHaveRecordCount("%nExpecting %s not to be empty", subject);
    }
}
