package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testgraph.junit.Backend;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReuseRecordsTest {

    // a key of its own, so that a real record of this machine is never touched
    private final ServerKey key = new ServerKey(Backend.TESTCONTAINERS, "neo4j:test-" + UUID.randomUUID(),
            new TreeMap<>(Map.of("dbms.usage_report.enabled", "false")), null);

    @AfterEach
    void forget() {
        ReuseRecords.forget(key);
    }

    @Test
    void a_remembered_container_is_found_again_until_it_is_forgotten() {
        assertThat(ReuseRecords.find(key)).isEmpty();

        ReuseRecords.remember(key, URI.create("bolt://localhost:32777"), URI.create("http://localhost:32778"), "c0ffee");

        assertThat(ReuseRecords.find(key)).contains(new ReuseRecords.Remembered(
                URI.create("bolt://localhost:32777"), URI.create("http://localhost:32778")));
        ReuseRecords.forget(key);
        assertThat(ReuseRecords.find(key)).isEmpty();
    }

    @Test
    void another_configuration_has_another_record() {
        ServerKey other = new ServerKey(Backend.TESTCONTAINERS, key.image(),
                new TreeMap<>(Map.of("dbms.usage_report.enabled", "false", "db.logs.query.enabled", "OFF")), null);
        ReuseRecords.remember(key, URI.create("bolt://localhost:32777"), null, "c0ffee");

        assertThat(ReuseRecords.file(other)).isNotEqualTo(ReuseRecords.file(key));
        assertThat(ReuseRecords.find(other)).isEmpty();
        assertThat(ReuseRecords.find(key).orElseThrow().httpUri()).isNull();
    }

    @Test
    void records_live_in_a_directory_only_the_user_can_read() throws Exception {
        ReuseRecords.remember(key, URI.create("bolt://localhost:32777"), null, "c0ffee");

        var directory = ReuseRecords.file(key).getParent();
        assertThat(directory.getFileName().toString()).startsWith("testgraph-reuse-");
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(directory))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE);
        }
    }

    @Test
    void an_unreadable_record_is_dropped() throws Exception {
        Files.createDirectories(ReuseRecords.file(key).getParent());
        Files.writeString(ReuseRecords.file(key), "bolt=not a uri at all\n");

        assertThat(ReuseRecords.find(key)).isEmpty();
        assertThat(ReuseRecords.file(key)).doesNotExist();
    }
}
