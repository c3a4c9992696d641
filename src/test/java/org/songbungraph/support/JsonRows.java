package org.songbungraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reading a command's --format json output (an array of row objects) in assertions. */
public final class JsonRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRows() {}

    public static JsonNode parse(String output) {
        try {
            return JSON.readTree(output);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + output, e);
        }
    }

    /** The first row whose column holds this text. */
    public static JsonNode row(JsonNode rows, String column, String value) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.path(column).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " " + value + " in " + rows));
    }

    /** The column's text in every row (or every element of an array of objects), in order. */
    public static List<String> column(JsonNode rows, String column) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(r -> r.path(column).asText())
                .toList();
    }
}
