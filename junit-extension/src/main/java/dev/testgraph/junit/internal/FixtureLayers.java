package dev.testgraph.junit.internal;

import dev.testgraph.fixtures.FixtureGraph;
import dev.testgraph.fixtures.Fixtures;
import dev.testgraph.fixtures.LoadOptions;
import dev.testgraph.fixtures.LoadedGraph;
import dev.testgraph.fixtures.internal.LoadAccess;
import dev.testgraph.junit.Fixture;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.neo4j.driver.Driver;

/** The {@link Fixture}s of a class or method, read once, loaded one on top of the other. */
record FixtureLayers(List<FixtureGraph> graphs) {

    static final FixtureLayers NONE = new FixtureLayers(List.of());

    /** Reads the fixtures of the class, its enclosing classes (outermost first) and super classes. */
    static FixtureLayers ofClassAndEnclosing(Class<?> testClass) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            classes.add(type);
        }
        Collections.reverse(classes);
        List<FixtureGraph> graphs = new ArrayList<>();
        for (Class<?> type : classes) {
            graphs.addAll(read(type, type));
        }
        return new FixtureLayers(graphs);
    }

    /** Reads the fixtures of the class and its super classes, not those of enclosing classes. */
    static FixtureLayers ofClass(Class<?> testClass) {
        return new FixtureLayers(read(testClass, testClass));
    }

    static FixtureLayers ofMethod(Class<?> testClass, java.lang.reflect.Method method) {
        return new FixtureLayers(read(testClass, method));
    }

    private static List<FixtureGraph> read(Class<?> relativeTo, AnnotatedElement element) {
        List<FixtureGraph> graphs = new ArrayList<>();
        for (Fixture fixture : AnnotationSupport.findRepeatableAnnotations(element, Fixture.class)) {
            for (String name : fixture.value()) {
                FixtureGraph graph = Fixtures.read(relativeTo, name);
                graphs.add(fixture.keyProperty().isEmpty() ? graph : graph.withKeyAsProperty(fixture.keyProperty()));
            }
        }
        return graphs;
    }

    /** @return these fixtures, then {@code next}'s */
    FixtureLayers then(FixtureLayers next) {
        List<FixtureGraph> all = new ArrayList<>(graphs);
        all.addAll(next.graphs);
        return new FixtureLayers(List.copyOf(all));
    }

    boolean isEmpty() {
        return graphs.isEmpty();
    }

    /** @return whether {@link #loadAfter} takes these fixtures: there is one, and none creates schema */
    boolean takesPrelude() {
        return !graphs.isEmpty() && graphs.stream().allMatch(LoadAccess::takesPrelude);
    }

    /**
     * Loads every fixture on an empty base, {@code prelude} run first in the first fixture's transaction.
     *
     * @return what is loaded now, or empty when the prelude declined (nothing was written)
     */
    Optional<LoadedGraph> loadAfter(Driver driver, LoadAccess.Prelude prelude) {
        LoadedGraph loaded = LoadAccess.get().load(driver, graphs.get(0), LoadOptions.defaults(), prelude);
        if (loaded == null) {
            return Optional.empty();
        }
        for (FixtureGraph graph : graphs.subList(1, graphs.size())) {
            loaded = Fixtures.load(driver, graph, LoadOptions.defaults().withBase(loaded));
        }
        return Optional.of(loaded);
    }

    /**
     * Loads every fixture on top of {@code base}.
     *
     * @return what is loaded now, {@code base} included; {@code base} itself when there is nothing to load
     */
    LoadedGraph load(Driver driver, LoadedGraph base) {
        LoadedGraph loaded = base;
        for (FixtureGraph graph : graphs) {
            loaded = Fixtures.load(driver, graph, LoadOptions.defaults().withBase(loaded));
        }
        return loaded;
    }
}
