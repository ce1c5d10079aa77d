package dev.testgraph.junit.internal;

import dev.testgraph.junit.spi.ImportDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An import directory on this machine (the embedded server's). Replaces only files it put there itself: a directory
 * the user configured ({@code server.directories.import}) may hold the user's own files, which a test must never
 * overwrite and then delete. Not API: use {@link ImportDirectory#onThisMachine(Path)}.
 */
public final class LocalImportDirectory implements ImportDirectory {

    private final Path root;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /** @param root the directory; made when missing */
    public LocalImportDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void copy(Path source, String target) throws IOException {
        Path file = resolve(target);
        if (Files.exists(file) && !written.contains(target)) {
            throw new IOException("Testgraph does not replace " + file + ": it is in the server's import directory and"
                    + " Testgraph did not put it there (a server.directories.import of your own). Remove it from that"
                    + " directory, or give the file another name in @ImportFiles");
        }
        Files.createDirectories(file.getParent());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        written.add(target);
    }

    @Override
    public void delete(Collection<String> targets) throws IOException {
        for (String target : targets) {
            Files.deleteIfExists(resolve(target));
            written.remove(target);
        }
    }

    @Override
    public String location() {
        return root.toString();
    }

    private Path resolve(String target) throws IOException {
        Path file = root.resolve(target).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("'" + target + "' is not a file name inside the import directory " + root);
        }
        return file;
    }
}
