package dev.testgraph.assertions.internal;

import dev.testgraph.fixtures.CypherStatement;
import dev.testgraph.fixtures.FixtureException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Values;

/**
 * An expected graph written as Cypher {@code CREATE} statements, interpreted in memory: the database under test is
 * never touched (running the script in a rolled-back transaction of that database would take its locks, run into
 * its constraints and allocate its ids).
 *
 * <p>Understood: statements separated by {@code ;}, comments, any number of {@code CREATE} clauses per statement,
 * comma-separated paths (optionally named, {@code p = ...}), node patterns {@code (v:A:B {key: value})} (labels
 * also {@code :A&B}, names in backticks), relationships {@code -[v:TYPE {key: value}]->} and {@code <-[...]-} with
 * one type, values: strings, integers, floats, booleans, {@code null} (property not set, as in Cypher), lists, and
 * {@code date}, {@code localtime}, {@code time}, {@code localdatetime}, {@code datetime}, {@code duration} of an
 * ISO-8601 string and {@code point} of a map of literals. Variables are bound within a statement, as Cypher binds
 * them; a bare {@code (v)} naming a node of an earlier statement is refused, since Cypher would create a new,
 * empty node. Everything else ({@code MERGE}, {@code MATCH}, {@code SET}, parameters, other functions) is refused
 * with its line and column. Schema statements ({@code CREATE INDEX}, {@code CREATE CONSTRAINT}) are skipped: the
 * comparison does not look at the schema.
 */
public final class CreateScript {

    private final String source;
    private final List<GraphSnapshot.Node> nodes = new ArrayList<>();
    private final List<GraphSnapshot.Relationship> relationships = new ArrayList<>();
    private final Map<String, String> earlierVariables = new HashMap<>();

    private CreateScript(String source) {
        this.source = source;
    }

    /**
     * Interprets a script given as text.
     *
     * @param script the statements
     * @param source how errors name the script
     * @return the graph the script would create in an empty database
     * @throws FixtureException at the first construct not understood, with line and column
     */
    public static GraphSnapshot interpret(String script, String source) {
        CreateScript interpreter = new CreateScript(source);
        interpreter.run(script, 1, 1);
        return interpreter.graph();
    }

    /**
     * Interprets the statements of a {@code .cypher} fixture, after the nodes and relationships it may already hold.
     *
     * @param statements the statements with their lines
     * @param source the fixture's name
     * @param nodes nodes the fixture holds besides its statements
     * @param relationships relationships the fixture holds besides its statements
     * @return the graph the fixture would create in an empty database
     * @throws FixtureException at the first construct not understood, with line and column
     */
    public static GraphSnapshot interpret(List<CypherStatement> statements, String source,
            List<GraphSnapshot.Node> nodes, List<GraphSnapshot.Relationship> relationships) {
        CreateScript interpreter = new CreateScript(source);
        interpreter.nodes.addAll(nodes);
        interpreter.relationships.addAll(relationships);
        for (CypherStatement statement : statements) {
            if (!statement.isSchema()) {
                interpreter.run(statement.text(), Math.max(statement.line(), 1), 1);
            }
        }
        return interpreter.graph();
    }

    private GraphSnapshot graph() {
        return new GraphSnapshot(nodes, relationships);
    }

    private void run(String text, int firstLine, int firstColumn) {
        Parser parser = new Parser(text, firstLine, firstColumn);
        while (true) {
            parser.skipSpace();
            if (parser.atEnd()) {
                return;
            }
            if (parser.peek() == ';') {
                parser.position++;
                continue;
            }
            statement(parser);
        }
    }

    /** One statement: CREATE clauses up to {@code ;} or the end. */
    private void statement(Parser parser) {
        Map<String, String> variables = new HashMap<>();
        Map<String, String> statementNodes = new HashMap<>();
        boolean schema = false;
        while (true) {
            parser.skipSpace();
            if (parser.atEnd() || parser.peek() == ';') {
                break;
            }
            int at = parser.position;
            String keyword = parser.peekWord().toUpperCase(Locale.ROOT);
            if (!keyword.equals("CREATE")) {
                throw parser.error(at, keyword.isEmpty()
                                ? "expected CREATE, found \"" + parser.excerpt(at) + "\""
                                : keyword + " is not supported in an expected graph",
                        "write the expected graph with CREATE clauses only, literal values and no MATCH, MERGE, SET,"
                                + " WITH, UNWIND or parameters; or compare with a JSON fixture written by"
                                + " Fixtures.export(driver, path)");
            }
            parser.position += keyword.length();
            parser.skipSpace();
            String next = parser.peekWord().toUpperCase(Locale.ROOT);
            if (next.equals("INDEX") || next.equals("CONSTRAINT") || next.equals("OR") || next.equals("RANGE")
                    || next.equals("TEXT") || next.equals("POINT") || next.equals("FULLTEXT") || next.equals("LOOKUP")
                    || next.equals("VECTOR")) {
                schema = true;
                break;
            }
            do {
                path(parser, variables, statementNodes);
                parser.skipSpace();
            } while (parser.accept(','));
        }
        if (schema) {
            while (!parser.atEnd() && parser.peek() != ';') {
                parser.skipToken();
            }
            return;
        }
        statementNodes.forEach((variable, id) -> earlierVariables.put(variable, id));
    }

    private void path(Parser parser, Map<String, String> variables, Map<String, String> statementNodes) {
        parser.skipSpace();
        int at = parser.position;
        if (parser.peek() != '(') {
            String name = parser.identifierOrEmpty();
            parser.skipSpace();
            if (name.isEmpty() || !parser.accept('=')) {
                throw parser.error(at, "expected a node pattern \"(\", found \"" + parser.excerpt(at) + "\"",
                        "write patterns like (a:Person {name: 'Alice'})-[:KNOWS]->(b:Person)");
            }
            variables.put(name, "path");
            parser.skipSpace();
        }
        String previous = node(parser, variables, statementNodes);
        while (true) {
            parser.skipSpace();
            if (parser.peek() != '-' && parser.peek() != '<') {
                return;
            }
            int relationshipAt = parser.position;
            boolean incoming = parser.accept('<');
            parser.expect('-', "a relationship pattern -[:TYPE]->");
            if (!parser.accept('[')) {
                throw parser.error(relationshipAt, "a relationship needs a type in CREATE",
                        "write -[:TYPE]-> instead of --> or --");
            }
            parser.skipSpace();
            String variable = parser.identifierOrEmpty();
            parser.skipSpace();
            if (!variable.isEmpty() && variables.containsKey(variable)) {
                throw parser.error(relationshipAt, "the variable " + variable + " is already declared",
                        "CREATE makes a new relationship every time; give it a new variable or none");
            }
            if (!variable.isEmpty()) {
                variables.put(variable, "relationship");
            }
            if (!parser.accept(':')) {
                throw parser.error(parser.position, "a relationship needs exactly one type in CREATE",
                        "write -[:TYPE]->");
            }
            parser.skipSpace();
            String type = parser.name();
            parser.skipSpace();
            if (parser.peek() == '|' || parser.peek() == '&' || parser.peek() == ':' || parser.peek() == '*') {
                throw parser.error(parser.position, "a relationship needs exactly one type and a fixed length in"
                        + " CREATE", "write -[:TYPE]-> once per relationship");
            }
            Map<String, Object> properties = parser.peek() == '{' ? parser.properties() : Map.of();
            parser.skipSpace();
            parser.expect(']', "\"]\" closing the relationship");
            parser.expect('-', "\"-\" after the relationship");
            boolean outgoing = parser.accept('>');
            if (incoming == outgoing) {
                throw parser.error(relationshipAt, "a relationship in CREATE needs exactly one direction",
                        "write -[:TYPE]-> or <-[:TYPE]-");
            }
            parser.skipSpace();
            String next = node(parser, variables, statementNodes);
            String id = "create-script relationship " + relationships.size();
            relationships.add(new GraphSnapshot.Relationship(id, type, incoming ? next : previous,
                    incoming ? previous : next, properties));
            previous = next;
        }
    }

    /** A node pattern: a new node, or the node a variable of this statement names. Returns its id. */
    private String node(Parser parser, Map<String, String> variables, Map<String, String> statementNodes) {
        int at = parser.position;
        parser.expect('(', "a node pattern \"(\"");
        parser.skipSpace();
        String variable = parser.identifierOrEmpty();
        parser.skipSpace();
        List<String> labels = new ArrayList<>();
        while (parser.accept(':') || (!labels.isEmpty() && parser.accept('&'))) {
            parser.skipSpace();
            String label = parser.name();
            if (!labels.contains(label)) {
                labels.add(label);
            }
            parser.skipSpace();
        }
        boolean hasProperties = parser.peek() == '{';
        Map<String, Object> properties = hasProperties ? parser.properties() : Map.of();
        parser.skipSpace();
        parser.expect(')', "\")\" closing the node");
        if (!variable.isEmpty() && variables.containsKey(variable)) {
            String bound = variables.get(variable);
            if (!statementNodes.containsKey(variable)) {
                throw parser.error(at, "the variable " + variable + " names a " + bound + ", not a node",
                        "use another variable for the node");
            }
            if (!labels.isEmpty() || hasProperties) {
                throw parser.error(at, "the node " + variable + " is already declared; CREATE cannot add labels or"
                                + " properties to it here",
                        "write its labels and properties where (" + variable + ") first appears, and only ("
                                + variable + ") afterwards");
            }
            return statementNodes.get(variable);
        }
        if (!variable.isEmpty() && labels.isEmpty() && !hasProperties && earlierVariables.containsKey(variable)) {
            throw parser.error(at, "(" + variable + ") names a node of an earlier statement; Cypher forgets"
                            + " variables at \";\", so this would create a new node without labels or properties",
                    "put the CREATE clauses that share the node in one statement (remove the \";\" between them)");
        }
        String id = "create-script node " + nodes.size();
        nodes.add(new GraphSnapshot.Node(id, labels, properties));
        if (!variable.isEmpty()) {
            variables.put(variable, "node");
            statementNodes.put(variable, id);
        }
        return id;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Characters, names and values.

    private final class Parser {
        final String text;
        final int firstLine;
        final int firstColumn;
        int position;

        Parser(String text, int firstLine, int firstColumn) {
            this.text = text;
            this.firstLine = firstLine;
            this.firstColumn = firstColumn;
            this.position = text.startsWith("\uFEFF") ? 1 : 0;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        char peek() {
            return atEnd() ? '\0' : text.charAt(position);
        }

        boolean accept(char c) {
            if (peek() == c) {
                position++;
                return true;
            }
            return false;
        }

        void expect(char c, String what) {
            skipSpace();
            if (!accept(c)) {
                throw error(position, "expected " + what + ", found \"" + excerpt(position) + "\"",
                        "write patterns like (a:Person {name: 'Alice'})-[:KNOWS {since: 2020}]->(b:Person)");
            }
        }

        void skipSpace() {
            while (!atEnd()) {
                char c = peek();
                if (Character.isWhitespace(c)) {
                    position++;
                } else if (text.startsWith("//", position)) {
                    int end = text.indexOf('\n', position);
                    position = end < 0 ? text.length() : end;
                } else if (text.startsWith("/*", position)) {
                    int end = text.indexOf("*/", position + 2);
                    if (end < 0) {
                        throw error(position, "the comment is not closed", "close it with */");
                    }
                    position = end + 2;
                } else {
                    return;
                }
            }
        }

        /** Skips a string, a quoted name or one character (schema statements are skipped whole). */
        void skipToken() {
            char c = peek();
            if (c == '\'' || c == '"') {
                string();
            } else if (c == '`') {
                name();
            } else {
                position++;
            }
            skipSpace();
        }

        String peekWord() {
            int end = position;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            return text.substring(position, end);
        }

        String identifierOrEmpty() {
            if (peek() == '`') {
                return name();
            }
            if (atEnd() || !(Character.isLetter(peek()) || peek() == '_')) {
                return "";
            }
            String word = peekWord();
            position += word.length();
            return word;
        }

        /** A label, type or key: an identifier or a name in backticks ({@code ``} for a backtick). */
        String name() {
            int at = position;
            if (accept('`')) {
                StringBuilder name = new StringBuilder();
                while (true) {
                    if (atEnd()) {
                        throw error(at, "the quoted name is not closed", "close it with a backtick");
                    }
                    char c = text.charAt(position++);
                    if (c == '`') {
                        if (accept('`')) {
                            name.append('`');
                            continue;
                        }
                        break;
                    }
                    name.append(c);
                }
                if (name.isEmpty()) {
                    throw error(at, "the name is empty", "write a name between the backticks");
                }
                return name.toString();
            }
            String word = identifierOrEmpty();
            if (word.isEmpty()) {
                throw error(at, "expected a name, found \"" + excerpt(at) + "\"",
                        "write a label, type or key, in backticks if it holds other characters");
            }
            return word;
        }

        Map<String, Object> properties() {
            expect('{', "\"{\"");
            Map<String, Object> properties = new LinkedHashMap<>();
            skipSpace();
            if (accept('}')) {
                return properties;
            }
            do {
                skipSpace();
                int at = position;
                String key = name();
                skipSpace();
                expect(':', "\":\" after the key " + key);
                skipSpace();
                Object value = value();
                if (properties.containsKey(key)) {
                    throw error(at, "the key " + key + " appears twice", "keep one of them");
                }
                if (value != null) {
                    properties.put(key, value);
                }
                skipSpace();
            } while (accept(','));
            expect('}', "\"}\" or \",\" in the property map");
            return properties;
        }

        Object value() {
            skipSpace();
            int at = position;
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '[') {
                position++;
                List<Object> list = new ArrayList<>();
                skipSpace();
                if (accept(']')) {
                    return list;
                }
                do {
                    Object element = value();
                    if (element == null || element instanceof List) {
                        throw error(at, "a property list holds only values of one simple type",
                                "remove null and nested lists from the list");
                    }
                    list.add(element);
                    skipSpace();
                } while (accept(','));
                expect(']', "\"]\" or \",\" in the list");
                return list;
            }
            if (c == '-' || c == '.' || Character.isDigit(c)) {
                return number();
            }
            if (c == '$') {
                throw error(at, "parameters are not supported in an expected graph", "write the value literally");
            }
            String word = identifierOrEmpty();
            String lower = word.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return null;
                default:
                    break;
            }
            skipSpace();
            if (word.isEmpty() || peek() != '(') {
                throw error(at, "expected a literal value, found \"" + excerpt(at) + "\"",
                        "write a string, number, boolean, list, or date('...')-like temporal value");
            }
            return function(word, at);
        }

        Object function(String written, int at) {
            String name = written.toLowerCase(Locale.ROOT);
            expect('(', "\"(\"");
            skipSpace();
            Object argument;
            if (name.equals("point")) {
                argument = properties();
            } else if (peek() == '\'' || peek() == '"') {
                argument = string();
            } else {
                throw error(at, written + "(...) is not supported in an expected graph" + (TEMPORAL.containsKey(name)
                                ? " without an ISO-8601 string: the current time differs from run to run" : ""),
                        "use date, localtime, time, localdatetime, datetime or duration of an ISO-8601 string, or"
                                + " point({x: .., y: ..}); for values that vary, use withProperty(key, anyDateTime())");
            }
            expect(')', "\")\" closing " + name + "(...)");
            if (name.equals("point")) {
                return point(castMap(argument), at);
            }
            Function<String, Object> parse = TEMPORAL.get(name);
            if (parse == null) {
                throw error(at, written + "(...) is not supported in an expected graph",
                        "use date, localtime, time, localdatetime, datetime, duration or point, or write the value");
            }
            try {
                return parse.apply((String) argument);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw error(at, written + "(\"" + argument + "\") is not an ISO-8601 value this comparison reads",
                        "write the extended ISO-8601 form, e.g. date('2024-05-01'), datetime('2024-05-01T10:00Z'),"
                                + " duration('P1DT2H')");
            }
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> castMap(Object map) {
            return (Map<String, Object>) map;
        }

        Object point(Map<String, Object> map, int at) {
            Map<String, Object> coordinates = new HashMap<>(map);
            Object srid = coordinates.remove("srid");
            boolean geographic = coordinates.containsKey("longitude") || coordinates.containsKey("latitude");
            Double x = number(coordinates.remove(geographic ? "longitude" : "x"));
            Double y = number(coordinates.remove(geographic ? "latitude" : "y"));
            Double z = number(coordinates.remove(geographic ? "height" : "z"));
            if (x == null || y == null || !coordinates.isEmpty()
                    || (srid != null && !(srid instanceof Long))) {
                throw error(at, "point(...) needs numbers x and y (or longitude and latitude), optionally z (height)"
                        + " and an integer srid, nothing else", "write e.g. point({x: 1.0, y: 2.0})");
            }
            int code = srid != null ? ((Long) srid).intValue()
                    : geographic ? (z == null ? 4326 : 4979) : (z == null ? 7203 : 9157);
            return z == null ? Values.point(code, x, y).asPoint() : Values.point(code, x, y, z).asPoint();
        }

        private static Double number(Object value) {
            return value instanceof Number number ? number.doubleValue() : null;
        }

        Object number() {
            Matcher matcher = NUMBER.matcher(text).region(position, text.length());
            if (!matcher.lookingAt()) {
                throw error(position, "expected a number, found \"" + excerpt(position) + "\"",
                        "write e.g. 42, -1.5 or 1e3");
            }
            String literal = matcher.group();
            int at = position;
            position = matcher.end();
            if (literal.contains(".") || literal.contains("e") || literal.contains("E")) {
                return Double.parseDouble(literal);
            }
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException e) {
                throw error(at, literal + " does not fit in a 64-bit integer", "write a smaller integer or a float");
            }
        }

        String string() {
            int at = position;
            char quote = text.charAt(position++);
            StringBuilder string = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw error(at, "the string is not closed", "close it with " + quote);
                }
                char c = text.charAt(position++);
                if (c == quote) {
                    return string.toString();
                }
                if (c == '\\' && !atEnd()) {
                    char escaped = text.charAt(position++);
                    switch (escaped) {
                        case 'n' -> string.append('\n');
                        case 't' -> string.append('\t');
                        case 'r' -> string.append('\r');
                        case 'b' -> string.append('\b');
                        case 'f' -> string.append('\f');
                        case 'u' -> {
                            if (position + 4 > text.length()) {
                                throw error(position - 2, "incomplete \\u escape", "write \\u and four hex digits");
                            }
                            try {
                                string.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                            } catch (NumberFormatException e) {
                                throw error(position - 2, "bad \\u escape", "write \\u and four hex digits");
                            }
                            position += 4;
                        }
                        default -> string.append(escaped);
                    }
                } else {
                    string.append(c);
                }
            }
        }

        String excerpt(int at) {
            String rest = text.substring(Math.min(at, text.length())).strip();
            int end = Math.min(rest.length(), 20);
            int newline = rest.indexOf('\n');
            if (newline >= 0 && newline < end) {
                end = newline;
            }
            return rest.isEmpty() ? "the end" : rest.substring(0, end).strip();
        }

        FixtureException error(int at, String problem, String hint) {
            int line = firstLine;
            int column = firstColumn;
            for (int i = 0; i < at && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new FixtureException(source, line, column, null, problem, hint, null);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+\\.?\\d*(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?)");

    private static final Pattern DURATION = Pattern.compile(
            "P(?:(-?\\d+)Y)?(?:(-?\\d+)M)?(?:(-?\\d+)W)?(?:(-?\\d+)D)?(?:T(?:(-?\\d+)H)?(?:(-?\\d+)M)?(?:(-?\\d+)(?:\\.(\\d{1,9}))?S)?)?");

    private static final Map<String, Function<String, Object>> TEMPORAL = Map.of(
            "date", LocalDate::parse,
            "localtime", LocalTime::parse,
            "time", OffsetTime::parse,
            "localdatetime", LocalDateTime::parse,
            "datetime", ZonedDateTime::parse,
            "duration", CreateScript::duration);

    private static Object duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches() || text.equals("P") || text.endsWith("T")) {
            throw new IllegalArgumentException(text);
        }
        long months = group(matcher, 1) * 12 + group(matcher, 2);
        long days = group(matcher, 3) * 7 + group(matcher, 4);
        long seconds = group(matcher, 5) * 3600 + group(matcher, 6) * 60 + group(matcher, 7);
        String fraction = matcher.group(8);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        if (group(matcher, 7) < 0) {
            nanos = -nanos;
        }
        return Values.isoDuration(months, days, seconds, nanos).asIsoDuration();
    }

    private static long group(Matcher matcher, int group) {
        String value = matcher.group(group);
        return value == null ? 0 : Long.parseLong(value);
    }
}
