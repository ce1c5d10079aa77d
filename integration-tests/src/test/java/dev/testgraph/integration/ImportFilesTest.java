package dev.testgraph.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.testgraph.integration.importfiles.ImportFilesProbe;
import dev.testgraph.integration.importfiles.north.SameNameNorth;
import dev.testgraph.integration.importfiles.south.SameNameSouth;
import dev.testgraph.junit.ImportFiles;
import dev.testgraph.junit.Neo4jTest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

/**
 * {@code @ImportFiles}: files for {@code LOAD CSV} on the embedded and Testcontainers backends, refused by the
 * external one; bad names refused on every backend; nothing outside the import directory readable on embedded.
 */
@ExtendWith(BackendUnderTest.class)
class ImportFilesTest {

    private static boolean external() {
        return BackendUnderTest.backend().equals("external");
    }

    @Test
    void load_csv_reads_the_files_of_the_class_the_method_and_a_directory_on_embedded_and_testcontainers() {
        EngineExecutionResults results = Kit.run(LoadsCsv.class);

        if (external()) {
            results.containerEvents().assertThatEvents().haveExactly(1, event(container(LoadsCsv.class),
                    finishedWithFailure(message("@ImportFiles on " + LoadsCsv.class.getName() + " asks for files for"
                            + " LOAD CSV, but its server comes from the external backend, which cannot take files:"
                            + " Testgraph did not start that server and cannot write to its import directory. Run the"
                            + " class on the embedded or Testcontainers backend (@Neo4jTest(backend ="
                            + " Backend.EMBEDDED), or -Dtestgraph.backend=embedded for the run), or copy the files into"
                            + " that server's import directory (its server.directories.import) yourself and remove"
                            + " @ImportFiles."))));
            assertThat(Kit.recorded("people")).isEmpty();
            return;
        }
        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(Kit.recorded("people")).containsExactly(List.of("Alice", "Bob", "Chen, Wei"),
                List.of("Alice", "Bob", "Chen, Wei"), List.of("Alice", "Bob", "Chen, Wei"));
        assertThat(Kit.recorded("ordered")).containsExactly(List.of("Kettle", "Teapot"));
        assertThat(Kit.recorded("products after the method's test")).containsExactly("absent");
    }

    @Test
    void each_class_reads_its_own_file_of_a_shared_name_and_none_of_the_class_before() {
        assumeTrue(!external(), "the external backend refuses files");
        ImportFilesProbe.SEEN.clear();

        EngineExecutionResults results = Kit.run(SameNameNorth.class, SameNameSouth.class, SameNameNorth.class);

        assertThat(results.containerEvents().failed().count()).as(Kit.classFailures(results)).isZero();
        assertThat(ImportFilesProbe.SEEN.get("north")).containsExactly("north", "north-only.csv there");
        assertThat(ImportFilesProbe.SEEN.get("south")).containsExactly("south", "north-only.csv absent");
    }

    @Test
    void a_name_that_is_nowhere_names_the_annotation_the_class_and_where_testgraph_looked() {
        EngineExecutionResults results = Kit.run(MissingFile.class, MissingMethodFile.class);

        String file = Path.of("import-files/missing.csv").toAbsolutePath().normalize().toString();
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(MissingFile.class),
                finishedWithFailure(message("@ImportFiles on " + MissingFile.class.getName() + " names"
                        + " \"import-files/missing.csv\", which is not there. Testgraph looked for the class-path"
                        + " resource dev/testgraph/integration/import-files/missing.csv (next to the test class), the"
                        + " class-path resource import-files/missing.csv and the"
                        + " file " + file + ". Put the file under src/test/resources/import-files/missing.csv, or"
                        + " correct the name."))));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("needs_a_missing_file"),
                finishedWithFailure(message(text -> text.startsWith("@ImportFiles on "
                        + MissingMethodFile.class.getName() + "#needs_a_missing_file names \"orders.csv\", which is"
                        + " not there.")))));
        assertThat(Kit.recorded("ran")).isEmpty();
    }

    @Test
    void an_absolute_path_a_dot_dot_and_a_url_are_refused_with_the_reason() {
        EngineExecutionResults results = Kit.run(AbsolutePath.class, DotDot.class, Url.class);

        String fix = " Name a class-path resource (e.g. \"data/people.csv\" for src/test/resources/data/people.csv) or"
                + " a path relative to the project directory; LOAD CSV then reads it as file:///data/people.csv.";
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(AbsolutePath.class), finishedWithFailure(message("@ImportFiles on "
                        + AbsolutePath.class.getName() + " names \"/etc/hosts\", an absolute path: a file is copied"
                        + " into the server's import directory under the name written, so a name must be relative."
                        + fix))))
                .haveExactly(1, event(container(DotDot.class), finishedWithFailure(message("@ImportFiles on "
                        + DotDot.class.getName() + " names \"import-files/../../pom.xml\", whose \"..\" could place"
                        + " the file outside the server's import directory, which Testgraph refuses." + fix))))
                .haveExactly(1, event(container(Url.class), finishedWithFailure(message("@ImportFiles on "
                        + Url.class.getName() + " names \"file:///etc/hosts\", a URL: name the file itself." + fix))));
        assertThat(Kit.recorded("ran")).isEmpty();
    }

    @Test
    void into_puts_files_at_the_root_or_in_a_directory_of_its_own_and_refuses_a_dot_dot() {
        EngineExecutionResults results = Kit.run(Into.class, IntoOutside.class);

        if (!external()) {
            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            assertThat(Kit.recorded("into")).containsExactly(List.of("Kettle", "Teapot"), List.of("1001", "1002", "1003"),
                    List.of("Alice", "Bob", "Chen, Wei"));
        }
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(IntoOutside.class),
                finishedWithFailure(message("@ImportFiles on " + IntoOutside.class.getName() + " has into = \"../up\","
                        + " whose \"..\" could place the file outside the server's import directory, which Testgraph"
                        + " refuses. Name a class-path resource (e.g. \"data/people.csv\" for"
                        + " src/test/resources/data/people.csv) or a path relative to the project directory; LOAD CSV"
                        + " then reads it as file:///data/people.csv. (into = \"/\" is the import directory's root.)"))));
    }

    @Test
    void the_embedded_server_reads_no_file_of_the_machine_outside_its_import_directory() {
        assumeTrue(BackendUnderTest.backend().equals("embedded"), "the embedded server shares this machine's files");

        EngineExecutionResults results = Kit.run(ReadsAnAbsolutePath.class);

        assertThat(results.testEvents().failed().count()).as(Kit.testFailures(results)).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(Kit.recorded("refused")).singleElement().asString()
                .contains("Couldn't load the external resource");
    }

    @Test
    void file_urls_turned_off_in_the_settings_are_refused() {
        assumeTrue(BackendUnderTest.backend().equals("embedded"), "a server of its own per setting; one backend");

        EngineExecutionResults results = Kit.run(FileUrlsOff.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(FileUrlsOff.class),
                finishedWithFailure(message("@ImportFiles on " + FileUrlsOff.class.getName() + " asks for files for"
                        + " LOAD CSV, but the class's settings say dbms.security.allow_csv_import_from_file_urls=false,"
                        + " so LOAD CSV could not read them. Remove that setting (its default is true) or remove"
                        + " @ImportFiles."))));
    }

    static List<String> column(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().stream().map(r -> r.get(0).asString()).toList();
    }

    @Neo4jTest
    @ImportFiles("import-files/people.csv")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LoadsCsv {
        @Test
        @Order(1)
        void reads_the_class_file(Driver driver) {
            Kit.record("people", column(driver, "LOAD CSV WITH HEADERS FROM 'file:///import-files/people.csv' AS row"
                    + " RETURN row.name ORDER BY row.name"));
        }

        @Test
        @Order(2)
        @ImportFiles({"import-files/shop", "import-files/people.csv"})
        void reads_a_directory_and_names_a_class_file_again(Driver driver) {
            driver.executableQuery("LOAD CSV WITH HEADERS FROM 'file:///import-files/shop/products.csv' AS row"
                    + " CREATE (:Product {sku: row.sku, title: row.title})").execute();
            Kit.record("ordered", column(driver, "LOAD CSV WITH HEADERS FROM"
                    + " 'file:///import-files/shop/orders/2024.csv' AS row MATCH (p:Product {sku: row.sku})"
                    + " RETURN DISTINCT p.title ORDER BY p.title"));
            Kit.record("people", column(driver, "LOAD CSV WITH HEADERS FROM 'file:///import-files/people.csv' AS row"
                    + " RETURN row.name ORDER BY row.name"));
        }

        @Test
        @Order(3)
        void after_a_method_its_files_are_gone_and_the_class_files_stay(Driver driver) {
            try {
                driver.executableQuery("LOAD CSV FROM 'file:///import-files/shop/products.csv' AS row RETURN row")
                        .execute();
                Kit.record("products after the method's test", "there");
            } catch (ClientException e) {
                Kit.record("products after the method's test", "absent");
            }
            Kit.record("people", column(driver, "LOAD CSV WITH HEADERS FROM 'file:///import-files/people.csv' AS row"
                    + " RETURN row.name ORDER BY row.name"));
        }
    }

    @Neo4jTest
    @ImportFiles(value = "import-files/shop", into = "/")
    @ImportFiles(value = "import-files/people.csv", into = "csv/2024")
    static class Into {
        @Test
        void reads_the_files_where_into_put_them(Driver driver) {
            Kit.record("into", column(driver, "LOAD CSV WITH HEADERS FROM 'file:///products.csv' AS row"
                    + " RETURN row.title ORDER BY row.title"));
            Kit.record("into", column(driver, "LOAD CSV WITH HEADERS FROM 'file:///orders/2024.csv' AS row"
                    + " RETURN row.order ORDER BY row.order"));
            Kit.record("into", column(driver, "LOAD CSV WITH HEADERS FROM 'file:///csv/2024/people.csv' AS row"
                    + " RETURN row.name ORDER BY row.name"));
        }
    }

    @Neo4jTest
    @ImportFiles(value = "import-files/people.csv", into = "../up")
    static class IntoOutside {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest
    @ImportFiles("import-files/missing.csv")
    static class MissingFile {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest
    static class MissingMethodFile {
        @Test
        @ImportFiles("orders.csv")
        void needs_a_missing_file() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest
    @ImportFiles("/etc/hosts")
    static class AbsolutePath {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest
    @ImportFiles("import-files/../../pom.xml")
    static class DotDot {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest
    @ImportFiles("file:///etc/hosts")
    static class Url {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest(settings = "dbms.security.allow_csv_import_from_file_urls=false")
    @ImportFiles("import-files/people.csv")
    static class FileUrlsOff {
        @Test
        void never_runs() {
            Kit.record("ran", true);
        }
    }

    @Neo4jTest
    static class ReadsAnAbsolutePath {
        @Test
        void cannot_read_a_file_by_its_path(Driver driver) throws URISyntaxException {
            // a file that exists on this machine, outside any import directory
            String path = Path.of(ImportFilesTest.class.getResource("/import-files/people.csv").toURI()).toUri()
                    .getPath();
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM 'file://" + path + "' AS row RETURN row")
                    .execute()).isInstanceOf(ClientException.class)
                    .satisfies(e -> Kit.record("refused", e.getMessage()));
        }
    }
}
