package dev.testgraph.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The base of the error message factories: every argument is text the assertion has already rendered (Cypher-like
 * entities, counts, lists), shown as it is instead of the quoted string AssertJ would make of it.
 */
abstract class TextMessageFactory extends BasicErrorMessageFactory {

    /**
     * Creates a factory.
     *
     * @param format the message format, {@code %n}-led, with one {@code %s} per text
     * @param texts the rendered texts
     */
    TextMessageFactory(String format, String... texts) {
        super(format, unquoted(texts));
    }

    private static Object[] unquoted(String... texts) {
        Object[] arguments = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            arguments[i] = unquotedString(texts[i]);
        }
        return arguments;
    }
}
