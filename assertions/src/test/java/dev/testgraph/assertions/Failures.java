package dev.testgraph.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test-only: the message of the assertion error a call throws; expected messages are written with \n. */
final class Failures {

    private Failures() {}

    static String failureMessage(ThrowingCallable call) {
        AssertionError error = catchThrowableOfType(AssertionError.class, call);
        assertThat(error).as("the assertion should have failed").isNotNull();
        return error.getMessage();
    }

    static String lines(String text) {
        return text.replace("\n", System.lineSeparator());
    }
}
