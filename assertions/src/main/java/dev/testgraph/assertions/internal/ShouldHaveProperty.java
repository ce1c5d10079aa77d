package dev.testgraph.assertions.internal;

import org.assertj.core.error.ErrorMessageFactory;

/** Error messages: an entity lacks a property key and related failures. */
public final class ShouldHaveProperty extends TextMessageFactory {

    private ShouldHaveProperty(String format, String... texts) {
        super(format, texts);
    }

    /**
     * An entity lacks a property key. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param entity rendered text
     * @param key rendered text
     * @param keys rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveProperty(String kind, String entity, String key, String keys) {
        return new ShouldHaveProperty("%nExpecting %s:%n  %s%nto have property:%n  %s%nbut it only has:%n  %s", kind, entity, key, keys);
    }

    /**
     * An entity lacks a property or has another value. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param entity rendered text
     * @param expected rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHavePropertyValue(String kind, String entity, String expected, String actual) {
        return new ShouldHaveProperty("%nExpecting %s:%n  %s%nto have property:%n  %s%nbut was:%n  %s", kind, entity, expected, actual);
    }

    /**
     * An entity has a property it should not have. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param entity rendered text
     * @param key rendered text
     * @param actual rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldNotHaveProperty(String kind, String entity, String key, String actual) {
        return new ShouldHaveProperty("%nExpecting %s:%n  %s%nnot to have property:%n  %s%nbut it has:%n  %s", kind, entity, key, actual);
    }

    /**
     * An entity's properties do not include (or equal) the expected ones. Arguments are pre-rendered text, shown as is.
     *
     * @param kind rendered text
     * @param entity rendered text
     * @param only rendered text
     * @param expected rendered text
     * @param differences rendered text
     * @return the message factory
     */
    public static ErrorMessageFactory shouldHaveProperties(String kind, String entity, String only, String expected, String differences) {
        return new ShouldHaveProperty("%nExpecting %s:%n  %s%nto have %sproperties:%n  %s%nbut:%n%s", kind, entity, only, expected, differences);
    }
}
