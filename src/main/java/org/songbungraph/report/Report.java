package org.songbungraph.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;

/**
 * A command result made of several tables (a cohort table and the claims beside it, a market's traders and
 * raids): as text the tables follow one another under their titles; as JSON they become one object whose
 * keys hold the rows, next to any plain fields. CSV has no place for several tables, so a command prints
 * one chosen table as CSV itself.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Section(String key, String title, Table table) {}

    // Fields and tables in the order given, which is the order of the JSON keys.
    private final Map<String, Object> entries = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    /** A value that only JSON shows, such as the id and name the report is about. */
    public Report field(String key, Object value) {
        entries.put(key, value);
        return this;
    }

    /** A table, printed under {@code title} (none when null) and kept under {@code key} in JSON. */
    public Report section(String key, String title, Table table) {
        entries.put(key, table);
        sections.add(new Section(key, title, table));
        return this;
    }

    /** Table or JSON; the caller must redact the result like any other output. */
    public String render(OutputFormat format) {
        if (format == OutputFormat.CSV) {
            throw new IllegalArgumentException("A report has several tables; render the one meant for CSV instead.");
        }
        return format == OutputFormat.JSON ? json() : text();
    }

    private String text() {
        List<String> parts = new ArrayList<>();
        for (Section section : sections) {
            String body = section.table().render(OutputFormat.TABLE);
            parts.add(section.title() == null ? body : section.title() + "\n" + body);
        }
        return String.join("\n\n", parts);
    }

    private String json() {
        Map<String, Object> object = new LinkedHashMap<>();
        entries.forEach((key, value) -> object.put(key, value instanceof Table table ? records(table) : value));
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list cell: joined with "; " for people; a list for JSON, and for CSV, which joins it with '|' as the import files do. */
    public static Object list(List<?> values, OutputFormat format) {
        if (format != OutputFormat.TABLE || values == null) {
            return values;
        }
        return String.join("; ", values.stream().map(String::valueOf).toList());
    }

    /** Rows as objects keyed by column, the same shape Table gives a single-table JSON result. */
    public static List<Map<String, Object>> records(Table table) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                record.put(table.columns().get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }
}
