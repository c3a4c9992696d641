package org.songbungraph.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.songbungraph.export.Snapshot.Edge;
import org.songbungraph.export.Snapshot.Node;
import org.songbungraph.load.ImportLayout;
import org.songbungraph.load.ImportLayout.FileLayout;

/**
 * The import/ format, the inverse of the load scripts: one file per label and relationship type with the
 * shipped headers, `|` between list items, true/false, plain digits, an empty cell for an absent property.
 */
final class CsvExport {

    // RFC 4180 quoting, but LF line endings like the shipped files.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvExport() {}

    static List<Path> write(Snapshot snapshot, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (FileLayout layout : ImportLayout.files()) {
            Path file = dir.resolve(layout.file());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
                csv.printRecord(layout.columns());
                if (layout.relationship()) {
                    for (Edge edge : snapshot.edges(layout)) {
                        csv.printRecord(layout.columns().stream()
                                .map(c -> cell(edge, c))
                                .toList());
                    }
                } else {
                    for (Node node : snapshot.nodes(layout)) {
                        csv.printRecord(layout.columns().stream()
                                .map(c -> c.equals("id")
                                        ? node.id()
                                        : format(node.properties().get(c)))
                                .toList());
                    }
                }
            }
            written.add(file);
        }
        return written;
    }

    private static String cell(Edge edge, String column) {
        return switch (column) {
            case "id" -> edge.id();
            case "startId" -> edge.startId();
            case "endId" -> edge.endId();
            case "startLabel" -> edge.startLabel();
            case "endLabel" -> edge.endLabel();
            default -> format(edge.properties().get(column));
        };
    }

    /** A property as the load script reads it back: split(…, '|'), toBoolean, toInteger, toFloat. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CsvExport::format).collect(Collectors.joining("|"));
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            // 0.28 stays 0.28 and 30.0 is written 30, whatever the JVM's default number formatting.
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
