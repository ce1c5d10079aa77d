package dev.testgraph.junit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Finds the jar of {@code testgraph-server-plugin}, to copy it into the containers Testgraph starts. */
final class ServerPlugin {

    static final String UNRESTRICTED = "dbms.security.procedures.unrestricted";
    private static final String CLASS = "dev/testgraph/serverplugin/LastCommittedTransaction.class";
    private static Path jar;

    private ServerPlugin() {}

    /** Testgraph's procedures by their exact names: nothing else of the {@code testgraph} namespace is allowed. */
    static final String PROCEDURES = dev.testgraph.serverplugin.DatabaseState.UNRESTRICTED;

    /** @return the user's unrestricted procedures, with Testgraph's added */
    static String unrestricted(String requested) {
        return requested == null || requested.isBlank() ? PROCEDURES : requested + "," + PROCEDURES;
    }

    /** @return the plugin jar; when the plugin is a class folder (an IDE build), a jar made from it */
    static synchronized Path jar() {
        if (jar != null) {
            return jar;
        }
        URL url = ServerPlugin.class.getClassLoader().getResource(CLASS);
        if (url == null) {
            throw new IllegalStateException("testgraph-server-plugin is not on the class path; it comes with"
                    + " testgraph-junit-extension, so check that your build does not exclude it.");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
                jar = Paths.get(new URL(file).toURI());
            } else {
                Path classes = Paths.get(url.toURI());
                for (int i = 0; i < CLASS.split("/").length; i++) {
                    classes = classes.getParent();
                }
                jar = pack(classes);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path pack(Path classes) throws IOException {
        Path target = Files.createTempFile("testgraph-server-plugin", ".jar");
        target.toFile().deleteOnExit();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream zip = new JarOutputStream(out)) {
            for (Path file : files) {
                JarEntry entry = new JarEntry(classes.relativize(file).toString().replace('\\', '/'));
                // a fixed time: the same classes give the same jar, so a reused container is found again
                entry.setTime(0);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return target;
    }
}
