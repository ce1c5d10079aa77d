package dev.testgraph.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers where a reused container listens, so that the next run connects to it straight away instead of asking
 * Docker (Testcontainers' Docker detection and its search for the reused container take over a second).
 *
 * <p>A record is a small properties file in a directory of the user's own under the temporary directory, named by
 * a hash of everything that makes Testcontainers start a different container: the server key (image and
 * settings) and the content of the plugin jar copied into it. It holds addresses only; the password is derived
 * from the key. A record that no longer answers with that password is deleted and the container is started (or
 * found) the usual way.
 */
final class ReuseRecords {

    private static volatile byte[] pluginDigest;

    private ReuseRecords() {}

    /** Where a remembered container listens. */
    record Remembered(URI boltUri, URI httpUri) {}

    static Optional<Remembered> find(ServerKey key) {
        Path file;
        try {
            file = file(key);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            String bolt = properties.getProperty("bolt");
            String http = properties.getProperty("http");
            return bolt == null ? Optional.empty()
                    : Optional.of(new Remembered(URI.create(bolt), http == null ? null : URI.create(http)));
        } catch (IOException | IllegalArgumentException e) {
            forget(key);
            return Optional.empty();
        }
    }

    static void remember(ServerKey key, URI boltUri, URI httpUri, String containerId) {
        Properties properties = new Properties();
        properties.setProperty("bolt", boltUri.toString());
        if (httpUri != null) {
            properties.setProperty("http", httpUri.toString());
        }
        properties.setProperty("container", containerId == null ? "" : containerId);
        properties.setProperty("server", key.toString());
        try {
            Path file = file(key);
            Path temporary = Files.createTempFile(file.getParent(), "record", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Testgraph: a reused Neo4j container; delete this file to forget it");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // only a shortcut: without the record, the next run asks Docker as before
        }
    }

    static void forget(ServerKey key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException | RuntimeException e) {
            // a stale record is checked again, and fails again, next time
        }
    }

    static Path file(ServerKey key) {
        return directory().resolve(hash(key) + ".properties");
    }

    private static Path directory() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"),
                "testgraph-reuse-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
        if (!Files.isDirectory(directory)) {
            try {
                try {
                    // owner only, where the file system knows permissions: other users cannot plant a record
                    Files.createDirectory(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(directory);
                }
            } catch (IOException e) {
                // made meanwhile, or cannot be made: the records are a shortcut only, and writing one fails alone
            }
        }
        return directory;
    }

    private static String hash(ServerKey key) {
        MessageDigest digest = sha256();
        digest.update(("testgraph-reuse-record:" + key).getBytes(StandardCharsets.UTF_8));
        digest.update(pluginDigest());
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the plugin jar's digest, read once per JVM (the jar does not change during a run) */
    private static byte[] pluginDigest() {
        byte[] digest = pluginDigest;
        if (digest == null) {
            try {
                digest = sha256().digest(Files.readAllBytes(ServerPlugin.jar()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            pluginDigest = digest;
        }
        return digest;
    }
}
