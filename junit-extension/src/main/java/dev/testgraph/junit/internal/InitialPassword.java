package dev.testgraph.junit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The initial password of a container's {@code neo4j} user as the file {@code /data/dbms/auth.ini}, which Neo4j reads
 * when it creates its system database: the same line {@code neo4j-admin dbms set-initial-password} writes. Copied
 * into the container before it starts, it spares the image's entrypoint that command, a JVM of its own started before
 * the server (about a tenth of a container's start; BENCHMARKS.md, "Start-up").
 */
final class InitialPassword {

    /** Where Neo4j looks for the file (its data directory in both the official and the offline image). */
    static final String PATH = "/data/dbms/auth.ini";

    /** Neo4j's hashing of version 1 (Shiro's {@code SimpleHash}): SHA-256 over salt and password, 1,024 times. */
    private static final int ITERATIONS = 1024;

    private InitialPassword() {}

    /**
     * @param password the password of the user {@code neo4j}
     * @return the file's one line; the salt is derived from the password, so the same password gives the same file
     *     (Testcontainers' reuse finds a container by the hash of what was copied into it)
     */
    static String authIni(String password) {
        byte[] salt = sha256("testgraph initial password salt:".getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return "neo4j:SHA-256," + HexFormat.of().formatHex(hash(password, salt)) + "," + HexFormat.of().formatHex(salt)
                + "," + ITERATIONS + ":\n";
    }

    /** @return the hash Neo4j checks a login against */
    static byte[] hash(String password, byte[] salt) {
        byte[] hash = sha256(salt, password.getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < ITERATIONS; i++) {
            hash = sha256(hash);
        }
        return hash;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java runtime must have", e);
        }
    }
}
