package org.songbungraph.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a whole import folder against {@link ImportSchema} before anything is written, and reports every
 * problem, each as {@code file:line:column: message}.
 */
final class ImportCheck {

    /** One thing wrong, at a line and column of a file (column 0: the whole line or file). */
    record Problem(String file, long line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    private record PendingRef(Problem where, String label, String id) {
    }

    /**
     * The outcome for a folder: every problem found, and the data rows of each file whose header could be read,
     * in load order.
     */
    record Report(List<Problem> problems, Map<String, Long> rowsByFile) {
        int files() {
            return rowsByFile.size();
        }

        long rows() {
            return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean ok() {
            return problems.isEmpty();
        }

        /** The problems, one per line, capped so a wholly wrong file cannot flood the terminal. */
        String listing(int max) {
            StringBuilder out = new StringBuilder();
            problems.stream().limit(max).forEach(p -> out.append("  ").append(p).append('\n'));
            if (problems.size() > max) {
                out.append("  ... and ").append(problems.size() - max).append(" more (run `check` to see all)\n");
            }
            return out.toString();
        }
    }

    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Set<String>> idsByLabel = new HashMap<>();
    private final List<PendingRef> refs = new ArrayList<>();
    // For the check that a parent is older than their child, across persons.csv and child_of.csv.
    private final Map<String, Integer> birthYears = new HashMap<>();
    private final List<Parentage> parentage = new ArrayList<>();
    private final Map<String, Long> rowsByFile = new LinkedHashMap<>();

    private ImportCheck(Path dir) {
        this.dir = dir;
    }

    static Report run(Path dir, List<ImportSchema.FileSpec> specs) {
        ImportCheck check = new ImportCheck(dir);
        for (ImportSchema.FileSpec spec : specs) {
            check.file(spec);
        }
        check.resolveReferences();
        check.parentsOlderThanChildren();
        return new Report(List.copyOf(check.problems), Collections.unmodifiableMap(check.rowsByFile));
    }

    private void file(ImportSchema.FileSpec spec) {
        Path path = dir.resolve(spec.file());
        String name = dir.getFileName() + "/" + spec.file();
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(name, 0, 0, "file is missing"));
            return;
        }
        if (outsideTheFolder(path, name)) {
            return;
        }
        String text = decode(path, name);
        if (text == null) {
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header(spec, header, name)) {
                return;
            }
            rowsByFile.put(spec.file(), 0L);
            long linesRead = 1;
            for (CSVRecord record : parser) {
                rowsByFile.merge(spec.file(), 1L, Long::sum);
                long line = linesRead + 1;
                linesRead = parser.getCurrentLineNumber();
                row(spec, header, record, name, line);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(name, 0, 0, "cannot be read as CSV: " + e.getMessage()));
        }
    }

    /**
     * LOAD CSV follows symbolic links, so a link in the import folder could make a load read (and the graph then
     * show) any file the server can read. Only files that really live in the folder are loaded.
     */
    private boolean outsideTheFolder(Path path, String name) {
        try {
            if (path.toRealPath().startsWith(dir.toRealPath())) {
                return false;
            }
            problems.add(new Problem(name, 0, 0, "is a symbolic link to " + path.toRealPath()
                    + ", outside the import folder; copy the file in instead"));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, 0, "cannot be resolved: " + e.getMessage()));
        }
        return true;
    }

    private boolean header(ImportSchema.FileSpec spec, List<String> header, String name) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            if (!seen.add(header.get(i))) {
                problems.add(new Problem(name, 1, i + 1, "column '" + header.get(i) + "' appears twice"));
                ok = false;
            }
        }
        for (ImportSchema.Column column : spec.columns()) {
            if (column.required() && !header.contains(column.name())) {
                problems.add(new Problem(name, 1, 0, "missing column '" + column.name() + "'"));
                ok = false;
            }
        }
        return ok;
    }

    private void row(ImportSchema.FileSpec spec, List<String> header, CSVRecord record, String name, long line) {
        if (!record.isConsistent()) {
            problems.add(new Problem(name, line, 0, "has " + record.size() + " cells, the header has " + header.size()));
            return;
        }
        Map<String, Integer> years = new HashMap<>();
        for (ImportSchema.Column column : spec.columns()) {
            int index = header.indexOf(column.name());
            if (index < 0) {
                continue;
            }
            String value = record.get(index);
            Problem at = new Problem(name, line, index + 1, column.name());
            if (value.isEmpty()) {
                if (column.required()) {
                    problems.add(at(at, "is empty, but every row needs it"));
                }
                continue;
            }
            Integer year = cell(column.cell(), value, at, record, header);
            if (year != null) {
                years.put(column.name(), year);
            }
        }
        rememberLineage(spec, header, record, name, line, years);
        for (String[] pair : spec.ordered()) {
            Integer earlier = years.get(pair[0]);
            Integer later = years.get(pair[1]);
            if (earlier != null && later != null && later < earlier) {
                problems.add(new Problem(name, line, header.indexOf(pair[1]) + 1, pair[1] + ": " + later
                        + " is before " + pair[0] + " " + earlier));
            }
        }
    }

    /** Checks one cell; returns its value when it is a year, for the ordering checks. */
    private Integer cell(ImportSchema.Cell cell, String value, Problem at, CSVRecord record, List<String> header) {
        if (cell instanceof ImportSchema.Id id) {
            if (!idsByLabel.computeIfAbsent(id.label(), k -> new HashSet<>()).add(value)) {
                problems.add(at(at, "duplicate " + id.label() + " id '" + value + "'"));
            }
        } else if (cell instanceof ImportSchema.Enum e) {
            if (!e.values().contains(value)) {
                problems.add(at(at, "'" + value + "' is not one of " + sorted(e.values())));
            }
        } else if (cell instanceof ImportSchema.Year) {
            Long year = parseLong(value);
            if (year == null || year < 1800 || year > 2100) {
                problems.add(at(at, "'" + value + "' is not a year (1800-2100)"));
                return null;
            }
            return year.intValue();
        } else if (cell instanceof ImportSchema.Int i) {
            Long number = parseLong(value);
            if (number == null || number < i.min() || number > i.max()) {
                problems.add(at(at, "'" + value + "' is not a whole number from " + i.min() + " to " + i.max()));
            }
        } else if (cell instanceof ImportSchema.Decimal d) {
            Double number = parseDouble(value);
            if (number == null || number < d.min() || number > d.max()) {
                problems.add(at(at, "'" + value + "' is not a number from " + d.min() + " to " + d.max()));
            }
        } else if (cell instanceof ImportSchema.Bool) {
            if (!value.equals("true") && !value.equals("false")) {
                problems.add(at(at, "'" + value + "' is not true or false"));
            }
        } else if (cell instanceof ImportSchema.LabelOf l) {
            if (!l.labels().contains(value)) {
                problems.add(at(at, "'" + value + "' is not one of " + sorted(l.labels())));
            }
        } else if (cell instanceof ImportSchema.Ref r) {
            String label = r.label();
            if (r.labelColumn() != null) {
                int labelIndex = header.indexOf(r.labelColumn());
                label = labelIndex < 0 ? null : record.get(labelIndex);
            }
            if (label != null && !label.isEmpty()) {
                refs.add(new PendingRef(at, label, value));
            }
        } else if (cell instanceof ImportSchema.Refs r) {
            for (String id : value.split("\\|", -1)) {
                if (id.isBlank()) {
                    problems.add(at(at, "has an empty item in '" + value + "' (items are separated by a single '|')"));
                } else {
                    refs.add(new PendingRef(at, r.label(), id));
                }
            }
        }
        return null;
    }

    private record Parentage(Problem at, String child, String parent) {
    }

    private void rememberLineage(ImportSchema.FileSpec spec, List<String> header, CSVRecord record, String name,
            long line, Map<String, Integer> years) {
        if (spec.file().equals("persons.csv") && years.containsKey("birthYear") && header.contains("id")) {
            birthYears.put(record.get(header.indexOf("id")), years.get("birthYear"));
        }
        if (spec.file().equals("child_of.csv") && header.contains("startId") && header.contains("endId")) {
            int parentColumn = header.indexOf("endId");
            parentage.add(new Parentage(new Problem(name, line, parentColumn + 1, "endId"),
                    record.get(header.indexOf("startId")), record.get(parentColumn)));
        }
    }

    private void parentsOlderThanChildren() {
        for (Parentage p : parentage) {
            Integer child = birthYears.get(p.child());
            Integer parent = birthYears.get(p.parent());
            if (child != null && parent != null && parent >= child) {
                problems.add(at(p.at(), "parent " + p.parent() + " (born " + parent + ") is not older than child "
                        + p.child() + " (born " + child + ")"));
            }
        }
    }

    private void resolveReferences() {
        for (PendingRef ref : refs) {
            if (!idsByLabel.getOrDefault(ref.label(), Set.of()).contains(ref.id())) {
                problems.add(at(ref.where(), "no " + ref.label() + " has id '" + ref.id() + "'"));
            }
        }
    }

    private String decode(Path path, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(new Problem(name, 0, 0, "cannot be read: " + e.getMessage()));
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException bad) {
                        problems.add(new Problem(name, line, 0, "is not valid UTF-8; save the file as UTF-8"));
                    }
                    line++;
                    start = i + 1;
                }
            }
            return null;
        }
    }

    private static Problem at(Problem where, String message) {
        return new Problem(where.file(), where.line(), where.column(), where.message() + ": " + message);
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseDouble(String value) {
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
