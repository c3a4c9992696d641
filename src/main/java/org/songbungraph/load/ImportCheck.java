package org.songbungraph.load;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.songbungraph.digest.FileDigest;

/**
 * Checks a whole import folder against {@link ImportSchema} before anything is written, and reports every
 * problem, each as {@code file:line:column: message}.
 *
 * <p>Each file is streamed once: the same read decodes it, checks it and hashes it for the chain of custody.
 * Only the ids of each label (compactly, in {@link IdTable}) and persons' birth years outlive a file. Files are
 * read in an order where the files a file refers to come first, so a reference is settled when it is read;
 * only references to ids later in the same file wait for the end of that file.
 */
final class ImportCheck {

    /** One thing wrong, at a line and column of a file (column 0: the whole line or file). */
    record Problem(String file, long line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    /**
     * The outcome for a folder: every problem found, file by file in load order and line by line within a file;
     * the data rows of each file whose header could be read, in load order; and the SHA-256 and size of each
     * file read to its end; and the files with a row that spans lines (a quoted line break), which Neo4j's bulk
     * importer reads only when told to.
     */
    record Report(
            List<Problem> problems,
            Map<String, Long> rowsByFile,
            Map<String, FileDigest.Digest> digests,
            Set<String> multilineFiles) {
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

    /** A reference to an id of a label whose file is still being read. */
    private record PendingRef(String file, Problem where, String label, String id) {}

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path dir;
    private final Map<String, List<Problem>> problemsByFile = new HashMap<>();
    private final Map<String, IdTable> idsByLabel = new HashMap<>();
    // Per label, how many of the files that define its ids are still to be read.
    private final Map<String, Integer> unread = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final List<PendingRef> pending = new ArrayList<>();
    // Persons' birth years, kept beside their ids, for the check that a parent is older than their child.
    private IdTable birthYears;
    private Integer emptyIdBirthYear;
    private final Map<String, Long> rowsByFile = new HashMap<>();
    private final Map<String, FileDigest.Digest> digests = new HashMap<>();
    private final Set<String> multilineFiles = new HashSet<>();

    // The file being read.
    private String file;
    private String name;
    private List<Problem> found;

    private ImportCheck(Path dir, List<ImportSchema.FileSpec> specs) {
        this.dir = dir;
        for (ImportSchema.FileSpec spec : specs) {
            defined(spec).forEach(label -> unread.merge(label, 1, Integer::sum));
            referenced.addAll(referencedBy(spec));
        }
    }

    static Report run(Path dir, List<ImportSchema.FileSpec> specs) {
        ImportCheck check = new ImportCheck(dir, specs);
        for (ImportSchema.FileSpec spec : readingOrder(specs)) {
            check.file(spec);
            check.finished(spec);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, FileDigest.Digest> digests = new LinkedHashMap<>();
        for (ImportSchema.FileSpec spec : specs) {
            List<Problem> ofFile = check.problemsByFile.get(spec.file());
            ofFile.sort(Comparator.comparingLong(Problem::line));
            problems.addAll(ofFile);
            if (check.rowsByFile.containsKey(spec.file())) {
                rows.put(spec.file(), check.rowsByFile.get(spec.file()));
            }
            if (check.digests.containsKey(spec.file())) {
                digests.put(spec.file(), check.digests.get(spec.file()));
            }
        }
        return new Report(
                List.copyOf(problems),
                Collections.unmodifiableMap(rows),
                Collections.unmodifiableMap(digests),
                Set.copyOf(check.multilineFiles));
    }

    /**
     * The specs in load order, except that a file comes after every other file defining a label it refers to
     * (and child_of.csv after persons.csv, for birth years). A cycle, which the shipped format has none of, is
     * broken in load order; its references then wait until their label's files are all read.
     */
    static List<ImportSchema.FileSpec> readingOrder(List<ImportSchema.FileSpec> specs) {
        List<ImportSchema.FileSpec> left = new ArrayList<>(specs);
        List<ImportSchema.FileSpec> order = new ArrayList<>();
        while (!left.isEmpty()) {
            ImportSchema.FileSpec next = left.stream()
                    .filter(spec -> left.stream().noneMatch(other -> other != spec && needs(spec, other)))
                    .findFirst()
                    .orElse(left.get(0));
            left.remove(next);
            order.add(next);
        }
        return order;
    }

    private static boolean needs(ImportSchema.FileSpec spec, ImportSchema.FileSpec other) {
        if (spec.file().equals("child_of.csv") && other.file().equals("persons.csv")) {
            return true;
        }
        Set<String> wanted = referencedBy(spec);
        return defined(other).stream().anyMatch(wanted::contains);
    }

    private static Set<String> defined(ImportSchema.FileSpec spec) {
        Set<String> labels = new HashSet<>();
        for (ImportSchema.Column column : spec.columns()) {
            if (column.cell() instanceof ImportSchema.Id id) {
                labels.add(id.label());
            }
        }
        return labels;
    }

    private static Set<String> referencedBy(ImportSchema.FileSpec spec) {
        Set<String> labels = new HashSet<>();
        for (ImportSchema.Column column : spec.columns()) {
            if (column.cell() instanceof ImportSchema.Ref r && r.label() != null) {
                labels.add(r.label());
            } else if (column.cell() instanceof ImportSchema.Refs r) {
                labels.add(r.label());
            } else if (column.cell() instanceof ImportSchema.LabelOf l) {
                labels.addAll(l.labels());
            }
        }
        return labels;
    }

    private void file(ImportSchema.FileSpec spec) {
        file = spec.file();
        name = dir.getFileName() + "/" + spec.file();
        found = new ArrayList<>();
        problemsByFile.put(file, found);
        Path path = dir.resolve(spec.file());
        if (!Files.isRegularFile(path)) {
            found.add(new Problem(name, 0, 0, "file is missing"));
            return;
        }
        if (outsideTheFolder(path)) {
            return;
        }
        Map<String, Integer> marks = new HashMap<>();
        defined(spec).forEach(label -> marks.put(label, table(label).mark()));
        int pendingBefore = pending.size();
        Integer emptyBefore = emptyIdBirthYear;
        try (FileDigest.Hashing bytes = FileDigest.hashing(Files.newInputStream(path));
                Reader text = new BufferedReader(new InputStreamReader(bytes, strictUtf8()), 1 << 16)) {
            skipByteOrderMark(text);
            try {
                parse(spec, text);
            } catch (IOException | RuntimeException e) {
                if (codingError(e) != null) {
                    throw codingError(e);
                }
                found.add(new Problem(name, 0, 0, "cannot be read as CSV: " + e.getMessage()));
            }
            // The rest of the file after a CSV error still has to be valid UTF-8, and is part of the hash.
            text.transferTo(Writer.nullWriter());
            digests.put(file, bytes.digest());
        } catch (IOException e) {
            // As if the file had not been read: what it added must not hide or cause other problems.
            found.clear();
            pending.subList(pendingBefore, pending.size()).clear();
            marks.forEach((label, mark) -> idsByLabel.get(label).truncate(mark));
            emptyIdBirthYear = emptyBefore;
            rowsByFile.remove(file);
            if (e instanceof CharacterCodingException) {
                found.addAll(badUtf8Lines(path));
            } else {
                found.add(new Problem(name, 0, 0, "cannot be read: " + e.getMessage()));
            }
        }
    }

    /** After a file: references waiting for labels now fully read are settled; unreferenced ids are let go. */
    private void finished(ImportSchema.FileSpec spec) {
        defined(spec).forEach(label -> unread.merge(label, -1, Integer::sum));
        List<PendingRef> waiting = new ArrayList<>(pending);
        pending.clear();
        for (PendingRef ref : waiting) {
            if (unread.getOrDefault(ref.label(), 0) > 0) {
                pending.add(ref);
            } else if (!table(ref.label()).contains(ref.id())) {
                problemsByFile.get(ref.file()).add(at(ref.where(), "no " + ref.label() + " has id '" + ref.id() + "'"));
            }
        }
        for (String label : defined(spec)) {
            if (unread.get(label) == 0 && !referenced.contains(label) && idsByLabel.get(label) != birthYears) {
                idsByLabel.remove(label);
            }
        }
    }

    private void parse(ImportSchema.FileSpec spec, Reader text) throws IOException {
        // Not closed here: closing the parser would close the reader, whose rest is still to be read.
        CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
        List<String> header = parser.getHeaderNames();
        if (!header(spec, header)) {
            return;
        }
        Layout layout = new Layout(spec, header);
        long rows = 0;
        long lastStart = 1;
        try (RowFeed feed = RowFeed.start(parser, file)) {
            for (RowFeed.Batch batch = feed.next(); batch != null; batch = feed.next()) {
                for (int i = 0; i < batch.size; i++) {
                    rows++;
                    // A row starting more than one line after the one before: that one held a line break.
                    if (batch.lines[i] > lastStart + 1) {
                        multilineFiles.add(file);
                    }
                    lastStart = batch.lines[i];
                    row(spec, layout, batch.records[i], batch.lines[i]);
                }
                if (batch.failure != null) {
                    RowFeed.rethrow(batch.failure);
                }
            }
            // The parser has ended (the feed handed over its last batch), so its line count is final.
            if (parser.getCurrentLineNumber() > lastStart) {
                multilineFiles.add(file);
            }
        } finally {
            // Rows before a CSV error count, as they did when the whole file was parsed at once.
            rowsByFile.put(file, rows);
        }
    }

    /** Where each column of the spec is in this file's header, worked out once per file instead of per cell. */
    private static final class Layout {
        final List<String> header;
        final int[] index;
        final int[] labelIndex;
        final int[][] ordered;

        Layout(ImportSchema.FileSpec spec, List<String> header) {
            this.header = header;
            List<ImportSchema.Column> columns = spec.columns();
            index = new int[columns.size()];
            labelIndex = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                index[c] = header.indexOf(columns.get(c).name());
                labelIndex[c] = columns.get(c).cell() instanceof ImportSchema.Ref r && r.labelColumn() != null
                        ? header.indexOf(r.labelColumn())
                        : -1;
            }
            ordered = new int[spec.ordered().size()][];
            for (int o = 0; o < ordered.length; o++) {
                String[] pair = spec.ordered().get(o);
                ordered[o] = new int[] {position(columns, pair[0]), position(columns, pair[1])};
            }
        }

        private static int position(List<ImportSchema.Column> columns, String name) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).name().equals(name)) {
                    return c;
                }
            }
            return -1;
        }
    }

    /**
     * LOAD CSV follows symbolic links, so a link in the import folder could make a load read (and the graph then
     * show) any file the server can read. Only files that really live in the folder are loaded.
     */
    private boolean outsideTheFolder(Path path) {
        try {
            if (path.toRealPath().startsWith(dir.toRealPath())) {
                return false;
            }
            found.add(new Problem(
                    name,
                    0,
                    0,
                    "is a symbolic link to " + path.toRealPath()
                            + ", outside the import folder; copy the file in instead"));
        } catch (IOException e) {
            found.add(new Problem(name, 0, 0, "cannot be resolved: " + e.getMessage()));
        }
        return true;
    }

    private boolean header(ImportSchema.FileSpec spec, List<String> header) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            if (!seen.add(header.get(i))) {
                found.add(new Problem(name, 1, i + 1, "column '" + header.get(i) + "' appears twice"));
                ok = false;
            }
        }
        for (ImportSchema.Column column : spec.columns()) {
            if (column.required() && !header.contains(column.name())) {
                found.add(new Problem(name, 1, 0, "missing column '" + column.name() + "'"));
                ok = false;
            }
        }
        return ok;
    }

    private void row(ImportSchema.FileSpec spec, Layout layout, CSVRecord record, long line) {
        if (!record.isConsistent()) {
            found.add(new Problem(
                    name, line, 0, "has " + record.size() + " cells, the header has " + layout.header.size()));
            return;
        }
        List<ImportSchema.Column> columns = spec.columns();
        Integer[] years = new Integer[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int index = layout.index[c];
            if (index < 0) {
                continue;
            }
            ImportSchema.Column column = columns.get(c);
            String value = record.get(index);
            if (value.isEmpty()) {
                if (column.required()) {
                    found.add(new Problem(name, line, index + 1, column.name() + ": is empty, but every row needs it"));
                }
                continue;
            }
            years[c] = cell(column, value, line, index + 1, record, layout.labelIndex[c]);
        }
        rememberLineage(spec, layout, record, line, years);
        for (int[] pair : layout.ordered) {
            Integer earlier = pair[0] < 0 ? null : years[pair[0]];
            Integer later = pair[1] < 0 ? null : years[pair[1]];
            if (earlier != null && later != null && later < earlier) {
                String laterName = columns.get(pair[1]).name();
                found.add(new Problem(
                        name,
                        line,
                        layout.index[pair[1]] + 1,
                        laterName + ": " + later + " is before "
                                + columns.get(pair[0]).name() + " " + earlier));
            }
        }
    }

    /** Checks one cell; returns its value when it is a year, for the ordering checks. */
    private Integer cell(
            ImportSchema.Column column, String value, long line, int index, CSVRecord record, int labelIndex) {
        ImportSchema.Cell cell = column.cell();
        Problem at = new Problem(name, line, index, column.name());
        if (cell instanceof ImportSchema.Id id) {
            if (table(id.label()).add(value) < 0) {
                problem(at, "duplicate " + id.label() + " id '" + value + "'");
            }
        } else if (cell instanceof ImportSchema.Enum e) {
            if (!e.values().contains(value)) {
                problem(at, "'" + value + "' is not one of " + sorted(e.values()));
            }
        } else if (cell instanceof ImportSchema.Year) {
            Long year = parseLong(value);
            if (year == null || year < 1800 || year > 2100) {
                problem(at, "'" + value + "' is not a year (1800-2100)");
                return null;
            }
            return year.intValue();
        } else if (cell instanceof ImportSchema.Int i) {
            Long number = parseLong(value);
            if (number == null || number < i.min() || number > i.max()) {
                problem(at, "'" + value + "' is not a whole number from " + i.min() + " to " + i.max());
            }
        } else if (cell instanceof ImportSchema.Decimal d) {
            Double number = parseDouble(value);
            if (number == null || number < d.min() || number > d.max()) {
                problem(at, "'" + value + "' is not a number from " + d.min() + " to " + d.max());
            }
        } else if (cell instanceof ImportSchema.Bool) {
            if (!value.equals("true") && !value.equals("false")) {
                problem(at, "'" + value + "' is not true or false");
            }
        } else if (cell instanceof ImportSchema.LabelOf l) {
            if (!l.labels().contains(value)) {
                problem(at, "'" + value + "' is not one of " + sorted(l.labels()));
            }
        } else if (cell instanceof ImportSchema.Ref r) {
            String label = r.labelColumn() == null ? r.label() : labelIndex < 0 ? null : record.get(labelIndex);
            if (label != null && !label.isEmpty()) {
                reference(at, label, value);
            }
        } else if (cell instanceof ImportSchema.Refs r) {
            if (value.indexOf('|') < 0 && !value.isBlank()) {
                reference(at, r.label(), value);
                return null;
            }
            for (String id : value.split("\\|", -1)) {
                if (id.isBlank()) {
                    problem(at, "has an empty item in '" + value + "' (items are separated by a single '|')");
                } else {
                    reference(at, r.label(), id);
                }
            }
        }
        return null;
    }

    /** Settles a reference now when its label's files are all read or the id is already known; else later. */
    private void reference(Problem at, String label, String id) {
        IdTable ids = idsByLabel.get(label);
        if (ids != null && ids.contains(id)) {
            return;
        }
        if (unread.getOrDefault(label, 0) > 0) {
            pending.add(new PendingRef(file, at, label, id));
        } else {
            problem(at, "no " + label + " has id '" + id + "'");
        }
    }

    private void rememberLineage(
            ImportSchema.FileSpec spec, Layout layout, CSVRecord record, long line, Integer[] years) {
        List<String> header = layout.header;
        if (spec.file().equals("persons.csv") && header.contains("id")) {
            Integer year = yearOf(spec, years, "birthYear");
            if (year != null) {
                String id = record.get(header.indexOf("id"));
                if (id.isEmpty()) {
                    emptyIdBirthYear = year;
                } else {
                    IdTable lineage = lineage(spec);
                    int entry = lineage.find(id);
                    lineage.year(entry >= 0 ? entry : lineage.add(id), year);
                }
            }
        }
        if (spec.file().equals("child_of.csv") && header.contains("startId") && header.contains("endId")) {
            int parentColumn = header.indexOf("endId");
            String child = record.get(header.indexOf("startId"));
            String parent = record.get(parentColumn);
            Integer childBorn = bornIn(child);
            Integer parentBorn = bornIn(parent);
            if (childBorn != null && parentBorn != null && parentBorn >= childBorn) {
                found.add(new Problem(
                        name,
                        line,
                        parentColumn + 1,
                        "endId: parent " + parent + " (born " + parentBorn + ") is not older than child " + child
                                + " (born " + childBorn + ")"));
            }
        }
    }

    private static Integer yearOf(ImportSchema.FileSpec spec, Integer[] years, String column) {
        for (int c = 0; c < spec.columns().size(); c++) {
            if (spec.columns().get(c).name().equals(column)) {
                return years[c];
            }
        }
        return null;
    }

    /** Birth years live beside the persons' ids when persons.csv defines them, so ids are not stored twice. */
    private IdTable lineage(ImportSchema.FileSpec persons) {
        if (birthYears == null) {
            birthYears = persons.columns().stream()
                    .filter(c -> c.name().equals("id") && c.cell() instanceof ImportSchema.Id)
                    .map(c -> table(((ImportSchema.Id) c.cell()).label()))
                    .findFirst()
                    .orElseGet(IdTable::new);
        }
        return birthYears;
    }

    private Integer bornIn(String person) {
        if (person.isEmpty()) {
            return emptyIdBirthYear;
        }
        int entry = birthYears == null ? -1 : birthYears.find(person);
        return entry < 0 ? null : birthYears.year(entry);
    }

    private IdTable table(String label) {
        return idsByLabel.computeIfAbsent(label, k -> new IdTable());
    }

    private void problem(Problem at, String message) {
        found.add(at(at, message));
    }

    private static void skipByteOrderMark(Reader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The decoding error behind a parse failure, if that is what it was (the CSV parser wraps it). */
    private static CharacterCodingException codingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException coding) {
                return coding;
            }
        }
        return null;
    }

    /** Every line of a file that is not valid UTF-8; read again, as only a file that has such lines gets here. */
    private List<Problem> badUtf8Lines(Path path) {
        List<Problem> bad = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long number = 1;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        if (!validUtf8(line)) {
                            bad.add(new Problem(name, number, 0, "is not valid UTF-8; save the file as UTF-8"));
                        }
                        line.reset();
                        number++;
                        start = i + 1;
                    }
                }
                line.write(buffer, start, n - start);
            }
            if (!validUtf8(line)) {
                bad.add(new Problem(name, number, 0, "is not valid UTF-8; save the file as UTF-8"));
            }
        } catch (IOException e) {
            bad.add(new Problem(name, 0, 0, "cannot be read: " + e.getMessage()));
        }
        return bad;
    }

    private static boolean validUtf8(ByteArrayOutputStream line) {
        try {
            strictUtf8().decode(ByteBuffer.wrap(line.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
