package org.songbungraph.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.songbungraph.support.TestNeo4j;

/** A copy of the shipped CSV files that a test may break, read and written as rows of cells. */
final class ImportCopy {

    final Path dir;

    private ImportCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies the shipped CSV files into {@code parent}/import. */
    static ImportCopy of(Path parent) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("import"));
        try (Stream<Path> files = Files.list(TestNeo4j.IMPORT_DIR)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return new ImportCopy(dir);
    }

    /** The index of the row whose first cell is {@code id} (0 is the header). */
    static int indexOf(List<List<String>> rows, String id) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    List<List<String>> read(String file) throws IOException {
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            for (CSVRecord r : parser) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        return rows;
    }

    // The shipped cells hold no line breaks, so row i (0: the header) is on line i + 1.
    void write(String file, List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Files.writeString(dir.resolve(file), out.toString(), StandardCharsets.UTF_8);
    }

    /** Sets one cell of the row with this id, adding the column to the header when the file lacks it. */
    int set(String file, String id, String column, String value) throws IOException {
        List<List<String>> rows = read(file);
        int at = rows.get(0).indexOf(column);
        if (at < 0) {
            rows.get(0).add(column);
            rows.subList(1, rows.size()).forEach(r -> r.add(""));
            at = rows.get(0).size() - 1;
        }
        int row = indexOf(rows, id);
        rows.get(row).set(at, value);
        write(file, rows);
        return row + 1;
    }
}
