package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.CleanPolicy;
import dev.testgraph.junit.Neo4jContainerCustomizer;
import dev.testgraph.junit.Neo4jTest;
import dev.testgraph.junit.spi.PluginJars;
import dev.testgraph.junit.spi.ProcedureNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The configuration of one test class: its {@link Neo4jTest} (found on the class, a superclass, a meta-annotation or
 * an enclosing class) merged with the run-wide settings. A value, made with no I/O: which backend gives the server is
 * decided later, once, when a server is first needed ({@link Providers}).
 *
 * @param key the server the class asks for
 * @param testClass the class, for messages
 * @param backendWhere where the requested backend's name comes from, for messages
 */
record TestConfiguration(
        ServerKey key,
        CleanPolicy clean,
        boolean keepSchema,
        boolean disabledWithoutDocker,
        boolean dockerRequired,
        String testClass,
        String backendWhere) {

    static final String USAGE_REPORT = "dbms.usage_report.enabled";

    static TestConfiguration of(Class<?> testClass, RunSettings run) {
        Neo4jTest annotation = find(testClass)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
                        + " uses the Testgraph extension without @Neo4jTest: annotate the class with @Neo4jTest"
                        + " instead of registering the extension directly."));
        String where = "@Neo4jTest on " + testClass.getName();

        Map<String, String> settings = new LinkedHashMap<>();
        run.get(RunSettings.SETTINGS).ifPresent(value -> parseSettings(
                List.of(value.split(";")), run.where(RunSettings.SETTINGS), settings));
        parseSettings(List.of(annotation.settings()), where + " (settings)", settings);
        String usageReport = settings.put(USAGE_REPORT, "false");
        if (usageReport != null && !usageReport.equalsIgnoreCase("false")) {
            throw new ExtensionConfigurationException(where + " sets " + USAGE_REPORT + "=" + usageReport
                    + ", but servers started by Testgraph never send usage reports. Remove that setting.");
        }

        CleanPolicy clean = annotation.clean() != CleanPolicy.DEFAULT
                ? annotation.clean()
                : run.getEnum(RunSettings.CLEAN, CleanPolicy.class)
                        .filter(policy -> policy != CleanPolicy.DEFAULT)
                        .orElse(CleanPolicy.BEFORE_EACH);
        boolean keepSchema = annotation.keepSchema() || run.isTrue(RunSettings.KEEP_SCHEMA);
        boolean disabledWithoutDocker =
                annotation.disabledWithoutDocker() || run.isTrue(RunSettings.DISABLED_WITHOUT_DOCKER);
        boolean dockerRequired = run.isTrue(RunSettings.DOCKER_REQUIRED);

        String backend = backend(annotation, run);
        String image = annotation.image().isBlank()
                ? run.get(RunSettings.IMAGE).orElse(Neo4jTest.DEFAULT_IMAGE)
                : annotation.image().trim();
        boolean external = backend.equals(Providers.EXTERNAL)
                || (backend.equals(ServerKey.AUTO) && run.get(RunSettings.URI).isPresent());
        String backendWhere = !annotation.backendName().isBlank() || annotation.backend() != Backend.AUTO
                ? where
                : run.where(RunSettings.BACKEND);
        List<String> plugins = new ArrayList<>();
        for (String plugin : annotation.plugins()) {
            String name = plugin.trim().toLowerCase(Locale.ROOT);
            if (!PluginJars.known().contains(name)) {
                throw new ExtensionConfigurationException(where + " asks for the plugin '" + plugin + "', which"
                        + " Testgraph does not know. Use one of " + new java.util.TreeSet<>(PluginJars.known())
                        + "; for your own procedures use @Neo4jTest(procedures = YourProcedures.class).");
            }
            plugins.add(name);
        }
        for (Class<?> procedures : annotation.procedures()) {
            checkProcedures(procedures, where);
        }
        for (Class<?> dependency : annotation.procedureDependencies()) {
            checkDependency(dependency, annotation.procedures().length > 0, where);
        }
        Map<String, String> environment = pairs(annotation.containerEnvironment(), "container environment",
                where + " (containerEnvironment)", "\"NAME=value\", e.g. \"NEO4J_ACCEPT_LICENSE_AGREEMENT=yes\"");
        if (annotation.tmpfs()) {
            environment.put(ServerKey.TMPFS, "true");
        }
        Map<String, String> labels = pairs(annotation.containerLabels(), "container label",
                where + " (containerLabels)", "\"name=value\", e.g. \"team=payments\"");
        Class<? extends Neo4jContainerCustomizer> customizer = customizer(annotation.containerCustomizer(), where);
        ServerKey key = new ServerKey(backend, image, new java.util.TreeMap<>(settings),
                List.of(annotation.procedures()), List.of(annotation.procedureDependencies()), plugins,
                new java.util.TreeMap<>(environment), new java.util.TreeMap<>(labels), customizer, external);
        return new TestConfiguration(key, clean, keepSchema, disabledWithoutDocker, dockerRequired,
                testClass.getName(), backendWhere);
    }

    /** @return whether a class whose backend is unavailable is skipped rather than failed */
    boolean skipsWhenUnavailable() {
        return disabledWithoutDocker && !dockerRequired;
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

    /** @return the requested backend's name in lower case; whether a provider has it is checked when it starts */
    private static String backend(Neo4jTest annotation, RunSettings run) {
        if (!annotation.backendName().isBlank()) {
            return annotation.backendName().trim().toLowerCase(Locale.ROOT);
        }
        if (annotation.backend() != Backend.AUTO) {
            return annotation.backend().name().toLowerCase(Locale.ROOT);
        }
        return run.get(RunSettings.BACKEND).map(value -> value.toLowerCase(Locale.ROOT)).orElse(ServerKey.AUTO);
    }

    /**
     * Catches what Neo4j would refuse only once a server is starting (in a container, after a minute of start-up): a
     * procedure class without any callable, a procedure that returns neither a Stream nor nothing.
     */
    private static void checkProcedures(Class<?> type, String where) {
        boolean any = false;
        for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
            var callable = ProcedureNames.callable(method);
            if (callable.isEmpty()) {
                continue;
            }
            any = true;
            Class<?> returns = method.getReturnType();
            if (callable.get().annotationType().getSimpleName().equals("Procedure") && returns != void.class
                    && !java.util.stream.Stream.class.isAssignableFrom(returns)) {
                throw new ExtensionConfigurationException(where + ": the procedure " + type.getName() + "."
                        + method.getName() + "() (" + ProcedureNames.name(type, method, callable.get()) + ") returns "
                        + returns.getName() + ", but Neo4j refuses a @Procedure that returns neither a Stream of"
                        + " records (a class with public fields, one per column) nor void. Return"
                        + " Stream<YourRecord>, or make it a @UserFunction.");
            }
        }
        if (!any) {
            throw new ExtensionConfigurationException(where + " lists " + type.getName() + " in procedures, but it has"
                    + " no method annotated @Procedure, @UserFunction or @UserAggregationFunction (org.neo4j.procedure).");
        }
    }

    /** @return the {@code "name=value"} entries of an attribute, in order */
    private static Map<String, String> pairs(String[] entries, String what, String where, String example) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || entry.substring(0, equals).isBlank()) {
                bad.add(entry);
            } else {
                pairs.put(entry.substring(0, equals).trim(), entry.substring(equals + 1));
            }
        }
        if (!bad.isEmpty()) {
            throw new ExtensionConfigurationException("Testgraph cannot read the " + what + " " + bad + " in " + where
                    + ": write each as " + example + ".");
        }
        return pairs;
    }

    /**
     * A dependency stands for the jar it comes from: the JDK's classes and Neo4j's own have none to copy, and without
     * procedures there is nothing that needs it.
     */
    private static void checkDependency(Class<?> dependency, boolean anyProcedures, String where) {
        String fix = " Remove it from procedureDependencies.";
        if (!anyProcedures) {
            throw new ExtensionConfigurationException(where + " lists " + dependency.getName() + " in"
                    + " procedureDependencies but no procedures: dependencies are copied for the classes of"
                    + " procedures = ... . List the procedure classes too, or remove procedureDependencies.");
        }
        if (dependency.isPrimitive() || dependency.isArray()
                || dependency.getProtectionDomain().getCodeSource() == null) {
            throw new ExtensionConfigurationException(where + " lists " + dependency.getName() + " in"
                    + " procedureDependencies, but it is part of the JDK, which the server has." + fix);
        }
        if (dependency.getName().startsWith("org.neo4j.")) {
            throw new ExtensionConfigurationException(where + " lists " + dependency.getName() + " in"
                    + " procedureDependencies, but it is Neo4j's own, which the server has (of its own version)."
                    + fix);
        }
    }

    /** @return the customiser class, or null for the default (none); refused when Testgraph cannot make one */
    private static Class<? extends Neo4jContainerCustomizer> customizer(
            Class<? extends Neo4jContainerCustomizer> type, String where) {
        if (type == Neo4jContainerCustomizer.class) {
            return null;
        }
        String problem = null;
        if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            problem = "is abstract";
        } else if (type.isMemberClass() && !java.lang.reflect.Modifier.isStatic(type.getModifiers())) {
            problem = "is an inner class, which needs an instance of its enclosing class";
        } else if (java.util.Arrays.stream(type.getDeclaredConstructors()).noneMatch(c -> c.getParameterCount() == 0)) {
            problem = "has no constructor without parameters";
        }
        if (problem != null) {
            throw new ExtensionConfigurationException(where + " names the container customiser " + type.getName()
                    + ", which " + problem + ": Testgraph makes one with new " + type.getSimpleName() + "(). Make it a"
                    + " concrete (static nested or top-level) class with a constructor without parameters.");
        }
        return type;
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
