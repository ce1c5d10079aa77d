package dev.testgraph.junit;

import dev.testgraph.junit.internal.RequiresNeo4jTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the server of a {@link Neo4jTest} files for {@code LOAD CSV}: each is copied into the server's import
 * directory under the name written here, so that {@code LOAD CSV FROM 'file:///data/people.csv'} reads
 * {@code @ImportFiles("data/people.csv")}.
 *
 * <pre>{@code
 * @Neo4jTest
 * @ImportFiles("shop/products.csv")             // class level: there for every test of the class
 * class ProductImportTest {
 *     @Test
 *     @ImportFiles("shop/orders.csv")           // method level: there for this test only
 *     void importsOrders(Driver driver) {
 *         driver.executableQuery("LOAD CSV WITH HEADERS FROM 'file:///shop/orders.csv' AS row ...").execute();
 *     }
 * }
 * }</pre>
 *
 * <p>A name is looked up as {@link Fixture} names are: next to the test class first ({@code Class.getResource}), then
 * from the root of the class path ({@code src/test/resources}), then as a path relative to the working directory
 * (the project directory under Maven and Gradle). A name that is a directory brings every file under it, each under
 * the directory's name: {@code @ImportFiles("shop")} makes {@code file:///shop/products.csv}; {@link #into()} puts
 * them elsewhere, e.g. the root for a script that reads {@code file:///data.csv}. Names are relative
 * and {@code /}-separated: an absolute path, a {@code ..} that would leave the import directory, a URL or a
 * {@code \} is refused, as is a name that is nowhere (the message says where Testgraph looked).
 *
 * <p>Class-level files are copied before the class's first test and removed after its last; method-level files
 * before the test and removed after it (a class-level file of the same name comes back). Classes sharing a server
 * therefore never see each other's files, and two classes may give the same name different content: classes sharing
 * a server never run side by side, even under JUnit's parallel execution ({@link Neo4jTest} holds a lock per server).
 * Files of enclosing and super classes are there too. They are in place before the {@link Fixture}s of the class or
 * test load, so a Cypher-script fixture may {@code LOAD CSV} them.
 *
 * <p>Embedded backend: the server reads {@code file:///} URLs from a directory of its own (a temporary directory,
 * deleted when it stops), and no other file of the machine. Testcontainers backend: the files are copied into the
 * running container's {@code /var/lib/neo4j/import} through Docker's copy API, which also works when the tests run
 * in a container themselves. With {@code server.directories.import} in {@link Neo4jTest#settings()} the files go
 * there instead. The external backend cannot take files, and a class with {@code @ImportFiles} fails there, saying
 * so; a third-party backend takes them when its servers offer an
 * {@link dev.testgraph.junit.spi.ImportDirectory}. {@code dbms.security.allow_csv_import_from_file_urls=false} in
 * the settings is refused, since {@code LOAD CSV} could not read the files.
 *
 * <p>The annotation is {@link Inherited}, repeatable, and can be used as a meta-annotation.
 * Without {@link Neo4jTest} on the class (or a class it is nested in) the class or test fails, saying so.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(ImportFiles.List.class)
@ExtendWith(RequiresNeo4jTest.class)
public @interface ImportFiles {

    /** @return the files or directories, as class-path resource names or paths relative to the working directory */
    String[] value();

    /**
     * Where in the import directory the files go, when not under the names written: {@code "/"} for its root, or a
     * relative directory such as {@code "csv"}. Each file then keeps only its file name (a directory's files their
     * path inside it): {@code @ImportFiles(value = "deployment/migration/data.csv", into = "/")} is
     * {@code file:///data.csv}. Empty (the default) keeps the names as written.
     *
     * @return the directory inside the import directory, {@code "/"} for its root, or empty
     */
    String into() default "";

    /** Holds repeated {@link ImportFiles} annotations. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(RequiresNeo4jTest.class)
    @interface List {
        /** @return the annotations */
        ImportFiles[] value();
    }
}
