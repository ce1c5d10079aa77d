package dev.testgraph.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

class ProcedureJarTest {

    /** A procedure class as a user's would be, with a nested class. */
    public static class Echo {
        /** Nested: packed along. */
        public static class Row {
            public String value;
        }

        @UserFunction(name = "test.echo")
        public String echo(@Name("text") String text) {
            return text;
        }
    }

    @Test
    void the_jar_is_built_once_per_run_and_named_by_the_hash_of_its_contents() throws IOException {
        Path first = ProcedureJar.of(List.of(Echo.class));
        long written = Files.getLastModifiedTime(first).toMillis();

        Path again = ProcedureJar.of(List.of(Echo.class));
        // other classes asked for, the same contents (Row is packed with Echo anyway): the same jar, not written again
        Path sameContents = ProcedureJar.of(List.of(Echo.Row.class, Echo.class));

        assertThat(again).isEqualTo(first);
        assertThat(sameContents).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first).toMillis()).isEqualTo(written);
        assertThat(first.getFileName().toString()).matches("testgraph-procedures-[0-9a-f]{16}\\.jar");
        try (JarFile jar = new JarFile(first.toFile())) {
            List<JarEntry> entries = Collections.list(jar.entries());
            assertThat(entries).extracting(JarEntry::getName).containsExactly(
                    "dev/testgraph/junit/internal/ProcedureJarTest$Echo$Row.class",
                    "dev/testgraph/junit/internal/ProcedureJarTest$Echo.class",
                    "dev/testgraph/junit/internal/ProcedureJarTest.class");
            assertThat(entries).extracting(JarEntry::getTime).containsOnly(ProcedureJar.ENTRY_TIME);
        }
    }

    @Test
    void a_dependency_jar_is_copied_as_it_is_and_a_class_path_directory_is_packed_once() throws IOException {
        Path assertj = Path.of(Assertions.class.getProtectionDomain().getCodeSource().getLocation().getPath());

        List<Path> jars = ProcedureJar.dependencies(List.of(Assertions.class, ProcedureJarTest.class,
                org.assertj.core.api.AbstractAssert.class));
        List<Path> again = ProcedureJar.dependencies(List.of(ProcedureJarTest.class));

        assertThat(jars).hasSize(2);
        assertThat(jars.get(0)).as("the library's own jar, used as it is").isEqualTo(assertj);
        assertThat(jars.get(1).getFileName().toString()).matches("testgraph-dependency-[0-9a-f]{16}\\.jar");
        assertThat(again).containsExactly(jars.get(1));
        try (JarFile jar = new JarFile(jars.get(1).toFile())) {
            assertThat(jar.getEntry("dev/testgraph/junit/internal/ProcedureJarTest$Echo.class")).isNotNull();
        }
    }
}
