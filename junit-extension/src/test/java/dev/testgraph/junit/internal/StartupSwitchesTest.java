package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testgraph.junit.spi.ServerRequest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The start-up switches (the container's wait and password file, the driver's warm-up) and the password file the
 * Testcontainers backend writes instead of neo4j-admin.
 */
class StartupSwitchesTest {

    @Test
    void the_password_hash_is_the_one_neo4j_admin_writes() {
        // written by `neo4j-admin dbms set-initial-password secret-password` of Neo4j 5.26.30, salt and all
        byte[] salt = HexFormat.of().parseHex("bbac622c01378420a4cd24887c028669207235a2f5975da59d14e1d4ecf30b30");

        assertThat(HexFormat.of().formatHex(InitialPassword.hash("secret-password", salt)))
                .isEqualTo("9bc38954c0fb78df33206d9de29af9d4a8771d9218c16b70cd576c3ef253bafd");
    }

    @Test
    void the_password_file_is_one_line_of_neo4j_s_format_and_the_same_for_the_same_password() {
        String file = InitialPassword.authIni("tg-0123456789abcdef01234567");

        assertThat(file).matches("neo4j:SHA-256,[0-9a-f]{64},[0-9a-f]{64},1024:\n")
                .isEqualTo(InitialPassword.authIni("tg-0123456789abcdef01234567"))
                .isNotEqualTo(InitialPassword.authIni("tg-0123456789abcdef01234568"));
        String[] fields = file.substring("neo4j:".length(), file.length() - 2).split(",");
        assertThat(HexFormat.of().formatHex(InitialPassword.hash("tg-0123456789abcdef01234567",
                HexFormat.of().parseHex(fields[2])))).isEqualTo(fields[1]);
    }

    @Test
    void the_switches_default_to_the_faster_start_and_take_the_other_way_when_asked() {
        assertThat(TestcontainersServerProvider.waitsForStartedLine(request(Map.of()))).isTrue();
        assertThat(TestcontainersServerProvider.waitsForStartedLine(
                request(Map.of(RunSettings.CONTAINER_WAIT, "Testcontainers")))).isFalse();
        assertThat(TestcontainersServerProvider.writesPasswordFile(request(Map.of()))).isTrue();
        assertThat(TestcontainersServerProvider.writesPasswordFile(
                request(Map.of(RunSettings.PASSWORD_FILE, "false")))).isFalse();
        assertThat(TestcontainersServerProvider.writesHostsEntry(request(Map.of()))).isTrue();
        assertThat(TestcontainersServerProvider.writesHostsEntry(
                request(Map.of(RunSettings.HOSTS_ENTRY, "False")))).isFalse();
        assertThat(request(Map.of()).warmsUpServer()).isTrue();
        assertThat(request(Map.of(RunSettings.WARM_UP_SERVER, "FALSE")).warmsUpServer()).isFalse();
        assertThat(SharedServer.warmsUpDriver(request(Map.of()), "embedded")).isFalse();
        assertThat(SharedServer.warmsUpDriver(request(Map.of()), "testcontainers")).isTrue();
        assertThat(SharedServer.warmsUpDriver(request(Map.of(RunSettings.WARM_UP_DRIVER, "TRUE")), "embedded"))
                .isTrue();
        assertThat(SharedServer.warmsUpDriver(request(Map.of(RunSettings.WARM_UP_DRIVER, "false")), "testcontainers"))
                .isFalse();
    }

    @Test
    void the_driver_warm_up_ends_on_its_own_when_nothing_answers() throws InterruptedException {
        Thread warmUp = SharedServer.warmUpDriver();

        warmUp.join(java.time.Duration.ofMinutes(1).toMillis());

        assertThat(warmUp.isAlive()).isFalse();
        assertThat(warmUp.isDaemon()).isTrue();
    }

    @Test
    void a_value_the_switches_do_not_know_says_which_are_allowed() {
        assertThatThrownBy(() -> TestcontainersServerProvider.waitsForStartedLine(
                request(Map.of(RunSettings.CONTAINER_WAIT, "http"))))
                .hasMessage("Testgraph cannot use 'http' from testgraph.container.wait (system property) or"
                        + " TESTGRAPH_CONTAINER_WAIT (environment variable): use started or testcontainers; started is"
                        + " the default.");
        assertThatThrownBy(() -> TestcontainersServerProvider.writesPasswordFile(
                request(Map.of(RunSettings.PASSWORD_FILE, "yes"))))
                .hasMessage("Testgraph cannot use 'yes' from testgraph.container.passwordFile (system property) or"
                        + " TESTGRAPH_CONTAINER_PASSWORD_FILE (environment variable): use true or false; true is the"
                        + " default.");
        assertThatThrownBy(() -> TestcontainersServerProvider.writesHostsEntry(
                request(Map.of(RunSettings.HOSTS_ENTRY, "dns"))))
                .hasMessage("Testgraph cannot use 'dns' from testgraph.container.hostsEntry (system property) or"
                        + " TESTGRAPH_CONTAINER_HOSTS_ENTRY (environment variable): use true or false; true is the"
                        + " default.");
        assertThatThrownBy(() -> request(Map.of(RunSettings.WARM_UP_SERVER, "yes")).warmsUpServer())
                .hasMessage("Testgraph cannot use 'yes' from testgraph.warmUpServer (system property) or"
                        + " TESTGRAPH_WARM_UP_SERVER (environment variable): use true or false; true is the default.");
        assertThatThrownBy(() -> SharedServer.warmsUpDriver(request(Map.of(RunSettings.WARM_UP_DRIVER, "later")),
                "testcontainers"))
                .hasMessage("Testgraph cannot use 'later' from testgraph.warmUpDriver (system property) or"
                        + " TESTGRAPH_WARM_UP_DRIVER (environment variable): use auto or true or false; auto is the"
                        + " default.");
    }

    private static ServerRequest request(Map<String, String> run) {
        return new ServerRequest("neo4j:5.26-community", Map.of(), "StartupSwitchesTest",
                property -> Optional.ofNullable(run.get(property)));
    }
}
