package org.songbungraph.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.shell.table.ArrayTableModel;
import org.springframework.shell.table.BorderStyle;
import org.springframework.shell.table.TableBuilder;

/**
 * A result as named columns and rows of plain Java values (strings, numbers, booleans, lists, maps),
 * printable as a table for people or as JSON or CSV for scripts.
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int WIDTH = 160;

    /** The rendered result, without a final line break: the shell adds one when it prints a result. */
    public String render(OutputFormat format) {
        String text = switch (format) {
            case TABLE -> table();
            case JSON -> json();
            case CSV -> csv();
        };
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private String table() {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        Object[][] cells = new Object[rows.size() + 1][];
        cells[0] = columns.toArray();
        for (int i = 0; i < rows.size(); i++) {
            cells[i + 1] = rows.get(i).stream().map(Table::text).toArray();
        }
        TableBuilder builder = new TableBuilder(new ArrayTableModel(cells));
        builder.addHeaderAndVerticalsBorders(BorderStyle.fancy_light);
        return builder.build().render(WIDTH) + rows.size() + (rows.size() == 1 ? " row\n" : " rows\n");
    }

    private String json() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i), row.get(i));
            }
            records.add(record);
        }
        try {
            return JSON.writeValueAsString(records) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(columns);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Table::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Lists use the same '|' separator as the import CSVs; maps are written as JSON. */
    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list && list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map || value instanceof List) {
            try {
                return JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
