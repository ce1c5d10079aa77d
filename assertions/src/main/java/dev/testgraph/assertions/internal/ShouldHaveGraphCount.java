package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a graph has another number of nodes or relationships and related failures. */
public final class ShouldHaveGraphCount extends TextMessageFactory {

    private ShouldHaveGraphCount(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A graph has another number of nodes or relationships. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @param what rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveGraphCount(String database, String what, String expected, String actual) {
        return new ShouldHaveGraphCount("%nExpecting graph in %s%nto have %s:%n  %s%nbut had:%n  %s", database, what, expected, actual);
    }

    /**
     * A graph is not empty. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @param size rendered text
     * @param entities rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldBeEmptyGraph(String database, String size, String entities) {
        return new ShouldHaveGraphCount("%nExpecting graph in %s to be empty but it has %s:%n%s", database, size, entities);
    }

    /**
     * A graph is empty. Arguments are pre-rendered text, shown as is.
     *
     * @param database rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotBeEmptyGraph(String database) {
        return new ShouldHaveGraphCount("%nExpecting graph in %s not to be empty", database);
    }
}
