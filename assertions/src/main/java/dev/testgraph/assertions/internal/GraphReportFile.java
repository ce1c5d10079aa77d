package dev.testgraph.assertions.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where and whether {@link GraphReport}s are written, from system properties or else environment variables:
 * {@value #ENABLED_PROPERTY} / {@value #ENABLED_VARIABLE} ({@code true} by default, {@code false} turns reports
 * off) and {@value #DIRECTORY_PROPERTY} / {@value #DIRECTORY_VARIABLE} (by default {@code target/testgraph} under
 * the working directory, or {@code build/testgraph} in a Gradle project: one with a {@code build.gradle} or
 * {@code build.gradle.kts} and no {@code pom.xml}).
 *
 * <p>A report is named after the assertion's description ({@code as("...")}) or else the test's class and method:
 * the first caller on the stack outside Testgraph's assertions, AssertJ and the JDK (a lambda is named after the
 * method it is written in). Characters other than letters,
 * digits, {@code .}, {@code _} and {@code -} become {@code _}; a second report of the same name in one run gets
 * {@code -2}, and so on. Reports of an earlier run are overwritten.
 *
 * @param enabled whether reports are written
 * @param directory the directory they go in
 */
public record GraphReportFile(boolean enabled, Path directory) {

    /** System property that turns reports off with {@code false}. */
    public static final String ENABLED_PROPERTY = "testgraph.reports";

    /** Environment variable read when {@value #ENABLED_PROPERTY} is not set. */
    public static final String ENABLED_VARIABLE = "TESTGRAPH_REPORTS";

    /** System property naming the directory of the reports. */
    public static final String DIRECTORY_PROPERTY = "testgraph.reports.dir";

    /** Environment variable read when {@value #DIRECTORY_PROPERTY} is not set. */
    public static final String DIRECTORY_VARIABLE = "TESTGRAPH_REPORTS_DIR";

    private static final Set<Path> WRITTEN = ConcurrentHashMap.newKeySet();

    /**
     * The settings from this JVM's system properties and environment.
     *
     * @return the settings
     * @throws IllegalArgumentException if {@value #ENABLED_PROPERTY} is neither {@code true} nor {@code false}
     */
    public static GraphReportFile fromEnvironment() {
        return from(System::getProperty, System::getenv, Path.of(""));
    }

    /**
     * The settings from the given sources.
     *
     * @param properties system properties
     * @param environment environment variables
     * @param workingDirectory where the default directory is looked for
     * @return the settings
     * @throws IllegalArgumentException if the switch is neither {@code true} nor {@code false}
     */
    public static GraphReportFile from(UnaryOperator<String> properties, UnaryOperator<String> environment,
            Path workingDirectory) {
        String enabled = setting(properties, ENABLED_PROPERTY, environment, ENABLED_VARIABLE);
        if (enabled != null && !enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("The setting " + ENABLED_PROPERTY + " (or " + ENABLED_VARIABLE
                    + ") is \"" + enabled + "\"; set it to true or false (false turns the HTML reports of failed"
                    + " graph comparisons off)");
        }
        String directory = setting(properties, DIRECTORY_PROPERTY, environment, DIRECTORY_VARIABLE);
        Path path;
        if (directory != null) {
            path = Path.of(directory);
        } else {
            boolean gradle = (Files.exists(workingDirectory.resolve("build.gradle"))
                            || Files.exists(workingDirectory.resolve("build.gradle.kts")))
                    && !Files.exists(workingDirectory.resolve("pom.xml"));
            path = workingDirectory.resolve(gradle ? "build" : "target").resolve("testgraph");
        }
        return new GraphReportFile(enabled == null || enabled.equalsIgnoreCase("true"), path);
    }

    private static String setting(UnaryOperator<String> properties, String property, UnaryOperator<String> environment,
            String variable) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Writes a report.
     *
     * @param description the assertion's description, or {@code ""}
     * @param html the page
     * @return the line that ends the failure message: the report's path, or why it could not be written; empty if
     *     reports are off
     */
    public Optional<String> write(String description, String html) {
        if (!enabled) {
            return Optional.empty();
        }
        String name = fileName(description == null || description.isBlank() ? caller() : description);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".html").toAbsolutePath().normalize();
            for (int i = 2; !WRITTEN.add(file); i++) {
                file = directory.resolve(name + "-" + i + ".html").toAbsolutePath().normalize();
            }
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return Optional.of("Report: " + file);
        } catch (IOException | RuntimeException e) {
            return Optional.of("Report not written to " + directory.toAbsolutePath() + ": " + e
                    + " (set " + DIRECTORY_PROPERTY + " to a writable directory or " + ENABLED_PROPERTY + "=false)");
        }
    }

    /** Letters, digits, {@code .}, {@code _} and {@code -} kept, the rest {@code _}, at most 120 characters. */
    static String fileName(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_'
                || c == '-') ? (char) c : '_'));
        String text = safe.length() > 120 ? safe.substring(0, 120) : safe.toString();
        return text.startsWith(".") ? "_" + text.substring(1) : text;
    }

    /** {@code Class.method} of the first frame outside these assertions, AssertJ and the JDK. */
    static String caller() {
        CodeSource ours = GraphReportFile.class.getProtectionDomain().getCodeSource();
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(frame -> {
                            Class<?> type = frame.getDeclaringClass();
                            String name = type.getName();
                            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                                    || name.startsWith("org.assertj.") || name.contains("$ByteBuddy$")) {
                                return false;
                            }
                            CodeSource source = type.getProtectionDomain().getCodeSource();
                            return ours == null || source == null
                                    ? !name.startsWith("dev.testgraph.assertions.")
                                    : !ours.getLocation().equals(source.getLocation());
                        })
                        .findFirst()
                        .map(frame -> simpleName(frame.getDeclaringClass()) + "." + methodName(frame.getMethodName()))
                        .orElse("graph-assertion"));
    }

    /** A lambda's method {@code lambda$test$0} is named after the method it is in, {@code test}. */
    private static String methodName(String name) {
        if (name.startsWith("lambda$") && name.lastIndexOf('$') > "lambda$".length()) {
            return name.substring("lambda$".length(), name.lastIndexOf('$'));
        }
        return name;
    }

    private static String simpleName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
