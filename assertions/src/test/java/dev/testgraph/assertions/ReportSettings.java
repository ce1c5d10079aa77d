package dev.testgraph.assertions;

import dev.testgraph.assertions.internal.GraphReportFile;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Test-only: runs a call with the HTML reports of failed graph comparisons on (the module's Surefire runs turn them
 * off, as messages are asserted exactly) and written to a directory; the earlier settings are restored after.
 */
final class ReportSettings {

    private ReportSettings() {}

    /** The message of the assertion error the call throws, reports on and written to the directory. */
    static String failureMessageWithReportsIn(Path directory, ThrowingCallable call) {
        return failureMessageWithReports("true", directory, call);
    }

    /** The message of the assertion error the call throws, with the reports switch set to the value given. */
    static String failureMessageWithReports(String enabledValue, Path directory, ThrowingCallable call) {
        String enabled = System.getProperty(GraphReportFile.ENABLED_PROPERTY);
        String where = System.getProperty(GraphReportFile.DIRECTORY_PROPERTY);
        System.setProperty(GraphReportFile.ENABLED_PROPERTY, enabledValue);
        System.setProperty(GraphReportFile.DIRECTORY_PROPERTY, directory.toString());
        try {
            return Failures.failureMessage(call);
        } finally {
            restore(GraphReportFile.ENABLED_PROPERTY, enabled);
            restore(GraphReportFile.DIRECTORY_PROPERTY, where);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
