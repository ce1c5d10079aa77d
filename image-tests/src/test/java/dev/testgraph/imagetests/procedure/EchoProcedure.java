package dev.testgraph.imagetests.procedure;

import java.util.stream.Stream;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * A procedure packaged on its own into target/test-plugins by the build, to be copied into a container with
 * {@code withPlugins(MountableFile)}: calling it proves the jar was loaded.
 */
public class EchoProcedure {

    /** The procedure's only output column. */
    public static class Output {
        public final String value;

        public Output(String value) {
            this.value = value;
        }
    }

    @Procedure(name = "testgraph.imageTests.echo")
    @Description("Answers the text followed by ' from a plugin jar'.")
    public Stream<Output> echo(@Name("text") String text) {
        return Stream.of(new Output(text + " from a plugin jar"));
    }
}
