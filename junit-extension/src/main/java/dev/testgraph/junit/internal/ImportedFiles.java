package dev.testgraph.junit.internal;

import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.spi.ImportDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The files of the {@link ImportFiles} of one class or test method, copied into the server's import directory and
 * removed when the class or test is done. Files of an outer scope (the class of a method, the enclosing class of a
 * nested class) that a name of this scope replaced are copied back, so that the outer scope sees its own content again.
 */
final class ImportedFiles implements AutoCloseable {

    private final ImportDirectory directory;
    /** Source of each file, by its name in the import directory, in the order written. */
    private final Map<String, Path> files;
    private final ImportedFiles outer;

    private ImportedFiles(ImportDirectory directory, Map<String, Path> files, ImportedFiles outer) {
        this.directory = directory;
        this.files = files;
        this.outer = outer;
    }

    /**
     * Finds the files the element's {@link ImportFiles} name, without copying anything.
     *
     * @param testClass the class names are looked up next to first
     * @param element the class (with its super classes) or the test method
     * @param where the annotated element, for messages, e.g. {@code com.example.ShopTest#importsOrders}
     * @return the source of each file by its name in the import directory; empty when there is no annotation
     * @throws ExtensionConfigurationException when a name is refused or names nothing
     */
    static Map<String, Path> find(Class<?> testClass, AnnotatedElement element, String where) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (ImportFiles annotation : AnnotationSupport.findRepeatableAnnotations(element, ImportFiles.class)) {
            String into = into(annotation.into(), where);
            for (String name : annotation.value()) {
                String target = target(name, where);
                Path source = locate(testClass, name, where);
                if (into != null) {
                    // only the file's own name (a directory's files their path inside it) goes under "into"
                    String own = Files.isDirectory(source) ? "" : target.substring(target.lastIndexOf('/') + 1);
                    target = into.isEmpty() ? own : own.isEmpty() ? into : into + "/" + own;
                }
                if (Files.isDirectory(source)) {
                    List<Path> inside = regularFilesUnder(source);
                    if (inside.isEmpty()) {
                        throw new ExtensionConfigurationException("@ImportFiles on " + where + " names the directory \""
                                + name + "\" (" + source.toUri() + "), which holds no files. Put the files for LOAD CSV"
                                + " into it, or name the files themselves.");
                    }
                    for (Path file : inside) {
                        String relative = slashed(source.relativize(file));
                        files.put(target.isEmpty() ? relative : target + "/" + relative, file);
                    }
                } else {
                    files.put(target, source);
                }
            }
        }
        return files;
    }

    /**
     * Copies the files into the directory.
     *
     * @param outer the files of the enclosing scope, restored on {@link #close()} where these replaced them; or null
     * @throws ExtensionConfigurationException when a file cannot be copied
     */
    static ImportedFiles copy(ImportDirectory directory, Map<String, Path> files, ImportedFiles outer, String where) {
        ImportedFiles imported = new ImportedFiles(directory, files, outer);
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            try {
                directory.copy(file.getValue(), file.getKey());
                copied.add(file.getKey());
            } catch (IOException | RuntimeException e) {
                // what was copied so far goes again, so that a half-done copy leaves nothing behind
                new ImportedFiles(directory, Map.of(), outer).restore(copied);
                throw new ExtensionConfigurationException("Testgraph could not copy " + file.getValue().toUri()
                        + " (@ImportFiles on " + where + ") into the server's import directory "
                        + directory.location() + " as " + file.getKey() + ": " + e.getMessage(), e);
            }
        }
        return imported;
    }

    /** Removes this scope's files and brings back the outer scope's files they replaced. */
    @Override
    public void close() {
        restore(List.copyOf(files.keySet()));
    }

    private void restore(List<String> names) {
        try {
            directory.delete(names);
            for (String name : names) {
                Path before = outer == null ? null : outer.source(name);
                if (before != null) {
                    directory.copy(before, name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Testgraph could not remove the files of @ImportFiles " + names
                    + " from the server's import directory " + directory.location() + ": " + e.getMessage(), e);
        }
    }

    /** @return the source of the name in this scope or an outer one, or null */
    private Path source(String name) {
        Path source = files.get(name);
        return source != null || outer == null ? source : outer.source(name);
    }

    /**
     * @return the directory of {@code into} inside the import directory ({@code ""} for its root), or null when the
     *     names are kept as written
     */
    private static String into(String into, String where) {
        if (into.isEmpty()) {
            return null;
        }
        if (into.strip().equals("/")) {
            return "";
        }
        try {
            return target(into, where);
        } catch (ExtensionConfigurationException e) {
            throw new ExtensionConfigurationException(e.getMessage().replace("names \"" + into + "\"",
                    "has into = \"" + into + "\"") + " (into = \"/\" is the import directory's root.)", e);
        }
    }

    /** @return the name in the import directory: the name as written, checked and without {@code .} segments */
    static String target(String name, String where) {
        String prefix = "@ImportFiles on " + where + " names \"" + name + "\", ";
        String fix = " Name a class-path resource (e.g. \"data/people.csv\" for src/test/resources/data/people.csv)"
                + " or a path relative to the project directory; LOAD CSV then reads it as file:///data/people.csv.";
        if (name.isBlank()) {
            throw new ExtensionConfigurationException("@ImportFiles on " + where + " has an empty name." + fix);
        }
        if (name.contains("\\")) {
            throw new ExtensionConfigurationException(prefix + "with a \\: names are /-separated on every system,"
                    + " as in LOAD CSV's file:/// URLs. Write it with /.");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new ExtensionConfigurationException(prefix + "an absolute path: a file is copied into the server's"
                    + " import directory under the name written, so a name must be relative." + fix);
        }
        if (name.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new ExtensionConfigurationException(prefix + "a URL: name the file itself." + fix);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new ExtensionConfigurationException(prefix + "whose \"..\" could place the file outside the"
                        + " server's import directory, which Testgraph refuses." + fix);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new ExtensionConfigurationException(prefix + "which names no file." + fix);
        }
        return String.join("/", segments);
    }

    /** @return where the name is: next to the class, on the class path, or in the working directory */
    private static Path locate(Class<?> testClass, String name, String where) {
        URL url = testClass.getResource(name);
        if (url == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            url = context == null ? null : context.getResource(name);
        }
        if (url == null) {
            url = testClass.getClassLoader() == null ? null : testClass.getClassLoader().getResource(name);
        }
        if (url != null) {
            return path(url, name, where);
        }
        Path file = Path.of(name);
        if (Files.exists(file)) {
            return file;
        }
        String packagePath = testClass.getPackageName().replace('.', '/');
        throw new ExtensionConfigurationException("@ImportFiles on " + where + " names \"" + name + "\", which is not"
                + " there. Testgraph looked for the class-path resource "
                + (packagePath.isEmpty() ? "" : packagePath + "/") + name + " (next to the test class), the class-path resource " + name + " and the file " + file.toAbsolutePath().normalize()
                + ". Put the file under src/test/resources/" + name + ", or correct the name.");
    }

    /** @return the resource as a path: a file, or an entry of a jar on the class path */
    private static Path path(URL url, String name, String where) {
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException raced) {
                        // another thread opened it
                    }
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new ExtensionConfigurationException("@ImportFiles on " + where + " names \"" + name + "\", found at "
                    + url + ", which Testgraph cannot read as a file (" + e + "). Put it under src/test/resources.", e);
        }
    }

    private static List<Path> regularFilesUnder(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Testgraph cannot list the files under " + directory.toUri(), e);
        }
    }

    private static String slashed(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
