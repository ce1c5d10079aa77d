package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a node lacks some of the expected labels and related failures. */
public final class ShouldHaveLabels extends TextMessageFactory {

    private ShouldHaveLabels(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A node lacks some of the expected labels. Arguments are pre-rendered text, shown as is.
     *
     * @param node rendered text
     * @param expected rendered text
     * @param missing rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveLabels(String node, String expected, String missing) {
        return new ShouldHaveLabels("%nExpecting node:%n  %s%nto have labels:%n  %s%nbut could not find:%n  %s", node, expected, missing);
    }

    /**
     * A node's labels are not exactly the expected ones. Arguments are pre-rendered text, shown as is.
     *
     * @param node rendered text
     * @param expected rendered text
     * @param missing rendered text
     * @param unexpected rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveOnlyLabels(String node, String expected, String missing, String unexpected) {
        return new ShouldHaveLabels("%nExpecting node:%n  %s%nto have only labels:%n  %s%nbut could not find:%n  %s%nand did not expect:%n  %s", node, expected, missing, unexpected);
    }

    /**
     * A node has labels it should not have. Arguments are pre-rendered text, shown as is.
     *
     * @param node rendered text
     * @param unwanted rendered text
     * @param found rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotHaveLabels(String node, String unwanted, String found) {
        return new ShouldHaveLabels("%nExpecting node:%n  %s%nnot to have labels:%n  %s%nbut found:%n  %s", node, unwanted, found);
    }
}
