package dev.testgraph.junit.spi;

import dev.testgraph.junit.internal.LocalImportDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The directory a server's {@code LOAD CSV} reads {@code file:///} URLs from ({@code server.directories.import}),
 * where Testgraph may put the files of {@code @ImportFiles}: {@code file:///data/people.csv} reads
 * {@code data/people.csv} under it. A {@link Neo4jServer} offers one with {@link Neo4jServer#importDirectory()}; a
 * server without one (an external server, which Testgraph cannot write to) makes {@code @ImportFiles} fail the class.
 *
 * <pre>{@code
 * public Optional<ImportDirectory> importDirectory() {
 *     return Optional.of(ImportDirectory.onThisMachine(importRoot)); // a server that reads this machine's files
 * }
 * }</pre>
 */
public interface ImportDirectory {

    /**
     * Copies a file into the directory, replacing a file of the same name, and makes it readable by the server.
     *
     * @param source the file to copy
     * @param target where it goes, relative to the directory, {@code /}-separated, never absolute nor with {@code ..}
     *     (Testgraph checked), e.g. {@code data/people.csv}; missing parent directories are made
     * @throws IOException when the file cannot be copied; the message is shown to the user
     */
    void copy(Path source, String target) throws IOException;

    /**
     * Removes files copied before; a file that is not there is no error.
     *
     * @param targets the names given to {@link #copy}
     * @throws IOException when a file cannot be removed; the message is shown to the user
     */
    void delete(Collection<String> targets) throws IOException;

    /** @return where the directory is, for messages, e.g. {@code /var/lib/neo4j/import in container 3f2a9c1b7d4e} */
    String location();

    /**
     * @param root a directory on this machine that the server reads {@code file:///} URLs from (its
     *     {@code server.directories.import}); made when missing
     * @return an import directory that copies files there, refusing to replace a file that it did not put there
     *     itself (a user's own file in a directory the user configured)
     */
    static ImportDirectory onThisMachine(Path root) {
        return new LocalImportDirectory(root);
    }
}
