package org.songbungraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Value;
import org.songbungraph.export.Snapshot.Edge;
import org.songbungraph.export.Snapshot.Node;
import org.songbungraph.load.ImportLayout;
import org.songbungraph.load.ImportLayout.FileLayout;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads the knowledge model out of the graph, as a {@link Snapshot}. */
@Component
class KnowledgeGraph {

    // Units of kind MINE also carry this label; the load script derives it from `kind`, so it is not a file.
    private static final String DERIVED_LABEL = "Mine";
    private static final Set<String> ENDS = Set.of("id", "startId", "endId", "startLabel", "endLabel");

    private record NodeRow(List<String> labels, Map<String, Object> properties) {}

    private record EdgeRow(
            String type,
            Map<String, Object> properties,
            Object startId,
            List<String> startLabels,
            Object endId,
            List<String> endLabels) {}

    private final Neo4jClient client;

    KnowledgeGraph(Neo4jClient client) {
        this.client = client;
    }

    Snapshot read() {
        List<FileLayout> files = ImportLayout.files();
        Map<String, FileLayout> byLabel = new LinkedHashMap<>();
        Map<String, FileLayout> byType = new LinkedHashMap<>();
        files.forEach(f -> (f.relationship() ? byType : byLabel).put(f.name(), f));
        int skipped = 0;

        List<Node> nodes = new ArrayList<>();
        for (NodeRow row : client.query(QueryFile.load("export/nodes.cypher"))
                .bind(List.copyOf(byLabel.keySet()))
                .to("labels")
                .fetchAs(NodeRow.class)
                .mappedBy((types, r) -> new NodeRow(
                        r.get("labels").asList(Value::asString),
                        r.get("properties").asMap()))
                .all()) {
            Object id = row.properties().get("id");
            if (id == null) {
                skipped++; // the import format addresses every node by its id
                continue;
            }
            FileLayout layout = fileOf(row.labels(), byLabel);
            Set<String> kept = new TreeSet<>(row.labels());
            kept.removeIf(l -> !byLabel.containsKey(l) && !l.equals(DERIVED_LABEL));
            nodes.add(
                    new Node(layout, List.copyOf(kept), String.valueOf(plain(id)), columns(layout, row.properties())));
        }

        List<Edge> edges = new ArrayList<>();
        for (EdgeRow row : client.query(QueryFile.load("export/relationships.cypher"))
                .bind(List.copyOf(byType.keySet()))
                .to("types")
                .bind(List.copyOf(byLabel.keySet()))
                .to("labels")
                .fetchAs(EdgeRow.class)
                .mappedBy((types, r) -> new EdgeRow(
                        r.get("type").asString(),
                        r.get("properties").asMap(),
                        r.get("startId").asObject(),
                        r.get("startLabels").asList(Value::asString),
                        r.get("endId").asObject(),
                        r.get("endLabels").asList(Value::asString)))
                .all()) {
            Object id = row.properties().get("id");
            if (id == null || row.startId() == null || row.endId() == null) {
                skipped++;
                continue;
            }
            FileLayout layout = byType.get(row.type());
            edges.add(new Edge(
                    layout,
                    String.valueOf(plain(id)),
                    String.valueOf(plain(row.startId())),
                    fileOf(row.startLabels(), byLabel).name(),
                    String.valueOf(plain(row.endId())),
                    fileOf(row.endLabels(), byLabel).name(),
                    columns(layout, row.properties())));
        }

        nodes.sort(
                Comparator.comparingInt((Node n) -> files.indexOf(n.layout())).thenComparing(Node::id));
        edges.sort(Comparator.comparingInt((Edge e) -> files.indexOf(e.layout()))
                .thenComparing(Edge::id)
                .thenComparing(Edge::startId)
                .thenComparing(Edge::endId));
        return new Snapshot(List.copyOf(nodes), List.copyOf(edges), skipped);
    }

    /** The first of the node's labels in file order (a node with two labels of the model is written once). */
    private static FileLayout fileOf(List<String> labels, Map<String, FileLayout> byLabel) {
        return byLabel.values().stream()
                .filter(f -> labels.contains(f.name()))
                .findFirst()
                .orElseThrow();
    }

    /** The file's columns that the node or relationship has, in column order; other properties are not exported. */
    private static Map<String, Object> columns(FileLayout layout, Map<String, Object> properties) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String column : layout.columns()) {
            Object value = properties.get(column);
            if (!ENDS.contains(column) && value != null) {
                kept.put(column, plain(value));
            }
        }
        return kept;
    }

    /**
     * Text, whole numbers, decimals, booleans and lists of them stay as they are; anything else (a date or a
     * point set by hand) becomes its text, which every format can hold.
     */
    static Object plain(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(KnowledgeGraph::plain).toList();
        }
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        return String.valueOf(value);
    }
}
