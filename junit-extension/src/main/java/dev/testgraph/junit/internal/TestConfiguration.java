package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Neo4jConnectionDetails;
import dev.testgraph.junit.Neo4jTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The configuration of one test class: its {@link Neo4jTest} (found on the class, a superclass, a meta-annotation or
 * an enclosing class) merged with the run-wide settings, and the backend resolved.
 *
 * @param key the server the class runs on, or {@code null} when no backend is available
 * @param unavailable why no backend is available, or {@code null}
 */
record TestConfiguration(
        ServerKey key,
        CleanPolicy clean,
        boolean keepSchema,
        boolean disabledWithoutDocker,
        boolean dockerRequired,
        String unavailable) {

    static final String USAGE_REPORT = "dbms.usage_report.enabled";

    static TestConfiguration of(Class<?> testClass) {
        Neo4jTest annotation = find(testClass)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
                        + " uses the Testgraph extension without @Neo4jTest: annotate the class with @Neo4jTest"
                        + " instead of registering the extension directly."));
        String where = "@Neo4jTest on " + testClass.getName();

        Map<String, String> settings = new LinkedHashMap<>();
        RunSettings.get(RunSettings.SETTINGS).ifPresent(value -> parseSettings(
                List.of(value.split(";")), RunSettings.where(RunSettings.SETTINGS), settings));
        parseSettings(List.of(annotation.settings()), where + " (settings)", settings);
        String usageReport = settings.put(USAGE_REPORT, "false");
        if (usageReport != null && !usageReport.equalsIgnoreCase("false")) {
            throw new ExtensionConfigurationException(where + " sets " + USAGE_REPORT + "=" + usageReport
                    + ", but servers started by Testgraph never send usage reports. Remove that setting.");
        }

        CleanPolicy clean = annotation.clean() != CleanPolicy.DEFAULT
                ? annotation.clean()
                : RunSettings.getEnum(RunSettings.CLEAN, CleanPolicy.class)
                        .filter(policy -> policy != CleanPolicy.DEFAULT)
                        .orElse(CleanPolicy.BEFORE_EACH);
        boolean keepSchema = annotation.keepSchema() || RunSettings.isTrue(RunSettings.KEEP_SCHEMA);
        boolean disabledWithoutDocker =
                annotation.disabledWithoutDocker() || RunSettings.isTrue(RunSettings.DISABLED_WITHOUT_DOCKER);
        boolean dockerRequired = RunSettings.isTrue(RunSettings.DOCKER_REQUIRED);

        Backend backend = annotation.backend() != Backend.AUTO
                ? annotation.backend()
                : RunSettings.getEnum(RunSettings.BACKEND, Backend.class).orElse(Backend.AUTO);
        Optional<String> externalUri = RunSettings.get(RunSettings.URI);
        String unavailable = null;
        ServerKey containerKey = new ServerKey(Backend.TESTCONTAINERS, image(annotation), sorted(settings), null);
        if (backend == Backend.AUTO) {
            if (externalUri.isPresent()) {
                backend = Backend.EXTERNAL;
            } else if (Backends.containerAvailable(containerKey)) {
                backend = Backend.TESTCONTAINERS;
            } else if (Backends.provider(Backend.EMBEDDED).isPresent()) {
                backend = Backend.EMBEDDED;
            } else {
                unavailable = "No Neo4j is available for " + testClass.getName() + ": Docker does not answer,"
                        + " testgraph-embedded is not on the class path and no external server is configured."
                        + " Fix it in one of three ways:%n"
                        + "  1. start Docker, and Testgraph runs Neo4j in a container (Testcontainers);%n"
                        + "  2. add the test dependency dev.testgraph:testgraph-embedded for an in-process Neo4j;%n"
                        + "  3. point Testgraph at a running server with TESTGRAPH_URI (and TESTGRAPH_USER,"
                        + " TESTGRAPH_PASSWORD, TESTGRAPH_ALLOW_WIPE=true).%n"
                        + "To skip such classes instead, use @Neo4jTest(disabledWithoutDocker = true) or"
                        + " -Dtestgraph.disabledWithoutDocker=true.";
            }
        } else if (backend == Backend.TESTCONTAINERS && !Backends.containerAvailable(containerKey)) {
            unavailable = testClass.getName() + " needs Docker (backend TESTCONTAINERS), but no Docker environment"
                    + " answers. Start Docker (check with 'docker info'), or run on another backend with"
                    + " -Dtestgraph.backend=embedded, or skip such classes with"
                    + " @Neo4jTest(disabledWithoutDocker = true) / -Dtestgraph.disabledWithoutDocker=true.";
        } else if (backend == Backend.EMBEDDED && Backends.provider(Backend.EMBEDDED).isEmpty()) {
            throw new ExtensionConfigurationException(testClass.getName() + " asks for the embedded backend, but"
                    + " testgraph-embedded is not on the class path. Add the test dependency"
                    + " dev.testgraph:testgraph-embedded, or choose another backend.");
        } else if (backend == Backend.EXTERNAL && externalUri.isEmpty()) {
            throw new ExtensionConfigurationException(testClass.getName() + " asks for the external backend, but"
                    + " no server is configured. Set TESTGRAPH_URI (or -Dtestgraph.uri), e.g."
                    + " bolt://localhost:7687, with TESTGRAPH_USER and TESTGRAPH_PASSWORD.");
        }
        if (unavailable != null) {
            return new TestConfiguration(null, clean, keepSchema, disabledWithoutDocker, dockerRequired,
                    String.format(unavailable));
        }
        ServerKey key = switch (backend) {
            case TESTCONTAINERS -> containerKey;
            case EMBEDDED -> new ServerKey(backend, null, sorted(settings), null);
            case EXTERNAL -> new ServerKey(backend, null, sorted(Map.of()), externalUri.orElseThrow());
            case AUTO -> throw new IllegalStateException();
        };
        return new TestConfiguration(key, clean, keepSchema, disabledWithoutDocker, dockerRequired, null);
    }

    /** @return whether the class is skipped rather than failed because no backend is available */
    boolean skipped() {
        return unavailable != null && disabledWithoutDocker && !dockerRequired;
    }

    static Optional<Neo4jTest> find(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<Neo4jTest> annotation = AnnotationSupport.findAnnotation(type, Neo4jTest.class);
            if (annotation.isPresent()) {
                return annotation;
            }
        }
        return Optional.empty();
    }

    private static String image(Neo4jTest annotation) {
        if (!annotation.image().isBlank()) {
            return annotation.image().trim();
        }
        return RunSettings.get(RunSettings.IMAGE).orElse(Neo4jConnectionDetails.DEFAULT_IMAGE);
    }

    private static java.util.SortedMap<String, String> sorted(Map<String, String> settings) {
        return new java.util.TreeMap<>(settings);
    }

    private static void parseSettings(List<String> entries, String where, Map<String, String> into) {
        List<String> bad = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                bad.add(entry);
                continue;
            }
            into.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        if (!bad.isEmpty()) {
            throw new ExtensionConfigurationException("Testgraph cannot read the Neo4j setting(s) " + bad + " in "
                    + where + ": write each as \"key=value\", e.g. \"db.transaction.timeout=10s\".");
        }
    }
}
