package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a path has another length and related failures. */
public final class ShouldHaveLength extends TextMessageFactory {

    private ShouldHaveLength(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A path has another length. Arguments are pre-rendered text, shown as is.
     *
     * @param path rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveLength(String path, String expected, String actual) {
        return new ShouldHaveLength("%nExpecting path:%n  %s%nto have length:%n  %s%nbut was:%n  %s", path, expected, actual);
    }

    /**
     * A path's relationship types differ. Arguments are pre-rendered text, shown as is.
     *
     * @param path rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveRelationshipTypes(String path, String expected, String actual) {
        return new ShouldHaveLength("%nExpecting path:%n  %s%nto have relationship types:%n  %s%nbut was:%n  %s", path, expected, actual);
    }
}
