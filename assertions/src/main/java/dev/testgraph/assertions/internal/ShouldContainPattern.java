package dev.testgraph.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: no match for a pattern and related failures. */
public final class ShouldContainPattern extends BasicErrorMessageFactory {

    private ShouldContainPattern(String format, String... texts) {
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
