package dev.testgraph.imagetests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A container asked for something it cannot do stops at once, before the server starts, with a message that
 * says what is wrong. These containers never start Neo4j, so each takes about a second.
 */
@RequiresDocker(images = MisconfigurationDockerTest.IMAGE)
class MisconfigurationDockerTest {

    static final String IMAGE = "neo4j:5.26.30-community";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
            NEO4J_PLUGINS=["apoc", "no-such-plugin"] | unknown plugin "no-such-plugin" in NEO4J_PLUGINS; this offline image has: apoc
            NEO4J_PLUGINS=apoc                       | NEO4J_PLUGINS must be a JSON list of plugin names, like ["apoc"]; got: apoc
            NEO4JLABS_PLUGINS=["../apoc"]            | unknown plugin "../apoc" in NEO4J_PLUGINS
            NEO4J_AUTH=neo4j/neo4j                   | invalid NEO4J_AUTH: the password cannot be 'neo4j', the default
            NEO4J_AUTH=admin/long-enough-password    | invalid NEO4J_AUTH: the user must be neo4j, the one admin user of Neo4j Community
            NEO4J_AUTH=password-only                 | NEO4J_AUTH must be none or neo4j/<password of at least 8 characters, without />
            NEO4J_AUTH=neo4j/short                   | NEO4J_AUTH must be none or neo4j/<password of at least 8 characters, without />
            NEO4J_AUTH=neo4j/                        | NEO4J_AUTH must be none or neo4j/<password of at least 8 characters, without />
            NEO4J_server_memory_heap_max__size=lots  | server.memory.heap.max_size=lots: use a whole number with k, m or g
            """)
    void should_stop_with_a_clear_message_on_docker(String environment, String expectedMessage) throws Exception {
        ContainerExit exit = ContainerExit.run(IMAGE, environment);

        assertThat(exit.code()).as("exit code; output:%n%s", exit.output()).isEqualTo(1);
        assertThat(exit.output()).contains(expectedMessage).doesNotContain("Starting...");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            NEO4J_AUTH=neo4j/sh0rt                                | sh0rt
            NEO4J_AUTH=neo4j/with/a-slash-secret                  | a-slash-secret
            NEO4J_AUTH=a-secret-password-without-user             | a-secret-password-without-user
            NEO4J_AUTH=neo4j/a-secret-password/maybe              | a-secret-password
            NEO4J_AUTH=a-secret-password/neo4j                    | a-secret-password
            """)
    void should_never_print_the_password_of_a_rejected_NEO4J_AUTH_on_docker(String environment, String password)
            throws Exception {
        ContainerExit exit = ContainerExit.run(IMAGE, environment);

        assertThat(exit.code()).as("exit code; output:%n%s", exit.output()).isEqualTo(1);
        assertThat(exit.output()).contains("offline-image: ").doesNotContain(password);
    }
}
