package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a profiled plan has too many db hits and related failures. */
public final class ShouldHaveProfileStatistic extends TextMessageFactory {

    private ShouldHaveProfileStatistic(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A profiled plan has too many db hits. Arguments are pre-rendered text, shown as is.
     *
     * @param plan rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveDbHitsAtMost(String plan, String expected, String actual) {
        return new ShouldHaveProfileStatistic("%nExpecting profiled plan:%n%s%nto have at most %s db hits in total%nbut had:%n  %s", plan, expected, actual);
    }

    /**
     * A profiled plan produced another number of rows. Arguments are pre-rendered text, shown as is.
     *
     * @param plan rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveRows(String plan, String expected, String actual) {
        return new ShouldHaveProfileStatistic("%nExpecting profiled plan:%n%s%nto produce rows:%n  %s%nbut produced:%n  %s", plan, expected, actual);
    }
}
