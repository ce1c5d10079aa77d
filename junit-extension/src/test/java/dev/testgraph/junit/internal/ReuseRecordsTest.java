package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseRecordsTest {

    // an identity of its own, so that a real record of this machine is never touched
    private final String identity = "testcontainers neo4j:test-" + UUID.randomUUID() + " {dbms.usage_report.enabled=false}";

    @AfterEach
    void forget() {
        ReuseRecords.forget(identity);
    }

    @Test
    void a_remembered_container_is_found_again_until_it_is_forgotten() {
        assertThat(ReuseRecords.find(identity)).isEmpty();

        ReuseRecords.remember(identity, URI.create("bolt://localhost:32777"), URI.create("http://localhost:32778"),
                "tg-secret", "c0ffee");

        assertThat(ReuseRecords.find(identity)).contains(new ReuseRecords.Remembered(
                URI.create("bolt://localhost:32777"), URI.create("http://localhost:32778"), "tg-secret", "c0ffee"));
        ReuseRecords.forget(identity);
        assertThat(ReuseRecords.find(identity)).isEmpty();
    }

    @Test
    void another_configuration_has_another_record() {
        String other = identity + " {db.logs.query.enabled=OFF}";
        ReuseRecords.remember(identity, URI.create("bolt://localhost:32777"), null, "tg-secret", "c0ffee");

        assertThat(ReuseRecords.file(other)).isNotEqualTo(ReuseRecords.file(identity));
        assertThat(ReuseRecords.find(other)).isEmpty();
        assertThat(ReuseRecords.find(identity).orElseThrow().httpUri()).isNull();
    }

    @Test
    void records_live_in_a_directory_only_the_user_can_read() throws Exception {
        ReuseRecords.remember(identity, URI.create("bolt://localhost:32777"), null, "tg-secret", "c0ffee");

        Path file = ReuseRecords.file(identity).orElseThrow();
        assertThat(file.getParent().getFileName().toString()).startsWith("testgraph-reuse-");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file.getParent()))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE);
            assertThat(Files.getPosixFilePermissions(file))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void an_unreadable_record_is_dropped() throws Exception {
        Path file = ReuseRecords.file(identity).orElseThrow();
        Files.writeString(file, "bolt=not a uri at all\npassword=x\n");

        assertThat(ReuseRecords.find(identity)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void a_record_without_a_password_is_dropped() throws Exception {
        // records of earlier versions held no password: the container's password was derivable from the configuration
        Path file = ReuseRecords.file(identity).orElseThrow();
        Files.writeString(file, "bolt=bolt\\://localhost\\:32777\n");

        assertThat(ReuseRecords.find(identity)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void the_password_of_a_reused_container_is_stable_secret_and_differs_per_configuration() {
        String password = ReuseRecords.password(identity).orElseThrow();

        assertThat(ReuseRecords.password(identity)).contains(password);
        assertThat(ReuseRecords.password(identity + " other")).isPresent().isNotEqualTo(java.util.Optional.of(password));
        // not the SHA-256 of the configuration that earlier versions used, which anyone could compute
        assertThat(password).isNotEqualTo(sha256Password(identity)).startsWith("tg-").hasSize(35);
    }

    @Test
    void a_directory_that_others_can_write_or_a_link_is_not_trusted(@TempDir Path temporary) throws Exception {
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path open = Files.createDirectory(temporary.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path link = Files.createSymbolicLink(temporary.resolve("link"), ReuseRecords.directory().orElseThrow());
        Path file = Files.createFile(temporary.resolve("file"));
        Path mine = Files.createDirectory(temporary.resolve("mine"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

        assertThat(ReuseRecords.untrusted(open)).contains(
                "others may read or write it (rwxrwxrwx; it must be rwx------)");
        assertThat(ReuseRecords.untrusted(link)).contains("it is a symbolic link");
        assertThat(ReuseRecords.untrusted(file)).contains("it is not a directory");
        assertThat(ReuseRecords.untrusted(mine)).isEmpty();
    }

    private static String sha256Password(String identity) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("testgraph-reuse:" + identity).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "tg-" + java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
