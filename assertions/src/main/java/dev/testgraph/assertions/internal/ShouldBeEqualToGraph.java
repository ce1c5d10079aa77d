package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a graph differs from the expected graph and related failures. */
public final class ShouldBeEqualToGraph extends TextMessageFactory {

    private ShouldBeEqualToGraph(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A graph differs from the expected graph. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @param actualSize rendered text
     * @param expectedSize rendered text
     * @param options the comparison options, lines each ended by a line separator, or {@code ""}
     * @param difference rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldBeEqualToGraph(String database, String actualSize, String expectedSize,
            String options, String difference) {
        return new ShouldBeEqualToGraph("%nExpecting graph in %s:%n  %s%nto be equal to:%n  %s%n%sbut:%n%s", database,
                actualSize, expectedSize, options, difference);
    }

    /**
     * A graph does not contain the expected graph. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @param actualSize rendered text
     * @param expectedSize rendered text
     * @param options the comparison options, lines each ended by a line separator, or {@code ""}
     * @param difference rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldContainGraph(String database, String actualSize, String expectedSize,
            String options, String difference) {
        return new ShouldBeEqualToGraph("%nExpecting graph in %s:%n  %s%nto contain:%n  %s%n%sbut:%n%s", database,
                actualSize, expectedSize, options, difference);
    }
}
