package dev.testgraph.assertions.internal;

import dev.testgraph.assertions.internal.GraphDifference.Mark;
import dev.testgraph.assertions.internal.GraphDifference.Marks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A failed whole-graph comparison as one self-contained HTML page: the expected and the actual graph drawn side by
 * side as inline SVG, the entities that make up the difference coloured (with a legend), the text of the
 * difference beside them. No script, style sheet or font is loaded from anywhere: the page is read offline.
 *
 * <h2>Layout</h2>
 * Circular and deterministic: the nodes of each graph sorted by their Cypher-like text (then by id) and placed
 * evenly on a circle whose size grows with their number, so equal nodes of the two graphs sit at about the same
 * place. Relationships are straight arrows (a loop for a node related to itself) labelled with their type.
 *
 * <p>Graphs with more than {@link #NODE_LIMIT} nodes are drawn only around the difference: the marked nodes, the
 * end nodes of marked relationships and their direct neighbours, with the relationships between them; the page
 * says so. Every name and value is escaped: names are data.
 */
public final class GraphReport {

    /** Above this many nodes in a graph, only the neighbourhoods of the difference are drawn. */
    public static final int NODE_LIMIT = 200;

    private static final int NODE_RADIUS = 14;

    private GraphReport() {}

    /**
     * The page.
     *
     * @param title what failed: the test or the assertion's description
     * @param heading the assertion ({@code to be equal to} or {@code to contain}) and the sizes compared
     * @param difference the text of the difference, as in the failure message
     * @param expected the expected graph, as compared (options applied)
     * @param actual the actual graph, as compared
     * @param marks the entities of both graphs that make up the difference
     * @return the HTML text
     */
    public static String html(String title, String heading, String difference, GraphSnapshot expected,
            GraphSnapshot actual, Marks marks) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Testgraph: ").append(escape(title)).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:sans-serif;margin:16px;color:#222;background:#fff}\n")
                .append(".graphs{display:flex;gap:16px;flex-wrap:wrap}\n")
                .append(".graph{flex:1 1 420px;border:1px solid #ccc;padding:8px}\n")
                .append("svg{width:100%;height:auto;max-height:80vh}\n")
                .append("pre{background:#f6f6f6;padding:8px;overflow:auto;white-space:pre-wrap}\n")
                .append(".legend span{display:inline-block;margin-right:16px}\n")
                .append(".swatch{display:inline-block;width:12px;height:12px;margin-right:4px;border:1px solid #555}\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>").append(escape(heading)).append("</p>\n")
                .append("<p class=\"legend\">");
        for (Mark mark : Mark.values()) {
            html.append("<span><span class=\"swatch\" style=\"background:").append(colour(mark)).append("\"></span>")
                    .append(legend(mark)).append("</span>");
        }
        html.append("<span><span class=\"swatch\" style=\"background:").append(PLAIN)
                .append("\"></span>same in both</span></p>\n<div class=\"graphs\">\n");
        graph(html, "Expected", "expected", expected, marks.expectedNodes(), marks.expectedRelationships());
        graph(html, "Actual", "actual", actual, marks.actualNodes(), marks.actualRelationships());
        html.append("<div class=\"graph\"><h2>Difference</h2>\n<pre class=\"difference\">").append(escape(difference))
                .append("</pre></div>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static final String PLAIN = "#d9d9d9";

    private static String colour(Mark mark) {
        return switch (mark) {
            case MISSING -> "#d62728";
            case UNEXPECTED -> "#ff7f0e";
            case CHANGED -> "#1f77b4";
            case MISCONNECTED -> "#9467bd";
        };
    }

    private static String legend(Mark mark) {
        return switch (mark) {
            case MISSING -> "missing (expected, not found)";
            case UNEXPECTED -> "unexpected (found, not expected)";
            case CHANGED -> "properties differ";
            case MISCONNECTED -> "connected differently";
        };
    }

    private static void graph(StringBuilder html, String title, String side, GraphSnapshot graph,
            Map<Integer, Mark> nodeMarks, Map<Integer, Mark> relationshipMarks) {
        List<Integer> shown = shownNodes(graph, nodeMarks, relationshipMarks);
        html.append("<div class=\"graph ").append(side).append("\"><h2>").append(title).append(": ")
                .append(escape(GraphSnapshot.count(graph.nodes().size(), "node"))).append(", ")
                .append(escape(GraphSnapshot.count(graph.relationships().size(), "relationship"))).append("</h2>\n");
        if (shown.size() < graph.nodes().size()) {
            html.append("<p class=\"neighbourhoods\">More than ").append(NODE_LIMIT).append(" nodes: showing ")
                    .append(shown.size()).append(" of ").append(graph.nodes().size())
                    .append(" nodes, the differences and their direct neighbours.</p>\n");
        }
        int count = Math.max(shown.size(), 1);
        double radius = count == 1 ? 0 : Math.max(120, count * 44 / (2 * Math.PI));
        double margin = 210;
        double size = 2 * (radius + margin);
        Map<Integer, double[]> at = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            double angle = 2 * Math.PI * i / count - Math.PI / 2;
            at.put(shown.get(i), new double[] {size / 2 + radius * Math.cos(angle), size / 2 + radius * Math.sin(angle)});
        }
        html.append(String.format(Locale.ROOT,
                "<svg class=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" role=\"img\">%n",
                side, size, size));
        html.append("<defs>");
        for (String colour : List.of("#555555", colour(Mark.MISSING), colour(Mark.UNEXPECTED), colour(Mark.CHANGED),
                colour(Mark.MISCONNECTED))) {
            html.append("<marker id=\"arrow-").append(side).append(colour.substring(1))
                    .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
                    .append(" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour)
                    .append("\"/></marker>");
        }
        html.append("</defs>\n");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            index.put(graph.nodes().get(i).id(), i);
        }
        for (int r = 0; r < graph.relationships().size(); r++) {
            GraphSnapshot.Relationship relationship = graph.relationships().get(r);
            double[] from = at.get(index.get(relationship.start()));
            double[] to = at.get(index.get(relationship.end()));
            if (from == null || to == null) {
                continue;
            }
            Mark mark = relationshipMarks.get(r);
            String colour = mark == null ? "#555555" : colour(mark);
            String text = CypherText.node(graph.nodes().get(index.get(relationship.start())).labels(), Map.of()) + "-"
                    + relationship.body() + "->" + CypherText.node(
                            graph.nodes().get(index.get(relationship.end())).labels(), Map.of());
            html.append("<g class=\"relationship").append(mark == null ? "" : " " + cssClass(mark)).append("\">")
                    .append("<title>").append(escape(text)).append("</title>");
            double labelX;
            double labelY;
            if (from == to) {
                html.append(String.format(Locale.ROOT,
                        "<path d=\"M%.1f,%.1f a18,18 0 1,1 %.1f,0\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\""
                                + " marker-end=\"url(#arrow-%s%s)\"/>",
                        from[0] - 8, from[1] - NODE_RADIUS + 2, 16.0, colour, mark == null ? "1.5" : "3", side,
                        colour.substring(1)));
                labelX = from[0];
                labelY = from[1] - NODE_RADIUS - 40;
            } else {
                double dx = to[0] - from[0];
                double dy = to[1] - from[1];
                double length = Math.max(Math.hypot(dx, dy), 1);
                double ux = dx / length;
                double uy = dy / length;
                html.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\""
                                + " marker-end=\"url(#arrow-%s%s)\"/>",
                        from[0] + ux * NODE_RADIUS, from[1] + uy * NODE_RADIUS, to[0] - ux * (NODE_RADIUS + 2),
                        to[1] - uy * (NODE_RADIUS + 2), colour, mark == null ? "1.5" : "3", side, colour.substring(1)));
                labelX = (from[0] + to[0]) / 2;
                labelY = (from[1] + to[1]) / 2 - 4;
            }
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\""
                            + " fill=\"%s\">", labelX, labelY, mark == null ? "#555555" : colour))
                    .append(escape(shorten(CypherText.name(relationship.type()), 24))).append("</text></g>\n");
        }
        for (int node : shown) {
            GraphSnapshot.Node n = graph.nodes().get(node);
            double[] position = at.get(node);
            Mark mark = nodeMarks.get(node);
            String fill = mark == null ? PLAIN : colour(mark);
            html.append("<g class=\"node").append(mark == null ? "" : " " + cssClass(mark)).append("\">")
                    .append("<title>").append(escape(n.text())).append("</title>")
                    .append(String.format(Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\"#333333\"/>", position[0],
                            position[1], NODE_RADIUS, fill));
            double dx = position[0] - size / 2;
            String anchor = Math.abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
            double textX = position[0] + (anchor.equals("middle") ? 0 : dx > 0 ? NODE_RADIUS + 4 : -NODE_RADIUS - 4);
            double textY = position[1] + (position[1] > size / 2 ? NODE_RADIUS + 12 : -NODE_RADIUS - 4);
            if (!anchor.equals("middle")) {
                textY = position[1] + 4;
            }
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">",
                            textX, textY, anchor))
                    .append(escape(shorten(n.text(), 36))).append("</text></g>\n");
        }
        html.append("</svg>\n</div>\n");
    }

    private static String cssClass(Mark mark) {
        return mark.name().toLowerCase(Locale.ROOT);
    }

    /** The nodes to draw, in layout order: all, or beyond {@link #NODE_LIMIT} the difference's neighbourhoods. */
    static List<Integer> shownNodes(GraphSnapshot graph, Map<Integer, Mark> nodeMarks,
            Map<Integer, Mark> relationshipMarks) {
        List<GraphSnapshot.Node> nodes = graph.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        TreeSet<Integer> shown = new TreeSet<>();
        if (nodes.size() <= NODE_LIMIT) {
            for (int i = 0; i < nodes.size(); i++) {
                shown.add(i);
            }
        } else {
            TreeSet<Integer> centre = new TreeSet<>(nodeMarks.keySet());
            shown.addAll(centre);
            relationshipMarks.keySet().forEach(r -> {
                shown.add(index.get(graph.relationships().get(r).start()));
                shown.add(index.get(graph.relationships().get(r).end()));
            });
            for (GraphSnapshot.Relationship relationship : graph.relationships()) {
                int start = index.get(relationship.start());
                int end = index.get(relationship.end());
                if (centre.contains(start)) {
                    shown.add(end);
                }
                if (centre.contains(end)) {
                    shown.add(start);
                }
            }
        }
        List<Integer> ordered = new ArrayList<>(shown);
        ordered.sort(Comparator.comparing((Integer i) -> nodes.get(i).text())
                .thenComparing(i -> String.valueOf(nodes.get(i).id())));
        return ordered;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    /** Text safe in HTML and SVG content and in attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        escaped.append("&#xfffd;");
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
