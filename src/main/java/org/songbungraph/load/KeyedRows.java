package org.songbungraph.load;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.songbungraph.search.SearchKeys;

/**
 * Stages the rows of a searchable node file for Neo4j's importer with three more columns, the node's search keys,
 * so that {@code load --bulk} needs no pass over the store afterwards to write them (105 s at 1M people). The keys
 * come from {@link SearchKeys#of}, the function the pass itself uses, so the pass that still runs after the import
 * finds every key current and writes none; a key it does rewrite would show a difference between the two.
 */
final class KeyedRows {

    /** The importer columns added to a searchable node file's typed header, in the order the rows carry them. */
    static final List<String> KEY_COLUMNS =
            List.of("searchWords:string", "searchSkeletons:string", "searchKeysOf:string");

    private static final CSVFormat READ =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    // The importer reads "" as an empty string (then ignored, as --ignore-empty-strings says) and doubled quotes
    // inside quotes as one, as RFC 4180 writes them.
    private static final CSVFormat WRITE =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private KeyedRows() {}

    /** Whether this input gets key columns: nodes of a label search finds. */
    static boolean applies(BulkPlan.Input input) {
        return input.nodes() && SearchKeys.SEARCHABLE_LABELS.contains(input.labelOrType());
    }

    /** The input's typed header with the key columns after its own. */
    static List<String> header(BulkPlan.Input input) {
        List<String> header = new ArrayList<>(input.header());
        header.addAll(KEY_COLUMNS);
        return List.copyOf(header);
    }

    /**
     * Writes {@code csv}'s rows without its header line, each with its keys made from the cells the input stores as
     * name, nameKo, protection and witnessCode (an empty cell is no value, as the importer is told to read it).
     */
    static void stage(BulkPlan.Input input, Path csv, Path body) throws IOException {
        int name = column(input, "name");
        int nameKo = column(input, "nameKo");
        int protection = column(input, "protection");
        int witnessCode = column(input, "witnessCode");
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser rows = CSVParser.parse(in, READ);
                BufferedWriter out = Files.newBufferedWriter(
                        body, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (CSVRecord row : rows) {
                SearchKeys.Keys keys = SearchKeys.of(
                        input.labelOrType(),
                        cell(row, name),
                        cell(row, nameKo),
                        cell(row, protection),
                        cell(row, witnessCode));
                List<String> cells = new ArrayList<>(row.size() + 3);
                row.forEach(cells::add);
                cells.add(keys.words());
                cells.add(keys.skeletons());
                cells.add(keys.keysOf());
                printer.printRecord(cells);
            }
        }
    }

    /** The CSV column the importer stores as {@code property}, or -1 when the file has none. */
    private static int column(BulkPlan.Input input, String property) {
        List<String> header = input.header();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(property + ":")) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(CSVRecord row, int column) {
        if (column < 0 || column >= row.size()) {
            return null;
        }
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }
}
