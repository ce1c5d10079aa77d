package dev.testgraph.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Packs a test's procedure classes into a plugin jar for a container: each class with its nested and anonymous
 * classes and the classes it is nested in, entries sorted and dated 1980, so the same classes always give the same
 * bytes (a reused container is found again). Finds the jars of the libraries they need
 * ({@code @Neo4jTest(procedureDependencies = ...)}): a jar is used as it is, a class-path directory is packed the same
 * way.
 *
 * <p>Built once per run: the jars are kept by the classes (or directory) they come from for the JVM's life, so every
 * container of the run copies the same file; each jar's name is the SHA-256 of its entries (names and bytes), and a
 * jar whose name is already in the run's directory is not written again.
 */
final class ProcedureJar {

    /** 1980-01-01, the zip format's first day: the entries' time, so that the bytes depend on the contents only. */
    static final long ENTRY_TIME = 315532800000L;

    private static final Map<List<String>, Path> BUILT = new ConcurrentHashMap<>();
    private static final Map<Path, Path> PACKED_DIRECTORIES = new ConcurrentHashMap<>();

    private ProcedureJar() {}

    /** @return the plugin jar of the procedure classes, built on the run's first call for these classes */
    static Path of(List<Class<?>> classes) {
        return BUILT.computeIfAbsent(classes.stream().map(Class::getName).sorted().toList(), names -> {
            Map<String, byte[]> entries = new TreeMap<>();
            for (Class<?> type : classes) {
                for (Class<?> outer = type; outer != null; outer = outer.getEnclosingClass()) {
                    add(outer, entries);
                }
            }
            return write(entries, "testgraph-procedures-", "the procedure classes " + names);
        });
    }

    /**
     * @param classes classes standing for the jars or class-path directories they were loaded from
     * @return those jars, each once, in the classes' order; a directory packed into a jar
     */
    static List<Path> dependencies(List<Class<?>> classes) {
        java.util.LinkedHashSet<Path> jars = new java.util.LinkedHashSet<>();
        for (Class<?> type : classes) {
            Path location = location(type);
            jars.add(Files.isDirectory(location)
                    ? PACKED_DIRECTORIES.computeIfAbsent(location, ProcedureJar::packDirectory)
                    : location);
        }
        return List.copyOf(jars);
    }

    private static Path location(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Testgraph cannot tell which jar " + type.getName() + " comes from (it has"
                    + " no code source), so it cannot copy it next to the procedures. Name a class of the library's"
                    + " own jar in procedureDependencies.");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalStateException("Testgraph cannot copy the jar of " + type.getName() + " next to the"
                    + " procedures: it comes from " + source.getLocation() + ", which is not a file", e);
        }
    }

    private static Path packDirectory(Path directory) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (var files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put(directory.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Testgraph cannot pack the class-path directory " + directory, e);
        }
        return write(entries, "testgraph-dependency-", "the class-path directory " + directory);
    }

    /** The run's directory of jars, made on first use and removed when the JVM ends. */
    private static final class Directory {
        static final Path PATH;

        static {
            try {
                PATH = Files.createTempDirectory("testgraph-procedures");
                PATH.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("Testgraph cannot make a directory for procedure jars", e);
            }
        }
    }

    private static synchronized Path write(Map<String, byte[]> entries, String prefix, String what) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            Path jar = Directory.PATH.resolve(prefix + HexFormat.of().formatHex(digest.digest(), 0, 8) + ".jar");
            if (Files.exists(jar)) {
                return jar;
            }
            jar.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    JarEntry jarEntry = new JarEntry(entry.getKey());
                    jarEntry.setTime(ENTRY_TIME);
                    zip.putNextEntry(jarEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Testgraph cannot pack " + what, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the class, its member classes and its anonymous classes ({@code Outer$1}, ...). */
    private static void add(Class<?> type, Map<String, byte[]> entries) {
        String resource = type.getName().replace('.', '/') + ".class";
        if (entries.containsKey(resource)) {
            return;
        }
        entries.put(resource, read(type.getClassLoader(), resource)
                .orElseThrow(() -> new IllegalStateException("Testgraph cannot read the class file of " + type.getName()
                        + " to copy it into the container; procedure classes must come from class files or jars")));
        for (Class<?> member : type.getDeclaredClasses()) {
            add(member, entries);
        }
        for (int i = 1; ; i++) {
            String anonymous = type.getName().replace('.', '/') + "$" + i + ".class";
            java.util.Optional<byte[]> bytes = read(type.getClassLoader(), anonymous);
            if (bytes.isEmpty()) {
                break;
            }
            entries.put(anonymous, bytes.get());
        }
    }

    private static java.util.Optional<byte[]> read(ClassLoader loader, String resource) {
        ClassLoader from = loader == null ? ClassLoader.getSystemClassLoader() : loader;
        try (InputStream in = from.getResourceAsStream(resource)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
