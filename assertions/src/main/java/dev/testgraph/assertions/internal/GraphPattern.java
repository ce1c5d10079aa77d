package dev.testgraph.assertions.internal;

import dev.testgraph.fixtures.internal.CypherNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cypher-like pattern given to the graph assertions, parsed and turned into a parameterised {@code MATCH}.
 *
 * <p>Accepted: comma-separated paths of node patterns {@code (var:Label1:Label2 {key: literal, ...})} joined by
 * relationship patterns {@code -[var:TYPE {key: literal}]->}, {@code <-[...]-}, {@code -[...]-}, {@code -->},
 * {@code <--}, {@code --}. Literals are strings in single or double quotes, integers (Long), decimals (Double),
 * {@code true}, {@code false} and lists of those. Variables may repeat to join paths.
 *
 * <p>Nothing of the pattern reaches the query as text except labels, types and keys, which are always quoted by
 * {@link CypherNames#quote(String)} and so taken literally, whatever characters they contain; variables are renamed and every value is a query parameter. So a pattern can
 * only ever express a read-only {@code MATCH}: no {@code WHERE}, functions, sub-queries, variable-length or
 * quantified relationships, parameters or other clauses.
 */
public final class GraphPattern {

    private final String text;
    private final String matchClause;
    private final Map<String, Object> parameters;
    private final int pathCount;
    private final int nodeCount;
    private final int relationshipCount;
    private final List<String> relationshipTypes;
    private final List<List<String>> nodeLabels;

    private GraphPattern(Parser parser) {
        this.text = parser.input;
        this.matchClause = parser.query.toString();
        this.parameters = parser.parameters;
        this.pathCount = parser.pathCount;
        this.nodeCount = parser.nodeCount;
        this.relationshipCount = parser.relationshipCount;
        this.relationshipTypes = parser.relationshipTypes;
        this.nodeLabels = parser.nodeLabels;
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException if the text is not a pattern as described in the class comment
     */
    public static GraphPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("The pattern must not be null or blank");
        }
        Parser parser = new Parser(pattern);
        parser.parse();
        return new GraphPattern(parser);
    }

    /** The pattern as the user wrote it. */
    public String text() {
        return text;
    }

    /** {@code MATCH p0 = (...)-[...]->(...), p1 = ...}; paths are named {@code p0}, {@code p1}, ... */
    public String matchClause() {
        return matchClause;
    }

    /** The values of the literals, by parameter name. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The number of comma-separated paths. */
    public int pathCount() {
        return pathCount;
    }

    /** The number of node patterns (a repeated variable counts each time). */
    public int nodeCount() {
        return nodeCount;
    }

    /** The number of relationship patterns. */
    public int relationshipCount() {
        return relationshipCount;
    }

    /** The types of the relationship patterns that have one, in order. */
    public List<String> relationshipTypes() {
        return relationshipTypes;
    }

    /** The labels of each node pattern, in order. */
    public List<List<String>> nodeLabels() {
        return nodeLabels;
    }

    private static final class Parser {
        final String input;
        int position;
        final StringBuilder query = new StringBuilder("MATCH ");
        final Map<String, Object> parameters = new LinkedHashMap<>();
        final Map<String, String> nodeVariables = new HashMap<>();
        final Map<String, String> relationshipVariables = new HashMap<>();
        final List<String> relationshipTypes = new ArrayList<>();
        final List<List<String>> nodeLabels = new ArrayList<>();
        int pathCount;
        int nodeCount;
        int relationshipCount;
        int generated;

        Parser(String input) {
            this.input = input;
        }

        void parse() {
            do {
                if (pathCount > 0) {
                    query.append(", ");
                }
                query.append('p').append(pathCount++).append(" = ");
                path();
                skipSpaces();
            } while (accept(','));
            skipSpaces();
            if (position < input.length()) {
                throw error("unexpected '" + input.charAt(position) + "'");
            }
        }

        void path() {
            node();
            while (true) {
                skipSpaces();
                if (peek('-') || peek('<')) {
                    relationship();
                    node();
                } else {
                    return;
                }
            }
        }

        void node() {
            skipSpaces();
            expect('(');
            query.append('(');
            skipSpaces();
            String variable = variable(nodeVariables, relationshipVariables, false);
            query.append(variable);
            List<String> labels = new ArrayList<>();
            skipSpaces();
            while (accept(':')) {
                skipSpaces();
                String label = name();
                labels.add(label);
                query.append(':').append(CypherNames.quote(label));
                skipSpaces();
            }
            properties();
            skipSpaces();
            expect(')');
            query.append(')');
            nodeLabels.add(List.copyOf(labels));
            nodeCount++;
        }

        void relationship() {
            boolean incoming = accept('<');
            expect('-');
            query.append(incoming ? "<-" : "-");
            query.append('[');
            if (accept('[')) {
                skipSpaces();
                query.append(variable(relationshipVariables, nodeVariables, true));
                skipSpaces();
                if (accept(':')) {
                    skipSpaces();
                    String type = name();
                    relationshipTypes.add(type);
                    query.append(':').append(CypherNames.quote(type));
                    skipSpaces();
                    if (peek('|')) {
                        throw error("alternative relationship types are not supported");
                    }
                }
                if (peek('*')) {
                    throw error("variable-length relationships are not supported");
                }
                properties();
                skipSpaces();
                expect(']');
                expect('-');
            } else {
                query.append(generatedVariable());
                expect('-');
            }
            query.append(']');
            boolean outgoing = accept('>');
            if (incoming && outgoing) {
                throw error("a relationship cannot point both ways");
            }
            query.append(outgoing ? "->" : "-");
            relationshipCount++;
        }

        String variable(Map<String, String> own, Map<String, String> other, boolean relationship) {
            if (position < input.length() && isIdentifierStart(input.charAt(position))) {
                int start = position;
                while (position < input.length() && isIdentifierPart(input.charAt(position))) {
                    position++;
                }
                String name = input.substring(start, position);
                if (other.containsKey(name)) {
                    throw error("variable '" + name + "' is used for both a node and a relationship");
                }
                if (relationship && own.containsKey(name)) {
                    throw error("relationship variable '" + name + "' is used twice");
                }
                return own.computeIfAbsent(name, key -> generatedVariable());
            }
            return generatedVariable();
        }

        String generatedVariable() {
            return "v" + generated++;
        }

        void properties() {
            if (!accept('{')) {
                return;
            }
            query.append(" {");
            skipSpaces();
            if (accept('}')) {
                query.append('}');
                return;
            }
            String separator = "";
            do {
                skipSpaces();
                String key = name();
                skipSpaces();
                expect(':');
                skipSpaces();
                Object value = literal();
                if (value == null) {
                    throw error("null never matches a property; leave the key out");
                }
                String parameter = "p" + parameters.size();
                parameters.put(parameter, value);
                query.append(separator).append(CypherNames.quote(key)).append(": $").append(parameter);
                separator = ", ";
                skipSpaces();
            } while (accept(','));
            expect('}');
            query.append('}');
        }

        Object literal() {
            if (position >= input.length()) {
                throw error("a value is missing");
            }
            char c = input.charAt(position);
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '[') {
                position++;
                List<Object> list = new ArrayList<>();
                skipSpaces();
                if (accept(']')) {
                    return list;
                }
                do {
                    skipSpaces();
                    list.add(literal());
                    skipSpaces();
                } while (accept(','));
                expect(']');
                return list;
            }
            if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                return number();
            }
            int start = position;
            while (position < input.length() && Character.isLetter(input.charAt(position))) {
                position++;
            }
            String word = input.substring(start, position).toLowerCase(java.util.Locale.ROOT);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> {
                    position = start;
                    throw error("only string, number, boolean and list literals are allowed as values");
                }
            };
        }

        Object number() {
            int start = position;
            if (peek('-') || peek('+')) {
                position++;
            }
            boolean decimal = false;
            while (position < input.length()) {
                char c = input.charAt(position);
                if (Character.isDigit(c)) {
                    position++;
                } else if (c == '.' || c == 'e' || c == 'E') {
                    decimal = true;
                    position++;
                    if ((c == 'e' || c == 'E') && (peek('-') || peek('+'))) {
                        position++;
                    }
                } else {
                    break;
                }
            }
            String number = input.substring(start, position);
            try {
                return decimal ? (Object) Double.valueOf(number) : (Object) Long.valueOf(number);
            } catch (NumberFormatException e) {
                position = start;
                throw error("'" + number + "' is not a number");
            }
        }

        String string(char quote) {
            int start = position;
            position++;
            StringBuilder value = new StringBuilder();
            while (position < input.length()) {
                char c = input.charAt(position++);
                if (c == quote) {
                    return value.toString();
                }
                if (c == '\\' && position < input.length()) {
                    char escaped = input.charAt(position++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'u' -> {
                            if (position + 4 > input.length()) {
                                throw error("incomplete unicode escape");
                            }
                            value.append((char) Integer.parseInt(input.substring(position, position + 4), 16));
                            position += 4;
                        }
                        default -> value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            position = start;
            throw error("unterminated string");
        }

        String name() {
            if (accept('`')) {
                StringBuilder name = new StringBuilder();
                while (position < input.length()) {
                    char c = input.charAt(position++);
                    if (c == '`') {
                        if (accept('`')) {
                            name.append('`');
                        } else {
                            if (name.length() == 0) {
                                throw error("empty name");
                            }
                            return name.toString();
                        }
                    } else {
                        name.append(c);
                    }
                }
                throw error("unterminated back-quoted name");
            }
            int start = position;
            if (position < input.length() && isIdentifierStart(input.charAt(position))) {
                while (position < input.length() && isIdentifierPart(input.charAt(position))) {
                    position++;
                }
                return input.substring(start, position);
            }
            throw error("a name is expected");
        }

        static boolean isIdentifierStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        static boolean isIdentifierPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        void skipSpaces() {
            while (position < input.length() && Character.isWhitespace(input.charAt(position))) {
                position++;
            }
        }

        boolean peek(char c) {
            return position < input.length() && input.charAt(position) == c;
        }

        boolean accept(char c) {
            if (peek(c)) {
                position++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!accept(c)) {
                throw error("'" + c + "' expected");
            }
        }

        IllegalArgumentException error(String problem) {
            String found = position < input.length() ? "at position " + position : "at the end";
            return new IllegalArgumentException(
                    "Invalid graph pattern " + found + ": " + problem + System.lineSeparator() + "  " + input
                            + System.lineSeparator() + "  " + " ".repeat(Math.min(position, input.length())) + "^");
        }
    }
}
