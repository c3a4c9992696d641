package org.songbungraph.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.songbungraph.load.ImportLayout;
import org.songbungraph.load.ImportLayout.FileLayout;

/**
 * Every file of the import format, open for writing at once, so rows are streamed out as they are made.
 * Headers and column order come from {@link ImportLayout}, as `export` writes them.
 */
final class ImportFiles implements Closeable {

    // RFC 4180 quoting with LF line endings, like the shipped files and `export`.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Map<String, Sheet> sheets = new LinkedHashMap<>();

    ImportFiles(Path dir) throws IOException {
        try {
            for (FileLayout layout : ImportLayout.files()) {
                sheets.put(layout.file(), new Sheet(layout, dir.resolve(layout.file())));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    Sheet sheet(String file) {
        Sheet sheet = sheets.get(file);
        if (sheet == null) {
            throw new IllegalArgumentException("the import format has no file " + file);
        }
        return sheet;
    }

    /** A generated node row, synthetic and citing the generator, for the caller to finish and write. */
    Sheet node(String file, String id, String name) {
        return sheet(file)
                .set("id", id)
                .set("name", name)
                .set("synthetic", "true")
                .set("sources", ReferenceRows.SOURCE);
    }

    /**
     * A generated relationship row with the next id of its type, {@code R-<code>-SYN-G} and nine digits. Its
     * credibility is 6 (cannot be judged), as the grade rule asks of every fact resting only on synthetic sources,
     * so that no credibility filter returns invented facts.
     */
    Sheet relationship(String file, String code, String startId, String endId) {
        Sheet sheet = sheet(file);
        return sheet.set("id", "R-" + code + "-SYN-G" + pad(sheet.rows + 1, 9))
                .set("startId", startId)
                .set("endId", endId)
                .set("credibility", "6")
                .set("sources", ReferenceRows.SOURCE);
    }

    /** As {@link #relationship}, for the types whose endpoints name their labels. */
    Sheet relationship(String file, String code, String startId, String startLabel, String endId, String endLabel) {
        return relationship(file, code, startId, endId)
                .set("startLabel", startLabel)
                .set("endLabel", endLabel);
    }

    /** {@code n} in at least {@code width} digits, without String.format's cost on millions of ids. */
    static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    List<Path> paths() {
        return sheets.values().stream().map(s -> s.path).toList();
    }

    /** Data rows written to each file, in load order. */
    Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        sheets.forEach((file, sheet) -> rows.put(file, sheet.rows));
        return rows;
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (Sheet sheet : sheets.values()) {
            try {
                sheet.printer.close(true);
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IOException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** One file: a row is filled cell by cell with {@link #set} and written by {@link #write}. */
    static final class Sheet {
        private final FileLayout layout;
        private final Path path;
        private final CSVPrinter printer;
        private final Map<String, Integer> index = new HashMap<>();
        private final String[] cells;
        private long rows;

        private Sheet(FileLayout layout, Path path) throws IOException {
            this.layout = layout;
            this.path = path;
            for (int i = 0; i < layout.columns().size(); i++) {
                index.put(layout.columns().get(i), i);
            }
            this.cells = new String[layout.columns().size()];
            Arrays.fill(cells, "");
            BufferedWriter out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(layout.columns());
        }

        FileLayout layout() {
            return layout;
        }

        boolean has(String column) {
            return index.containsKey(column);
        }

        /** Rows written so far; the next row is number {@code rows() + 1}. */
        long rows() {
            return rows;
        }

        Sheet set(String column, String value) {
            Integer at = index.get(column);
            if (at == null) {
                throw new IllegalArgumentException(layout.file() + " has no column " + column);
            }
            cells[at] = value == null ? "" : value;
            return this;
        }

        Sheet set(String column, int value) {
            return set(column, Integer.toString(value));
        }

        void write() {
            try {
                printer.printRecord((Object[]) cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Arrays.fill(cells, "");
            rows++;
        }
    }
}
