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

    /**
     * Whether the plugin on the class path was released for the server's line: APOC is released per Neo4j release
     * ({@code 5.26.x} for Neo4j 5.26, {@code 2026.08.x} for Neo4j 2026.08), and Maven Central has APOC core only up
     * to the 5.26 line.
     *
     * @param plugin a plugin name, e.g. {@code apoc}
     * @param neo4jVersion the server's version, e.g. {@code 2026.08.1}
     * @return a warning saying what does not match and what to do, or empty when the lines match or a version is
     *     unknown
     */
    public static Optional<String> mismatch(String plugin, String neo4jVersion) {
        if (!plugin.equals("apoc") || neo4jVersion == null) {
            return Optional.empty();
        }
        String pluginVersion;
        try {
            pluginVersion = Class.forName("apoc.help.Help", false, PluginJars.class.getClassLoader()).getPackage()
                    .getImplementationVersion();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        if (pluginVersion == null || line(pluginVersion).equals(line(neo4jVersion))) {
            return Optional.empty();
        }
        return Optional.of("APOC " + pluginVersion + " (on the test class path) was not released for Neo4j "
                + neo4jVersion + ": APOC core is released per Neo4j release (" + line(neo4jVersion) + ".x here), and"
                + " Maven Central has it only up to the 5.26 line; Testgraph installs the one it has, so calls into"
                + " APOC may fail. Put the matching apoc-core and apoc-common jars on the test class path (from the"
                + " labs/ folder of the Neo4j " + neo4jVersion + " distribution), or test APOC on Neo4j 5.26");
    }

    /** @return the release line of a version: {@code 5.26} of {@code 5.26.19}, {@code 2026.08} of {@code 2026.08.1} */
    static String line(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }

    /** @return what to add to the build to have the plugin on the class path */
    public static String howToAdd(String plugin) {
        return plugin.equals("apoc")
                ? "add the test dependencies org.neo4j.procedure:apoc-core and org.neo4j.procedure:apoc-common of the"
                        + " version that matches the server (5.26.x for Neo4j 5.26)"
                : "Testgraph knows the plugins " + known();
    }
}
