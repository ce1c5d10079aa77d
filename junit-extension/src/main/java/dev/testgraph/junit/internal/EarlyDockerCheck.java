package dev.testgraph.junit.internal;

import dev.testgraph.junit.Backend;
import dev.testgraph.junit.Neo4jTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Asks Docker whether it answers on a thread of its own as soon as JUnit's discovery starts, when the classes a run
 * selects include a {@code @Neo4jTest} one that may run on Testcontainers: the Docker client's start (about a
 * second of class loading, then {@code docker info}) then overlaps JUnit's discovery instead of delaying the first
 * container. Nothing happens in a run without such a class, with another backend chosen for the run, with
 * Testcontainers reuse on (a kept container is found without Docker), or where nothing says Docker could be here.
 * Registered through {@code META-INF/services}; switched off with {@code testgraph.earlyDockerCheck=false}.
 */
public final class EarlyDockerCheck implements LauncherDiscoveryListener {

    /** Called by {@link java.util.ServiceLoader}. */
    public EarlyDockerCheck() {}

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        try {
            List<Class<?>> selected = new ArrayList<>();
            request.getSelectorsByType(ClassSelector.class).forEach(selector -> selected.add(selector.getJavaClass()));
            request.getSelectorsByType(MethodSelector.class).forEach(selector -> selected.add(selector.getJavaClass()));
            if (wanted(selected, RunSettings.current())) {
                start();
            }
        } catch (RuntimeException | LinkageError e) {
            // an early check only: the extension asks Docker itself when it needs to
        }
    }

    /**
     * @return whether a run selecting these classes, with these settings, would ask Docker first: one of them is a
     *     {@code @Neo4jTest} class whose backend is Testcontainers or AUTO, and the run names no other backend
     */
    static boolean wanted(List<Class<?>> selected, RunSettings run) {
        if (!run.isTrue(Neo4jTest.EARLY_DOCKER_CHECK_PROPERTY_NAME, true) || run.get(RunSettings.URI).isPresent()) {
            return false;
        }
        Optional<String> backend = run.get(RunSettings.BACKEND);
        if (backend.isPresent() && !backend.get().equalsIgnoreCase("auto")
                && !backend.get().equalsIgnoreCase(Providers.TESTCONTAINERS)) {
            return false;
        }
        for (Class<?> type : selected) {
            Optional<Neo4jTest> annotation = annotation(type);
            if (annotation.isPresent() && (annotation.get().backend() == Backend.AUTO
                    || annotation.get().backend() == Backend.TESTCONTAINERS)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Neo4jTest> annotation(Class<?> type) {
        for (Class<?> candidate = type; candidate != null; candidate = candidate.getEnclosingClass()) {
            Optional<Neo4jTest> found = AnnotationSupport.findAnnotation(candidate, Neo4jTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void start() {
        if (TestcontainersOnClassPath.coreVersion(EarlyDockerCheck.class.getClassLoader()).isEmpty()
                || TestcontainersServerProvider.reuseEnabled()) {
            return;
        }
        Thread check = new Thread(() -> {
            try {
                TestcontainersServerProvider.dockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                // the extension asks again when it needs to, and says what is wrong
            }
        }, "testgraph-docker-check");
        check.setDaemon(true);
        check.start();
    }
}
