package dev.testgraph.imagetests;

import static dev.testgraph.imagetests.ServerQueries.singleValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The admin password of {@code NEO4J_AUTH} reaches Neo4j and nothing else: no command line (any process in the
 * container can read those through {@code ps} or {@code /proc/<pid>/cmdline}), not the server's environment, not
 * the log, no file left behind, and the files derived from it are the server user's alone. One container serves
 * every test here.
 */
@RequiresDocker(images = PasswordSecrecyDockerTest.IMAGE)
class PasswordSecrecyDockerTest {

    static final String IMAGE = "neo4j:5.26.30-community";

    /**
     * What an argument file or a command line could mangle: a leading {@code @} (a file name to picocli), quotes,
     * backslashes, a {@code #} (a comment), spaces and a character outside ASCII.
     */
    private static final String PASSWORD = "@conf \"quoted\" 'single' back\\slash\\ #not-a-comment ü";

    /**
     * Put in front of {@code java} and {@code setpriv} on the PATH, so every call the entrypoint makes to them is
     * written down (one file per call, as root or as neo4j) before the real program runs.
     */
    private static final String ARGUMENT_RECORDER =
            """
            #!/bin/sh
            record=$(mktemp /tmp/recorded-argv.XXXXXX)
            printf '%s\\n' "$0" "$@" >"$record"
            exec "/usr/bin/$(basename "$0")" "$@"
            """;

    private static StartedNeo4j neo4j;

    @BeforeAll
    static void startContainer() {
        neo4j = StartedNeo4j.start(
                new Neo4jContainer(IMAGE)
                        .withAdminPassword(PASSWORD)
                        .withCopyToContainer(Transferable.of(ARGUMENT_RECORDER, 0755), "/usr/local/bin/java")
                        .withCopyToContainer(Transferable.of(ARGUMENT_RECORDER, 0755), "/usr/local/bin/setpriv"),
                AuthTokens.basic("neo4j", PASSWORD));
    }

    @AfterAll
    static void stopContainer() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void should_set_the_password_exactly_as_given_on_docker() {
        assertThat(singleValue(neo4j.driver(), "RETURN 'logged in'").asString()).isEqualTo("logged in");
    }

    @Test
    void should_keep_the_password_off_every_command_line_on_docker() throws Exception {
        String recorded = shell("cat /tmp/recorded-argv.*").getStdout();

        // The recorder saw the password being set and the server being started...
        assertThat(recorded).contains("org.neo4j.cli.AdminTool").contains("org.neo4j.server.CommunityEntryPoint");
        // ...and neither call had the password in its arguments.
        assertThat(recorded).doesNotContain(PASSWORD);
    }

    @Test
    void should_keep_the_password_out_of_the_server_environment_on_docker() throws Exception {
        // As neo4j: root in a container lacks CAP_SYS_PTRACE, so only the server's own user can read its environment.
        ExecResult environments = neo4j.container()
                .execInContainerWithUser(
                        "neo4j",
                        "sh",
                        "-c",
                        "for p in /proc/[0-9]*; do [ \"$(cat $p/comm 2>/dev/null)\" = java ]"
                                + " && tr '\\0' '\\n' <$p/environ; done; true");
        String environment = environments.getStdout();

        assertThat(environment).as("stderr: %s", environments.getStderr()).contains("NEO4J_HOME=/var/lib/neo4j");
        assertThat(environment).doesNotContain("NEO4J_AUTH=").doesNotContain(PASSWORD);
    }

    @Test
    void should_keep_the_password_out_of_the_log_on_docker() {
        assertThat(neo4j.container().getLogs()).contains("Started.").doesNotContain(PASSWORD);
    }

    @Test
    void should_leave_no_file_holding_the_password_on_docker() throws Exception {
        ExecResult grep = neo4j.container()
                .execInContainer(
                        "grep",
                        "-rlF",
                        "-e",
                        PASSWORD,
                        // A file may hold the password escaped; this part of it needs no escaping anywhere.
                        "-e",
                        "#not-a-comment",
                        "/tmp",
                        "/var/tmp",
                        "/run",
                        "/root",
                        "/startup",
                        "/var/lib/neo4j/conf",
                        "/data",
                        "/logs");

        // 1: nothing found; 2 would be an error, which must not pass for "nothing found".
        assertThat(grep.getExitCode()).as("grep's exit code; stderr: %s", grep.getStderr()).isEqualTo(1);
        assertThat(grep.getStdout()).isEmpty();
    }

    @Test
    void should_let_only_the_server_user_read_the_password_hash_and_the_configuration_on_docker() throws Exception {
        String files = shell("find /data/dbms /var/lib/neo4j/conf -type f -exec stat -c '%n %U %A' {} +")
                .getStdout();

        assertThat(files).contains("/data/dbms/auth.ini").contains("/var/lib/neo4j/conf/neo4j.conf");
        assertThat(files.lines()).allSatisfy(file -> assertThat(file).endsWith(" neo4j -rw-------"));
    }

    private static ExecResult shell(String command) throws Exception {
        return neo4j.container().execInContainer("sh", "-c", command);
    }
}
