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
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.songbungraph.digest.FileDigest;
import org.songbungraph.protection.Vault;
import org.songbungraph.shell.SongbunException;

/**
 * Checks a whole import folder against {@link ImportSchema} before anything is written, and reports every
 * problem, each as {@code file:line:column: message}.
 *
 * <p>Every rule comes from the schema: the cells of each column, the rules within a row, and the rules across
 * files (references that must exist, ids unique across a scope, a birth order, relationships without cycles).
 * Nothing here knows a file by its name.
 *
 * <p>Each file is streamed once: the same read decodes it, checks it and hashes it for the chain of custody.
 * Only the ids of each label (compactly, in {@link IdTable}) and the years that a rule across files compares
 * outlive a file. Files are read in an order where the files a file refers to come first, so a reference is
 * settled when it is read; only references to ids later in the same file wait for the end of that file.
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
            List<Problem> warnings,
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
            return listing(problems, max);
        }

        /** The warnings (grades that need a reason), listed as the problems are. */
        String warningListing(int max) {
            return listing(warnings, max);
        }

        private static String listing(List<Problem> problems, int max) {
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
    private final Map<String, List<Problem>> warningsByFile = new HashMap<>();
    private final GradeLedger grades = new GradeLedger();
    private final Map<String, IdTable> idsByLabel = new HashMap<>();
    // Per label, how many of the files that define its ids are still to be read.
    private final Map<String, Integer> unread = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final List<PendingRef> pending = new ArrayList<>();
    // Ids unique across files: the labels of each scope, and how many files defining its ids are still to be read.
    private final Map<String, String> scopeOf = new HashMap<>();
    private final Map<String, Set<String>> labelsOf = new HashMap<>();
    private final Map<String, Integer> unreadOfScope = new HashMap<>();
    private final Map<String, String> fileOf = new HashMap<>();
    // Per label, the year column kept beside its ids because a rule across files compares it (birth years).
    private final Map<String, String> keptYear = new HashMap<>();
    private final Map<String, Long> rowsByFile = new HashMap<>();
    private final Map<String, FileDigest.Digest> digests = new HashMap<>();
    private final Set<String> multilineFiles = new HashSet<>();
    private Map<String, String> vaultEntries;

    // The file being read.
    private String file;
    private String name;
    private List<Problem> found;

    private ImportCheck(Path dir, List<ImportSchema.FileSpec> specs) {
        this.dir = dir;
        for (ImportSchema.FileSpec spec : specs) {
            defined(spec).forEach(label -> unread.merge(label, 1, Integer::sum));
            referenced.addAll(referencedBy(spec));
            for (ImportSchema.Column column : spec.columns()) {
                if (column.cell() instanceof ImportSchema.Id id) {
                    scopeOf.put(id.label(), id.scope());
                    labelsOf.computeIfAbsent(id.scope(), k -> new TreeSet<>()).add(id.label());
                    unreadOfScope.merge(id.scope(), 1, Integer::sum);
                    fileOf.putIfAbsent(id.label(), spec.file());
                }
            }
            for (ImportSchema.Older rule : spec.rules(ImportSchema.Older.class)) {
                for (String column : List.of(rule.older(), rule.younger())) {
                    String label = ImportSchema.labelOf(spec, column);
                    String before = keptYear.putIfAbsent(label, rule.year());
                    // One year per id is what IdTable holds.
                    if (before != null && !before.equals(rule.year())) {
                        throw new IllegalArgumentException(
                                "schema: rules compare both " + before + " and " + rule.year() + " of " + label);
                    }
                }
            }
        }
        keptYear.forEach((label, year) -> {
            boolean declared = specs.stream()
                    .filter(spec -> defined(spec).contains(label))
                    .anyMatch(spec ->
                            spec.column(year) != null && spec.column(year).cell() instanceof ImportSchema.Year);
            if (!declared) {
                throw new IllegalArgumentException("schema: no file defining " + label + " ids has a year " + year);
            }
        });
    }

    static Report run(Path dir, List<ImportSchema.FileSpec> specs) {
        ImportCheck check = new ImportCheck(dir, specs);
        for (ImportSchema.FileSpec spec : readingOrder(specs)) {
            check.file(spec);
            check.finished(spec);
        }
        check.grades.judge(check.problemsByFile, check.warningsByFile);
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, FileDigest.Digest> digests = new LinkedHashMap<>();
        for (ImportSchema.FileSpec spec : specs) {
            List<Problem> ofFile = check.problemsByFile.get(spec.file());
            ofFile.sort(Comparator.comparingLong(Problem::line));
            problems.addAll(ofFile);
            List<Problem> warned = new ArrayList<>(check.warningsByFile.getOrDefault(spec.file(), List.of()));
            warned.sort(Comparator.comparingLong(Problem::line));
            warnings.addAll(warned);
            if (check.rowsByFile.containsKey(spec.file())) {
                rows.put(spec.file(), check.rowsByFile.get(spec.file()));
            }
            if (check.digests.containsKey(spec.file())) {
                digests.put(spec.file(), check.digests.get(spec.file()));
            }
        }
        return new Report(
                List.copyOf(problems),
                List.copyOf(warnings),
                Collections.unmodifiableMap(rows),
                Collections.unmodifiableMap(digests),
                Set.copyOf(check.multilineFiles));
    }

    /**
     * The specs in load order, except that a file comes after every other file defining a label it refers to
     * (so the years a rule across files compares are known too). A cycle, which the shipped format has none of,
     * is broken in load order; its references then wait until their label's files are all read, and its rules
     * across files see only the ids and years read before.
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
        defined(spec).forEach(label -> unreadOfScope.merge(scopeOf.get(label), -1, Integer::sum));
        List<PendingRef> waiting = new ArrayList<>(pending);
        pending.clear();
        for (PendingRef ref : waiting) {
            if (unread.getOrDefault(ref.label(), 0) > 0) {
                pending.add(ref);
            } else if (!table(ref.label()).contains(ref.id())) {
                problemsByFile.get(ref.file()).add(at(ref.where(), "no " + ref.label() + " has id '" + ref.id() + "'"));
            }
        }
        // A label's ids are let go once nothing can refer to them and no file can repeat them in its scope.
        for (Map.Entry<String, String> label : scopeOf.entrySet()) {
            if (unread.get(label.getKey()) == 0
                    && !referenced.contains(label.getKey())
                    && !keptYear.containsKey(label.getKey())
                    && unreadOfScope.get(label.getValue()) == 0) {
                idsByLabel.remove(label.getKey());
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
            cycles(spec, layout);
            overlaps(layout);
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
    private final class Layout {
        final List<String> header;
        final int[] index;
        final int[] labelIndex;
        // Per column with a When: the header index of the column it depends on.
        final int[] whenIndex;
        final int[][] ordered;
        final List<OlderAt> older = new ArrayList<>();
        final List<AcyclicAt> acyclic = new ArrayList<>();
        final List<SealedAt> sealed = new ArrayList<>();
        final List<GradedAt> graded = new ArrayList<>();
        final List<GradesAt> sourceGrades = new ArrayList<>();
        final List<RelaysAt> relays = new ArrayList<>();
        final List<TestimonyAt> testimony = new ArrayList<>();
        final List<IntervalAt> intervals = new ArrayList<>();
        final List<SpellsAt> spells = new ArrayList<>();
        // The id column and the year kept beside its ids (columns of the spec; -1: none).
        final int idColumn;
        final int yearColumn;
        final String label;

        Layout(ImportSchema.FileSpec spec, List<String> header) {
            this.header = header;
            List<ImportSchema.Column> columns = spec.columns();
            index = new int[columns.size()];
            labelIndex = new int[columns.size()];
            whenIndex = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                ImportSchema.Column column = columns.get(c);
                index[c] = header.indexOf(column.name());
                labelIndex[c] = column.cell() instanceof ImportSchema.Ref r && r.labelColumn() != null
                        ? header.indexOf(r.labelColumn())
                        : -1;
                whenIndex[c] = column.when() == null
                        ? -1
                        : header.indexOf(column.when().column());
            }
            List<ImportSchema.NotBefore> pairs = spec.rules(ImportSchema.NotBefore.class);
            ordered = new int[pairs.size()][];
            for (int o = 0; o < ordered.length; o++) {
                ordered[o] = new int[] {
                    position(columns, pairs.get(o).earlier()),
                    position(columns, pairs.get(o).later())
                };
            }
            for (ImportSchema.Older rule : spec.rules(ImportSchema.Older.class)) {
                older.add(new OlderAt(
                        rule,
                        header.indexOf(rule.older()),
                        header.indexOf(rule.younger()),
                        ImportSchema.labelOf(spec, rule.older()),
                        ImportSchema.labelOf(spec, rule.younger())));
            }
            for (ImportSchema.Acyclic rule : spec.rules(ImportSchema.Acyclic.class)) {
                acyclic.add(new AcyclicAt(
                        rule,
                        header.indexOf(rule.from()),
                        header.indexOf(rule.to()),
                        ImportSchema.labelOf(spec, rule.from()),
                        new Cycles()));
            }
            for (ImportSchema.Sealed rule : spec.rules(ImportSchema.Sealed.class)) {
                sealed.add(new SealedAt(
                        rule,
                        header.indexOf(rule.when()),
                        header.indexOf(rule.code()),
                        header.indexOf("id"),
                        rule.identifying().stream().mapToInt(header::indexOf).toArray(),
                        new HashMap<>()));
            }
            for (ImportSchema.Graded rule : spec.rules(ImportSchema.Graded.class)) {
                graded.add(new GradedAt(
                        header.indexOf(rule.credibility()),
                        header.indexOf(rule.sources()),
                        header.indexOf(rule.note()),
                        rule.evidence()));
            }
            for (ImportSchema.Grades rule : spec.rules(ImportSchema.Grades.class)) {
                sourceGrades.add(new GradesAt(
                        header.indexOf(rule.id()),
                        header.indexOf(rule.reliability()),
                        header.indexOf(rule.synthetic())));
            }
            for (ImportSchema.Relays rule : spec.rules(ImportSchema.Relays.class)) {
                relays.add(new RelaysAt(
                        header.indexOf(rule.from()),
                        header.indexOf(rule.to()),
                        header.indexOf(rule.labelColumn()),
                        rule.label()));
            }
            for (ImportSchema.Interval rule : spec.rules(ImportSchema.Interval.class)) {
                intervals.add(new IntervalAt(
                        rule,
                        header.indexOf(rule.fromYear()),
                        header.indexOf(rule.fromDate()),
                        header.indexOf(rule.toYear()),
                        header.indexOf(rule.toDate()),
                        header.indexOf(rule.qualifier())));
            }
            for (ImportSchema.OneAtATime rule : spec.rules(ImportSchema.OneAtATime.class)) {
                spells.add(new SpellsAt(
                        rule,
                        intervals.get(0),
                        header.indexOf(rule.holder()),
                        header.indexOf(rule.target()),
                        header.indexOf(rule.note()),
                        ImportSchema.labelOf(spec, rule.holder()),
                        ImportSchema.labelOf(spec, rule.target()),
                        new Overlaps()));
            }
            for (ImportSchema.Testimony rule : spec.rules(ImportSchema.Testimony.class)) {
                testimony.add(new TestimonyAt(header.indexOf(rule.person()), header.indexOf(rule.source())));
            }
            int id = -1;
            for (int c = 0; c < columns.size() && id < 0; c++) {
                id = columns.get(c).cell() instanceof ImportSchema.Id ? c : -1;
            }
            idColumn = id;
            label = id < 0 ? null : ((ImportSchema.Id) columns.get(id).cell()).label();
            yearColumn = label == null || !keptYear.containsKey(label) ? -1 : position(columns, keptYear.get(label));
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

    /** A birth-order rule with the header indices of its two columns and the labels they refer to. */
    private record OlderAt(ImportSchema.Older rule, int older, int younger, String olderLabel, String youngerLabel) {}

    /** A sealing rule with the header indices of its columns (-1: absent), and the codes seen so far by line. */
    private record SealedAt(
            ImportSchema.Sealed rule, int when, int code, int id, int[] identifying, Map<String, Long> codes) {}

    /** The header indices of a grade rule's columns (-1: absent). */
    private record GradedAt(int credibility, int sources, int note, boolean evidence) {}

    /** The header indices of the columns that grade a source. */
    private record GradesAt(int id, int reliability, int synthetic) {}

    /** The header indices of a citation's two ends and of the label column that marks a source citing. */
    private record RelaysAt(int from, int to, int label, String value) {}

    /** An interval rule with the header indices of its columns (-1: absent). */
    private record IntervalAt(
            ImportSchema.Interval rule, int fromYear, int fromDate, int toYear, int toDate, int qualifier) {}

    /** A one-at-a-time rule with the header indices of its columns, its file's interval, and the spells so far. */
    private record SpellsAt(
            ImportSchema.OneAtATime rule,
            IntervalAt interval,
            int holder,
            int target,
            int note,
            String holderLabel,
            String targetLabel,
            Overlaps spells) {}

    /** The header indices of a testimony's giver and source. */
    private record TestimonyAt(int person, int source) {}

    /** A no-cycle rule with the header indices of its two columns, and the edges read so far. */
    private record AcyclicAt(ImportSchema.Acyclic rule, int from, int to, String label, Cycles edges) {}

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
            ImportSchema.Column column = columns.get(c);
            String value = index < 0 ? "" : record.get(index);
            if (value.isEmpty()) {
                if (index >= 0 && column.required()) {
                    found.add(new Problem(name, line, index + 1, column.name() + ": is empty, but every row needs it"));
                } else if (column.when() != null
                        && layout.whenIndex[c] >= 0
                        && record.get(layout.whenIndex[c]).equals(column.when().value())) {
                    found.add(new Problem(
                            name,
                            line,
                            index + 1,
                            column.name() + ": is " + (index < 0 ? "missing" : "empty") + ", but every row with "
                                    + column.when().column() + " "
                                    + column.when().value() + " needs it"));
                }
                continue;
            }
            years[c] = cell(column, value, line, index + 1, record, layout.labelIndex[c]);
        }
        keepYear(layout, record, years);
        for (OlderAt older : layout.older) {
            older(older, record, line);
        }
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
        for (AcyclicAt acyclic : layout.acyclic) {
            edge(acyclic, record, line);
        }
        for (SealedAt sealed : layout.sealed) {
            sealedRow(sealed, record, line);
        }
        for (IntervalAt interval : layout.intervals) {
            interval(interval, record, line);
        }
        for (SpellsAt spells : layout.spells) {
            spell(spells, record, line);
        }
        grading(layout, record, line);
    }

    /**
     * Partial dates: each lies in its year column, the end is not over before the start begins (at the precision
     * each is given; years alone are the NotBefore rule's), and the qualifier has the ends it speaks of.
     */
    private void interval(IntervalAt at, CSVRecord record, long line) {
        ImportSchema.Interval rule = at.rule();
        String fromYear = cellOf(record, at.fromYear());
        String toYear = cellOf(record, at.toYear());
        String fromDate = cellOf(record, at.fromDate());
        String toDate = cellOf(record, at.toDate());
        boolean datesInYears = inYear(rule.fromDate(), fromDate, at.fromYear(), rule.fromYear(), fromYear, line)
                & inYear(rule.toDate(), toDate, at.toYear(), rule.toYear(), toYear, line);
        String start = fromDate.isEmpty() ? fromYear : fromDate;
        String end = toDate.isEmpty() ? toYear : toDate;
        PartialDates.Span begins = PartialDates.parse(start);
        PartialDates.Span ends = PartialDates.parse(end);
        if (datesInYears
                && (!fromDate.isEmpty() || !toDate.isEmpty())
                && begins != null
                && ends != null
                && ends.last().isBefore(begins.first())) {
            String endName = toDate.isEmpty() ? rule.toYear() : rule.toDate();
            String startName = fromDate.isEmpty() ? rule.fromYear() : rule.fromDate();
            int column = (toDate.isEmpty() ? at.toYear() : at.toDate()) + 1;
            found.add(new Problem(
                    name,
                    line,
                    column,
                    endName + ": " + end + " is over before " + startName + " " + start + " begins"));
        }
        String qualifier = cellOf(record, at.qualifier());
        String needs = switch (qualifier) {
            case "BEFORE" -> start.isEmpty() && !end.isEmpty() ? null : "an end and no start";
            case "AFTER" -> !start.isEmpty() && end.isEmpty() ? null : "a start and no end";
            case "BETWEEN" -> !start.isEmpty() && !end.isEmpty() ? null : "both a start and an end";
            case "CIRCA" -> !start.isEmpty() || !end.isEmpty() ? null : "a start or an end";
            default -> null;
        };
        if (needs != null) {
            found.add(new Problem(
                    name, line, at.qualifier() + 1, rule.qualifier() + ": " + qualifier + " needs " + needs));
        }
    }

    /** Keeps the row as a spell of its holder at its target when both are known ids and its dates can be read. */
    private void spell(SpellsAt at, CSVRecord record, long line) {
        IdTable holders = idsByLabel.get(at.holderLabel());
        IdTable targets = idsByLabel.get(at.targetLabel());
        IntervalAt dates = at.interval();
        if (holders == null || targets == null || at.holder() < 0 || at.target() < 0) {
            return;
        }
        int holder = holders.find(record.get(at.holder()));
        int target = targets.find(record.get(at.target()));
        String start = firstOf(cellOf(record, dates.fromDate()), cellOf(record, dates.fromYear()));
        String end = firstOf(cellOf(record, dates.toDate()), cellOf(record, dates.toYear()));
        PartialDates.Span begins = PartialDates.parse(start);
        PartialDates.Span ends = PartialDates.parse(end);
        if (holder < 0 || target < 0 || (begins == null && !start.isEmpty()) || (ends == null && !end.isEmpty())) {
            return;
        }
        at.spells()
                .add(holder, target, begins, ends, cellOf(record, dates.qualifier()), cellOf(record, at.note()), line);
    }

    private static String firstOf(String precise, String year) {
        return precise.isEmpty() ? year : precise;
    }

    /** A date given more precisely than its year must lie in that year, which year-based queries read. */
    private boolean inYear(String dateName, String date, int yearIndex, String yearName, String year, long line) {
        if (date.isEmpty() || PartialDates.parse(date) == null) {
            return true;
        }
        String itsYear = date.substring(0, 4);
        if (year.isEmpty()) {
            found.add(new Problem(
                    name,
                    line,
                    yearIndex + 1,
                    yearName + ": is " + (yearIndex < 0 ? "missing" : "empty") + ", but " + dateName + " " + date
                            + " needs its year " + itsYear + " here"));
            return false;
        }
        if (!year.equals(itsYear)) {
            found.add(new Problem(
                    name,
                    line,
                    yearIndex + 1,
                    yearName + ": " + year + " is not the year of " + dateName + " " + date));
            return false;
        }
        return true;
    }

    private static String cellOf(CSVRecord record, int index) {
        return index < 0 ? "" : record.get(index);
    }

    /** What the grade rule needs of a row: a source's grade, a citation, a testimony, or a graded fact. */
    private void grading(Layout layout, CSVRecord record, long line) {
        for (GradesAt at : layout.sourceGrades) {
            if (at.id() >= 0 && at.reliability() >= 0) {
                grades.source(
                        record.get(at.id()),
                        record.get(at.reliability()),
                        at.synthetic() >= 0 && "true".equals(record.get(at.synthetic())));
            }
        }
        for (RelaysAt at : layout.relays) {
            if (at.from() >= 0 && at.to() >= 0 && (at.label() < 0 || at.value().equals(record.get(at.label())))) {
                grades.cites(record.get(at.from()), record.get(at.to()));
            }
        }
        for (TestimonyAt at : layout.testimony) {
            if (at.person() >= 0 && at.source() >= 0) {
                grades.gave(record.get(at.person()), record.get(at.source()));
            }
        }
        for (GradedAt at : layout.graded) {
            String credibility = at.credibility() < 0 ? "" : record.get(at.credibility());
            String sources = at.sources() < 0 ? "" : record.get(at.sources());
            // A missing or malformed grade or source list is reported by its cell; there is nothing to judge.
            if (!credibility.matches("[1-6]") || sources.isEmpty()) {
                continue;
            }
            grades.row(
                    file,
                    new Problem(name, line, at.credibility() + 1, ""),
                    Integer.parseInt(credibility),
                    sources,
                    at.note() >= 0 && !record.get(at.note()).isBlank(),
                    at.evidence());
        }
    }

    /**
     * A protected row keeps nothing that identifies its person. The messages never quote such a cell: they go to
     * the terminal and the log.
     */
    private void sealedRow(SealedAt at, CSVRecord record, long line) {
        ImportSchema.Sealed rule = at.rule();
        if (at.when() < 0 || !record.get(at.when()).equals(rule.value()) || at.code() < 0) {
            return;
        }
        String code = record.get(at.code());
        if (code.isEmpty()) {
            return; // reported as a required cell
        }
        for (int i = 0; i < at.identifying().length; i++) {
            int index = at.identifying()[i];
            String column = rule.identifying().get(i);
            String value = index < 0 ? "" : record.get(index);
            boolean plain = column.equals(rule.name()) ? !value.equals(code) : !value.isEmpty();
            if (plain) {
                found.add(new Problem(
                        name,
                        line,
                        index + 1,
                        column + ": identifies a " + rule.value() + " person in plain text"
                                + (column.equals(rule.name()) ? " (only the " + rule.code() + " may stand here)" : "")
                                + "; run `seal` to move it into the vault (" + Vault.FILE_NAME + ")"));
            }
        }
        Long earlier = at.codes().putIfAbsent(code, line);
        if (earlier != null) {
            found.add(new Problem(
                    name,
                    line,
                    at.code() + 1,
                    rule.code() + ": " + code + " is already used on line " + earlier + "; each protected person has "
                            + "a code of their own"));
            return;
        }
        Map<String, String> vault = vaultEntries();
        if (vault == null) {
            return;
        }
        String id = at.id() < 0 ? null : record.get(at.id());
        if (!vault.containsKey(code)) {
            found.add(new Problem(
                    name,
                    line,
                    at.code() + 1,
                    rule.code() + ": " + code + " is not sealed in " + Vault.FILE_NAME + ", so this person's identity "
                            + "is nowhere; restore the vault from a backup or seal the identity again"));
        } else if (id != null && !vault.get(code).equals(id)) {
            found.add(new Problem(
                    name,
                    line,
                    at.code() + 1,
                    rule.code() + ": " + code + " is sealed in " + Vault.FILE_NAME + " for " + vault.get(code)
                            + ", not for " + id));
        }
    }

    /** The vault's codes and person ids, read from its clear header; null when the folder has no vault. */
    private Map<String, String> vaultEntries() {
        if (vaultEntries == null) {
            Path file = dir.resolve(Vault.FILE_NAME);
            if (!Files.exists(file)) {
                // A folder without identities, such as a redacted export.
                return null;
            }
            vaultEntries = new HashMap<>();
            try {
                Vault.entries(file).forEach(e -> vaultEntries.put(e.witnessCode(), e.personId()));
            } catch (SongbunException e) {
                // Listed with the file whose rows it seals, so the report shows it.
                found.add(new Problem(dir.getFileName() + "/" + Vault.FILE_NAME, 0, 0, e.getMessage()));
            }
        }
        return vaultEntries;
    }

    /** Checks one cell; returns its value when it is a year, for the ordering checks. */
    private Integer cell(
            ImportSchema.Column column, String value, long line, int index, CSVRecord record, int labelIndex) {
        ImportSchema.Cell cell = column.cell();
        Problem at = new Problem(name, line, index, column.name());
        if (cell instanceof ImportSchema.Id id) {
            if (table(id.label()).add(value) < 0) {
                problem(at, "duplicate " + id.label() + " id '" + value + "'");
            } else {
                String other = otherLabelWith(id, value);
                if (other != null) {
                    problem(at, "duplicate id '" + value + "', already in " + fileOf.get(other));
                }
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
        } else if (cell instanceof ImportSchema.PartialDate) {
            if (PartialDates.parse(value) == null) {
                problem(at, "'" + value + "' is not a date as YYYY, YYYY-MM or YYYY-MM-DD (1800-2100)");
            }
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
                    emptyItem(at, value);
                } else {
                    reference(at, r.label(), id);
                }
            }
        } else if (cell instanceof ImportSchema.Texts) {
            for (String item : value.split("\\|", -1)) {
                if (item.isBlank()) {
                    emptyItem(at, value);
                }
            }
        }
        return null;
    }

    private void emptyItem(Problem at, String value) {
        problem(at, "has an empty item in '" + value + "' (items are separated by a single '|')");
    }

    /** The other label of the id's scope that already has {@code value}, or null. */
    private String otherLabelWith(ImportSchema.Id id, String value) {
        for (String label : labelsOf.getOrDefault(id.scope(), Set.of())) {
            IdTable ids = idsByLabel.get(label);
            if (!label.equals(id.label()) && ids != null && ids.contains(value)) {
                return label;
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

    /** Keeps the year a rule across files will compare beside the row's id, in the id's own table. */
    private void keepYear(Layout layout, CSVRecord record, Integer[] years) {
        if (layout.yearColumn < 0 || years[layout.yearColumn] == null || layout.index[layout.idColumn] < 0) {
            return;
        }
        int entry = table(layout.label).find(record.get(layout.index[layout.idColumn]));
        // Of duplicate rows, already reported, the last gives the year.
        if (entry >= 0) {
            table(layout.label).year(entry, years[layout.yearColumn]);
        }
    }

    private void older(OlderAt at, CSVRecord record, long line) {
        if (at.older() < 0 || at.younger() < 0) {
            return;
        }
        String older = record.get(at.older());
        String younger = record.get(at.younger());
        Integer olderBorn = yearOf(at.olderLabel(), older);
        Integer youngerBorn = yearOf(at.youngerLabel(), younger);
        if (olderBorn != null && youngerBorn != null && olderBorn >= youngerBorn) {
            ImportSchema.Older rule = at.rule();
            found.add(new Problem(
                    name,
                    line,
                    at.older() + 1,
                    rule.older() + ": " + rule.olderRole() + " " + older + " (born " + olderBorn
                            + ") is not older than " + rule.youngerRole() + " " + younger + " (born " + youngerBorn
                            + ")"));
        }
    }

    private Integer yearOf(String label, String id) {
        IdTable ids = idsByLabel.get(label);
        int entry = ids == null || id.isEmpty() ? -1 : ids.find(id);
        return entry < 0 ? null : ids.year(entry);
    }

    /** Keeps the row as an edge when both its ends are known ids; a missing end is reported as a reference. */
    private void edge(AcyclicAt at, CSVRecord record, long line) {
        IdTable ids = idsByLabel.get(at.label());
        if (ids == null || at.from() < 0 || at.to() < 0) {
            return;
        }
        int from = ids.find(record.get(at.from()));
        int to = ids.find(record.get(at.to()));
        if (from >= 0 && to >= 0) {
            at.edges().add(from, to, line);
        }
    }

    /** At the end of a file: each cycle among its rows, at the row that closed it. */
    private void cycles(ImportSchema.FileSpec spec, Layout layout) {
        for (AcyclicAt at : layout.acyclic) {
            IdTable ids = idsByLabel.get(at.label());
            for (Cycles.Cycle cycle : at.edges().find()) {
                List<String> path = new ArrayList<>();
                for (int entry : cycle.entries()) {
                    path.add(ids.id(entry));
                }
                found.add(new Problem(
                        name,
                        cycle.line(),
                        at.to() + 1,
                        at.rule().to() + ": closes a cycle, which "
                                + (layout.label == null ? spec.file() : layout.label) + " must not have: "
                                + String.join(" -> ", path)));
            }
        }
    }

    /**
     * At the end of a file: a warning at the later row of each pair of spells that certainly overlap. Not an error,
     * since a transfer or a double posting can be real; the note is where the data says so.
     */
    private void overlaps(Layout layout) {
        for (SpellsAt at : layout.spells) {
            IdTable holders = idsByLabel.get(at.holderLabel());
            IdTable targets = idsByLabel.get(at.targetLabel());
            for (Overlaps.Overlap overlap : at.spells().find()) {
                String target = targets.id(overlap.target());
                String other = targets.id(overlap.otherTarget());
                // A note explains the pair only when it names the other target, so a note on another matter
                // (an injury, a source's wording) does not silence a real contradiction.
                if (overlap.note().contains(other) || overlap.otherNote().contains(target)) {
                    continue;
                }
                IntervalAt dates = at.interval();
                int column = (dates.fromDate() >= 0 ? dates.fromDate() : dates.fromYear()) + 1;
                warningsByFile
                        .computeIfAbsent(file, k -> new ArrayList<>())
                        .add(new Problem(
                                name,
                                overlap.line(),
                                column,
                                at.rule().holder() + " " + holders.id(overlap.holder()) + ": at " + target
                                        + " while also at " + other + " (line " + overlap.other()
                                        + "), at the precision the dates give; correct a date, or say in "
                                        + at.rule().note() + " why both held at once, naming " + other));
            }
        }
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
