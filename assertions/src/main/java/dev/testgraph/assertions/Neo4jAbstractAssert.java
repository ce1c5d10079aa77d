package dev.testgraph.assertions;

import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Base of Testgraph's assertions, public like AssertJ's {@link AbstractAssert}: the {@code Abstract*Assert} classes
 * extend it, and their navigation methods ({@code labels()}, {@code properties()}, {@code counters()}) stay soft
 * under {@link Neo4jSoftAssertions}.
 *
 * @param <SELF> the assertion type
 * @param <ACTUAL> the type of the value under test
 */
public abstract class Neo4jAbstractAssert<SELF extends Neo4jAbstractAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** Set on the soft proxies {@link Neo4jSoftAssertions} creates, so that navigation collects errors too. */
    SoftAssertionsProvider softly;

    /**
     * Creates an assertion.
     *
     * @param actual the value under test
     * @param selfType the class of the concrete assertion
     */
    protected Neo4jAbstractAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Like {@code extracting(extractor, factory)}; under soft assertions the nested assertion is a soft proxy too.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // proxy() needs the classes of the nested assertion and value
    final <T, A extends AbstractAssert<?, ?>> A navigate(
            Function<? super ACTUAL, T> extractor, AssertFactory<T, A> factory, Class<?> valueType) {
        A hard = extracting(extractor, factory);
        if (softly == null) {
            return hard;
        }
        A soft = (A) softly.proxy((Class) hard.getClass(), (Class) valueType, extractor.apply(actual));
        if (info.description() != null) {
            soft.as(info.description());
        }
        if (soft instanceof Neo4jAbstractAssert<?, ?> nested) {
            nested.softly = softly;
        }
        return soft;
    }
}
