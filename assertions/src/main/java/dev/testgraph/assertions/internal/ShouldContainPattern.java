package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: no match for a pattern and related failures. */
public final class ShouldContainPattern extends TextMessageFactory {

    private ShouldContainPattern(String format, String... texts) {
        super(format, texts);
    }

    /**
     * No match for a pattern. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @param pattern rendered text
     * @param hint rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldContainPattern(String database, String pattern, String hint) {
        return new ShouldContainPattern("%nExpecting graph in %s%nto contain:%n  %s%nbut found no match%s", database, pattern, hint);
    }

    /**
     * A pattern matches. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @param pattern rendered text
     * @param matches rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotContainPattern(String database, String pattern, String matches) {
        return new ShouldContainPattern("%nExpecting graph in %s%nnot to contain:%n  %s%nbut found:%n%s", database, pattern, matches);
    }
}
