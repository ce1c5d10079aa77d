package dev.testgraph.integration.procedures;

import java.util.stream.Stream;
import org.neo4j.procedure.Procedure;

/** A procedure Neo4j refuses: a procedure must return a Stream of records, not a String. */
public class BrokenSignature {

    @Procedure(name = "it.broken.answer")
    public String answer() {
        return "42";
    }

    /** Not reached. */
    public Stream<Object> unused() {
        return Stream.empty();
    }
}
