package org.songbungraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.songbungraph.export.Snapshot.Edge;
import org.songbungraph.export.Snapshot.Node;

/**
 * What `export --redact` does to a snapshot, so that the export can be shared without exposing a protected
 * person (docs/export.md states the rule). {@code names} replaces every protected name and Korean name in a
 * text by the witness code (protection's Redactor).
 */
final class Redaction {

    /** Family and address identify a person, so these relationships of a protected person are left out. */
    static final Set<String> DROPPED_TYPES = Set.of("CHILD_OF", "MARRIED_TO", "MEMBER_OF", "LIVES_IN");
    /**
     * A work unit, a school, a market or a town names a place below province level, which the few people there
     * could tell a witness by: a protected person's relationships to them are left out. A province is kept.
     */
    static final Set<String> LOCAL_LABELS = Set.of("Unit", "Market", "Place");
    /**
     * Properties of a protected person that are left empty; the name becomes the witness code, and the birth year
     * gives way to its decade (birthDecade).
     */
    static final List<String> BLANKED = List.of("nameKo", "sex", "birthYear", "deathYear", "note");
    /** The name and title of a testimony a protected person gave, which describe the witness (as `sources` shows them). */
    static final String WITHHELD = "[withheld: describes a protected witness]";

    /** The redacted snapshot and what was changed, for the command's summary. */
    record Result(Snapshot snapshot, int people, int droppedEdges, int withheldSources) {}

    private Redaction() {}

    static Result apply(Snapshot snapshot, UnaryOperator<String> names) {
        Map<String, String> codes = new HashMap<>();
        for (Node node : snapshot.nodes()) {
            if (node.layout().name().equals("Person")
                    && "PROTECTED".equals(node.properties().get("protection"))) {
                Object code = node.properties().get("witnessCode");
                codes.put(node.id(), code == null ? node.id() : code.toString());
            }
        }
        Set<String> provinces = new HashSet<>();
        for (Node node : snapshot.nodes()) {
            if (node.layout().name().equals("Place")
                    && "PROVINCE".equals(node.properties().get("kind"))) {
                provinces.add(node.id());
            }
        }
        Set<String> testimonies = new HashSet<>();
        for (Edge edge : snapshot.edges()) {
            if (edge.layout().name().equals("GAVE") && codes.containsKey(edge.startId())) {
                testimonies.add(edge.endId());
            }
        }

        List<Node> nodes = new ArrayList<>();
        int withheld = 0;
        for (Node node : snapshot.nodes()) {
            Map<String, Object> properties = text(node.layout().textColumns(), node.properties(), names);
            if (codes.containsKey(node.id()) && node.layout().name().equals("Person")) {
                properties.put("name", codes.get(node.id()));
                // The decade still places the witness in a generation; the exact year could single them out.
                if (properties.get("birthYear") instanceof Number year) {
                    properties.put("birthDecade", year.longValue() - Math.floorMod(year.longValue(), 10));
                }
                BLANKED.forEach(properties::remove);
            }
            if (testimonies.contains(node.id()) && node.layout().name().equals("Source")) {
                properties.replace("name", WITHHELD);
                properties.replace("title", WITHHELD);
                withheld++;
            }
            nodes.add(new Node(node.layout(), node.labels(), node.id(), properties));
        }

        List<Edge> edges = new ArrayList<>();
        for (Edge edge : snapshot.edges()) {
            boolean touchesProtected = codes.containsKey(edge.startId())
                            && edge.startLabel().equals("Person")
                    || codes.containsKey(edge.endId()) && edge.endLabel().equals("Person");
            if (touchesProtected && DROPPED_TYPES.contains(edge.layout().name())) {
                continue;
            }
            if (touchesProtected
                    && (local(edge.startLabel(), edge.startId(), provinces)
                            || local(edge.endLabel(), edge.endId(), provinces))) {
                continue;
            }
            edges.add(new Edge(
                    edge.layout(),
                    edge.id(),
                    edge.startId(),
                    edge.startLabel(),
                    edge.endId(),
                    edge.endLabel(),
                    text(edge.layout().textColumns(), edge.properties(), names)));
        }
        return new Result(
                new Snapshot(List.copyOf(nodes), List.copyOf(edges), snapshot.skipped()),
                codes.size(),
                snapshot.edges().size() - edges.size(),
                withheld);
    }

    private static boolean local(String label, String id, Set<String> provinces) {
        return LOCAL_LABELS.contains(label) && !provinces.contains(id);
    }

    /** The properties with protected names replaced in the free-text columns (and each text in a list there). */
    private static Map<String, Object> text(
            Set<String> textColumns, Map<String, Object> properties, UnaryOperator<String> names) {
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((key, value) -> result.put(key, textColumns.contains(key) ? redacted(value, names) : value));
        return result;
    }

    private static Object redacted(Object value, UnaryOperator<String> names) {
        if (value instanceof String s) {
            return names.apply(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> redacted(v, names)).toList();
        }
        return value;
    }
}
