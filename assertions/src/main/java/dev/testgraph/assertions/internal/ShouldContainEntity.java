package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: a path does not contain a node or relationship and related failures. */
public final class ShouldContainEntity extends TextMessageFactory {

    private ShouldContainEntity(String format, String... texts) {
        super(format, texts);
    }

    /**
     * A path does not contain a node or relationship. Arguments are pre-rendered text, shown as is.
     *
     * @param path rendered text
     * @param kind rendered text
     * @param entity rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldContainEntity(String path, String kind, String entity) {
        return new ShouldContainEntity("%nExpecting path:%n  %s%nto contain %s:%n  %s%nbut it does not", path, kind, entity);
    }
}
