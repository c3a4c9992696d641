package org.songbungraph.export;

import java.util.List;
import java.util.Map;
import org.songbungraph.load.ImportLayout.FileLayout;

/**
 * The knowledge graph as an export writes it: every node and relationship with the properties of its import
 * file, in a fixed order (by file, then id), so that the same graph always gives the same bytes.
 */
record Snapshot(List<Node> nodes, List<Edge> edges, int skipped) {

    /**
     * A node under its import file. {@code properties} hold the file's columns other than id, in column order,
     * with absent properties left out; {@code labels} are its labels within the model, sorted.
     */
    record Node(FileLayout layout, List<String> labels, String id, Map<String, Object> properties) {}

    /** A relationship under its import file; the labels are those that pick its ends in the import format. */
    record Edge(
            FileLayout layout,
            String id,
            String startId,
            String startLabel,
            String endId,
            String endLabel,
            Map<String, Object> properties) {}

    List<Node> nodes(FileLayout layout) {
        return nodes.stream().filter(n -> n.layout().equals(layout)).toList();
    }

    List<Edge> edges(FileLayout layout) {
        return edges.stream().filter(e -> e.layout().equals(layout)).toList();
    }
}
