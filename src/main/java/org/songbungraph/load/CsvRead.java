package org.songbungraph.load;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV file a load statement reads, and how many rows each of its inner transactions takes, read from the
 * statement's own text.
 *
 * @param file the file name under the import folder, as in {@code LOAD CSV ... FROM 'file:///persons.csv'}
 * @param batchRows rows per inner transaction; empty when the statement runs as one transaction or the batch size
 *                  is not a literal number
 */
record CsvRead(String file, OptionalLong batchRows) {

    private static final Pattern LOAD_CSV = Pattern.compile(
            "\\bLOAD\\s+CSV\\s+(?:WITH\\s+HEADERS\\s+)?FROM\\s+(['\"])file:///([^'\"]+)\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_TRANSACTIONS = Pattern.compile(
            "\\bIN\\s+(?:(?:\\d+\\s+)?CONCURRENT\\s+)?TRANSACTIONS\\b(?:\\s+OF\\s+(\\S+)\\s+ROWS?\\b)?",
            Pattern.CASE_INSENSITIVE);

    /** Neo4j's batch size for {@code IN TRANSACTIONS} without {@code OF n ROWS}. */
    static final long DEFAULT_BATCH_ROWS = 1000;

    static Optional<CsvRead> in(String statement) {
        Matcher csv = LOAD_CSV.matcher(statement);
        if (!csv.find()) {
            return Optional.empty();
        }
        return Optional.of(new CsvRead(csv.group(2), batchRows(statement)));
    }

    private static OptionalLong batchRows(String statement) {
        Matcher batches = IN_TRANSACTIONS.matcher(statement);
        if (!batches.find()) {
            return OptionalLong.empty();
        }
        String size = batches.group(1);
        if (size == null) {
            return OptionalLong.of(DEFAULT_BATCH_ROWS);
        }
        try {
            long rows = Long.parseLong(size);
            return rows > 0 ? OptionalLong.of(rows) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // a parameter or an expression: the size is only known to the server
        }
    }
}
