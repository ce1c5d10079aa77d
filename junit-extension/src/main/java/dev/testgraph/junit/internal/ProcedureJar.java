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
 * bytes (a reused container is found again) and the jar is built once per run and set of classes.
 */
final class ProcedureJar {

    private static final Map<List<String>, Path> BUILT = new ConcurrentHashMap<>();

    private ProcedureJar() {}

    static Path of(List<Class<?>> classes) {
        return BUILT.computeIfAbsent(classes.stream().map(Class::getName).sorted().toList(), names -> pack(classes));
    }

    private static Path pack(List<Class<?>> classes) {
        Map<String, byte[]> entries = new TreeMap<>();
        for (Class<?> type : classes) {
            for (Class<?> outer = type; outer != null; outer = outer.getEnclosingClass()) {
                add(outer, entries);
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            Path jar = Files.createTempDirectory("testgraph-procedures").resolve(
                    "testgraph-procedures-" + HexFormat.of().formatHex(digest.digest(), 0, 8) + ".jar");
            jar.toFile().deleteOnExit();
            jar.getParent().toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    JarEntry jarEntry = new JarEntry(entry.getKey());
                    jarEntry.setTime(315532800000L); // 1980-01-01, the zip format's first day
                    zip.putNextEntry(jarEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Testgraph cannot pack the procedure classes " + classes, e);
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
