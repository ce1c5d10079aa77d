package dev.testgraph.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers where a reused container listens, so that the next run connects to it straight away instead of asking
 * Docker (Testcontainers' Docker detection and its search for the reused container take over a second).
 *
 * <p>A record is a small properties file in a directory of the user's own under the temporary directory, named by
 * a hash of everything that makes Testcontainers start a different container: the server identity (image and
 * settings) and the content of the plugin jar copied into it. The directory is used only when it is a real directory
 * (not a link), owned by this user and readable by nobody else; otherwise the records are ignored (said once).
 *
 * <p>The reused container's password is not derivable from anything public: it is an HMAC of the server identity
 * under a random secret kept in that directory, so it stays the same from run to run (Testcontainers finds a reused
 * container by a hash of its configuration, password included) and only this user can compute it. A record is
 * trusted only after the server behind it proved to be ours (see {@link TestcontainersServerProvider}).
 */
final class ReuseRecords {

    private static final System.Logger LOG = System.getLogger("dev.testgraph");
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static volatile byte[] pluginDigest;

    private ReuseRecords() {}

    /**
     * Where a remembered container listens, its password, and its id (for copying files into it), {@code null} when
     * the record has none.
     */
    record Remembered(URI boltUri, URI httpUri, String password, String containerId) {

        Remembered(URI boltUri, URI httpUri, String password) {
            this(boltUri, httpUri, password, null);
        }

        /** Shows everything but the password. */
        @Override
        public String toString() {
            return "Remembered[boltUri=" + boltUri + ", httpUri=" + httpUri + ", password=******, containerId="
                    + containerId + "]";
        }
    }

    static Optional<Remembered> find(String identity) {
        Optional<Path> file = file(identity);
        if (file.isEmpty() || !Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file.get(), LinkOption.NOFOLLOW_LINKS)) {
            properties.load(in);
            String bolt = properties.getProperty("bolt");
            String http = properties.getProperty("http");
            String password = properties.getProperty("password");
            if (bolt == null || password == null) {
                forget(identity);
                return Optional.empty();
            }
            String container = properties.getProperty("container", "");
            return Optional.of(new Remembered(URI.create(bolt), http == null ? null : URI.create(http), password,
                    container.isBlank() ? null : container));
        } catch (IOException | IllegalArgumentException e) {
            forget(identity);
            return Optional.empty();
        }
    }

    static void remember(String identity, URI boltUri, URI httpUri, String password, String containerId) {
        Optional<Path> file = file(identity);
        if (file.isEmpty()) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("bolt", boltUri.toString());
        if (httpUri != null) {
            properties.setProperty("http", httpUri.toString());
        }
        properties.setProperty("password", password);
        properties.setProperty("container", containerId == null ? "" : containerId);
        properties.setProperty("server", identity);
        try {
            // created owner-only (rw-------) where the file system knows permissions
            Path temporary = Files.createTempFile(file.get().getParent(), "record", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Testgraph: a reused Neo4j container; delete this file to forget it");
            }
            Files.move(temporary, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // only a shortcut: without the record, the next run asks Docker as before
        }
    }

    static void forget(String identity) {
        file(identity).ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // a stale record is checked again, and fails again, next time
            }
        });
    }

    /**
     * @return the password of the reused container for this identity: the same on every run of this user, unknown to
     *     anyone else; empty when the records directory cannot be trusted (then the container gets a random one)
     */
    static Optional<String> password(String identity) {
        return secret().map(secret -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                byte[] digest = mac.doFinal(("testgraph-reuse:" + identity).getBytes(StandardCharsets.UTF_8));
                return "tg-" + HexFormat.of().formatHex(digest, 0, 16);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** @return the record's file, or empty when the records directory cannot be trusted */
    static Optional<Path> file(String identity) {
        return directory().map(directory -> directory.resolve(hash(identity) + ".properties"));
    }

    /** @return the records directory, made owner-only if missing; empty when it exists but cannot be trusted */
    static Optional<Path> directory() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"),
                "testgraph-reuse-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            try {
                try {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectory(directory);
                }
            } catch (IOException e) {
                // made meanwhile (checked below), or cannot be made: the records are a shortcut only
            }
        }
        Optional<String> untrusted = untrusted(directory);
        if (untrusted.isPresent()) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, () -> "Testgraph ignores its reuse records in " + directory + ": "
                        + untrusted.get() + ". Delete that path; Testgraph makes it again, readable by you only.");
            }
            return Optional.empty();
        }
        return Optional.of(directory);
    }

    /** @return why the directory cannot be trusted, or empty when it is a real, owner-only directory of this user */
    static Optional<String> untrusted(Path directory) {
        try {
            if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                        ? Optional.empty()
                        : Optional.of("it is not a directory");
            }
            PosixFileAttributes attributes =
                    Files.readAttributes(directory, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return Optional.of("it is a symbolic link");
            }
            if (!attributes.isDirectory()) {
                return Optional.of("it is not a directory");
            }
            UserPrincipal me = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!attributes.owner().equals(me)) {
                return Optional.of("it belongs to " + attributes.owner().getName() + ", not to "
                        + System.getProperty("user.name"));
            }
            if (!attributes.permissions().equals(OWNER_ONLY)) {
                return Optional.of("others may read or write it (" + PosixFilePermissions.toString(
                        attributes.permissions()) + "; it must be rwx------)");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("it cannot be checked (" + e.getMessage() + ")");
        }
    }

    /** @return this user's random secret, made on first use; empty when the directory cannot be trusted */
    private static Optional<byte[]> secret() {
        Optional<Path> directory = directory();
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Path file = directory.get().resolve("secret");
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Path temporary = Files.createTempFile(directory.get(), "secret", ".tmp");
                Files.write(temporary, secret, StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    // the first writer wins; everyone reads the winner's secret
                    Files.createLink(file, temporary);
                } catch (IOException e) {
                    // made meanwhile by another run
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            byte[] secret = Files.readAllBytes(file);
            return secret.length == 32 ? Optional.of(secret) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String hash(String identity) {
        MessageDigest digest = sha256();
        digest.update(("testgraph-reuse-record:" + identity).getBytes(StandardCharsets.UTF_8));
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
