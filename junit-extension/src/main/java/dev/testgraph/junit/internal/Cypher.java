package dev.testgraph.junit.internal;

/** Cypher text helpers. */
final class Cypher {

    private Cypher() {}

    /** @return the name quoted with backticks, backticks inside it doubled, so it is always read literally */
    static String escape(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
