package org.songbungraph.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songbungraph.export.Snapshot.Edge;
import org.songbungraph.export.Snapshot.Node;

/** One JSON document with every node and relationship, indented with LF whatever the platform. */
final class JsonExport {

    static final String FILE = "graph.json";

    private JsonExport() {}

    static List<Path> write(Snapshot snapshot, Path dir, boolean redacted) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "songbun-graph export");
        document.put("redacted", redacted);
        document.put("nodeCount", snapshot.nodes().size());
        document.put("relationshipCount", snapshot.edges().size());
        document.put("nodes", snapshot.nodes().stream().map(JsonExport::node).toList());
        document.put(
                "relationships", snapshot.edges().stream().map(JsonExport::edge).toList());

        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentObjectsWith(lf);
        printer.indentArraysWith(lf);
        Path file = dir.resolve(FILE);
        Files.writeString(
                file, new ObjectMapper().writer(printer).writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        return List.of(file);
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.id());
        json.put("labels", node.labels());
        json.put("properties", node.properties());
        return json;
    }

    private static Map<String, Object> edge(Edge edge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", edge.id());
        json.put("type", edge.layout().name());
        json.put("startId", edge.startId());
        json.put("endId", edge.endId());
        json.put("properties", edge.properties());
        return json;
    }
}
