package dev.testgraph.junit.spi;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jars of a plugin on the test's class path, for providers to install: APOC must be loaded by Neo4j's own class
 * loader, so it is both on the class path (in process) and in the plugin directory.
 */
public final class PluginJars {

    /** The plugins Testgraph knows, with a class of each jar it needs. */
    private static final Map<String, List<String>> CLASSES = Map.of("apoc", List.of(
            "apoc.ApocConfig",              // apoc-common
            "apoc.help.Help",               // apoc-core
            "com.opencsv.CSVReader",        // apoc-core's runtime dependencies
            "org.apache.commons.lang3.StringUtils",
            "org.apache.commons.text.StringEscapeUtils",
            "org.roaringbitmap.RoaringBitmap"));

    private PluginJars() {}

    /** @return the plugin names Testgraph knows */
    public static Set<String> known() {
        return CLASSES.keySet();
    }

    /**
     * @param plugin a plugin name, e.g. {@code apoc}
     * @return its jars from the class path, or empty when they are not all there
     */
    public static Optional<List<Path>> find(String plugin) {
        List<String> classes = CLASSES.get(plugin);
        if (classes == null) {
            return Optional.empty();
        }
        Set<Path> jars = new LinkedHashSet<>();
        for (String name : classes) {
            try {
                CodeSource source = Class.forName(name, false, PluginJars.class.getClassLoader())
                        .getProtectionDomain().getCodeSource();
                if (source == null) {
                    return Optional.empty();
                }
                jars.add(Path.of(source.getLocation().toURI()));
            } catch (ClassNotFoundException | LinkageError | URISyntaxException | SecurityException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ArrayList<>(jars));
    }

    /** @return what to add to the build to have the plugin on the class path */
    public static String howToAdd(String plugin) {
        return plugin.equals("apoc")
                ? "add the test dependencies org.neo4j.procedure:apoc-core and org.neo4j.procedure:apoc-common of the"
                        + " version that matches the server (5.26.x for Neo4j 5.26)"
                : "Testgraph knows the plugins " + known();
    }
}
