package org.songbungraph.custody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.songbungraph.SongbunProperties;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.Table;
import org.songbungraph.shell.UserPaths;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Data")
class CustodyCommands {

    private static final Pattern RUN_ID = Pattern.compile("LR-\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    // What a load reads: the import folder's CSV files and the numbered scripts at the top of cypher/.
    private static final Pattern SCRIPT = Pattern.compile("\\d+[-_].*\\.cypher");

    private final Custody custody;
    private final SongbunProperties properties;

    CustodyCommands(Custody custody, SongbunProperties properties) {
        this.custody = custody;
        this.properties = properties;
    }

    @Command(
            command = "history",
            description = "List the recorded loads (chain of custody), newest first: when, by "
                    + "which operating-system user, what was read and how each ended; with --run, one run's files and their "
                    + "SHA-256.")
    String history(
            @Option(longNames = "run", description = "a load run id (LR-…) to show with every file it read")
                    String runId,
            @Option(
                            longNames = "limit",
                            defaultValue = "20",
                            description = "how many runs to list, newest first " + "(1-10000)")
                    int limit,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (runId != null) {
            return runFiles(requireRun(runId), output);
        }
        if (limit < 1 || limit > 10_000) {
            throw new SongbunException(ExitCode.BAD_INPUT, "--limit must be between 1 and 10000.");
        }
        List<Custody.Run> runs = custody.runs(limit);
        if (runs.isEmpty() && output == OutputFormat.TABLE) {
            return "No load has been recorded on this database. Loads record themselves from this version on; "
                    + "scripts run by hand in cypher-shell are not recorded.";
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Custody.Run run : runs) {
            rows.add(Arrays.asList(
                    run.runId(),
                    run.status(),
                    run.trigger(),
                    run.startedAt(),
                    run.endedAt(),
                    run.osUser(),
                    run.csvFiles(),
                    run.csvRows(),
                    run.scripts(),
                    run.nodesCreated(),
                    run.relationshipsCreated(),
                    run.failure()));
        }
        return new Table(
                        List.of(
                                "run",
                                "status",
                                "trigger",
                                "started",
                                "ended",
                                "user",
                                "csvFiles",
                                "csvRows",
                                "scripts",
                                "nodesCreated",
                                "relationshipsCreated",
                                "failure"),
                        rows)
                .render(output);
    }

    @Command(
            command = "verify",
            description = "Hash the import folder and the load scripts again and say whether "
                    + "they still match what the last successful load read (exit code 8 if any file differs).")
    String verify(
            @Option(
                            longNames = "import-dir",
                            description = "the folder to compare (default: SONGBUN_IMPORT_DIR, " + "./import)")
                    String importDir,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        Path csvDir = importDir == null || importDir.isBlank()
                ? properties.getImportDir()
                : UserPaths.of("--import-dir", importDir);
        Path scriptsDir = properties.getScriptsDir();
        if (!Files.isDirectory(csvDir)) {
            throw new SongbunException(ExitCode.BAD_INPUT, "No import folder at " + csvDir.toAbsolutePath() + ".");
        }
        String runId = custody.lastSucceeded()
                .orElseThrow(
                        () -> new SongbunException(
                                ExitCode.BAD_INPUT,
                                "No load has finished on this database, so there is nothing to verify against. Run `load` first."));
        Custody.Run run = custody.run(runId).orElseThrow();
        List<Custody.RecordedFile> recorded = custody.files(runId);

        List<List<Object>> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int differing = 0;
        for (Custody.RecordedFile file : recorded) {
            Path path = ("csv".equals(file.kind()) ? csvDir : scriptsDir).resolve(file.name());
            seen.add(file.kind() + "/" + file.name());
            String now = Files.isRegularFile(path) ? Custody.sha256(path).hex() : null;
            String status = now == null ? "MISSING" : now.equals(file.sha256()) ? "SAME" : "CHANGED";
            differing += "SAME".equals(status) ? 0 : 1;
            rows.add(Arrays.asList(file.kind(), file.name(), status, shown(file.sha256(), output), shown(now, output)));
        }
        for (Path added : unrecorded(csvDir, scriptsDir, seen)) {
            differing++;
            rows.add(Arrays.asList(
                    added.startsWith(csvDir) ? "csv" : "script",
                    added.getFileName().toString(),
                    "ADDED",
                    null,
                    shown(Custody.sha256(added).hex(), output)));
        }
        Table table = new Table(List.of("kind", "file", "status", "recordedSha256", "currentSha256"), rows);
        String against = "load run " + run.runId() + " (" + run.startedAt() + ", " + run.osUser() + ")";
        if (differing > 0) {
            throw new SongbunException(
                    ExitCode.MISMATCH,
                    differing + " of the files in " + csvDir + " and " + scriptsDir + " differ from what " + against
                            + " read:\n" + table.render(output));
        }
        String summary =
                "All " + recorded.size() + " files in " + csvDir + " and " + scriptsDir + " match " + against + ".";
        return output == OutputFormat.TABLE
                ? table.render(output) + "\n" + summary + newerRuns(run)
                : table.render(output);
    }

    /** Two full hashes do not fit a terminal row; 16 hex digits still tell files apart. JSON and CSV get all 64. */
    private static String shown(String sha256, OutputFormat output) {
        return sha256 == null || output != OutputFormat.TABLE ? sha256 : sha256.substring(0, 16) + "…";
    }

    private Custody.Run requireRun(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--run takes a load run id such as LR-20261122T230000Z-0a1b2c; " + "`history` lists them.");
        }
        return custody.run(runId)
                .orElseThrow(() -> new SongbunException(
                        ExitCode.BAD_INPUT,
                        "No load run " + runId + " is recorded on this database; `history` lists them."));
    }

    private String runFiles(Custody.Run run, OutputFormat output) {
        List<List<Object>> rows = new ArrayList<>();
        for (Custody.RecordedFile file : custody.files(run.runId())) {
            rows.add(List.of(file.kind(), file.name(), file.bytes(), file.count(), file.sha256()));
        }
        Table table = new Table(List.of("kind", "file", "bytes", "rowsOrStatements", "sha256"), rows);
        if (output != OutputFormat.TABLE) {
            return table.render(output);
        }
        return "Load run " + run.runId() + ": " + run.status() + " (" + run.trigger() + ")\n"
                + "  started  " + run.startedAt() + " by " + run.osUser() + " with " + run.tool() + "\n"
                + "  ended    " + (run.endedAt() == null ? "never recorded" : run.endedAt()) + "\n"
                + "  server   " + run.server() + "\n"
                + "  read     " + run.importDir() + " and " + run.scriptsDir() + "\n"
                + (run.failure() == null ? "" : "  failure  " + run.failure() + "\n")
                + table.render(output);
    }

    /** Says when a later load failed or never finished: the graph may not be what the matching run built. */
    private String newerRuns(Custody.Run matched) {
        Custody.Run newest = custody.runs(1).get(0);
        if (newest.runId().equals(matched.runId())) {
            return "";
        }
        return "\nNote: a later load, " + newest.runId() + " (" + newest.startedAt() + "), is " + newest.status()
                + "; the graph may differ from what the files above built. Run `load` to rebuild it from them.";
    }

    private static List<Path> unrecorded(Path csvDir, Path scriptsDir, Set<String> seen) {
        List<Path> added = new ArrayList<>();
        added.addAll(list(csvDir, name -> name.endsWith(".csv") && !seen.contains("csv/" + name)));
        added.addAll(list(scriptsDir, name -> SCRIPT.matcher(name).matches() && !seen.contains("script/" + name)));
        return added;
    }

    private static List<Path> list(Path dir, Predicate<String> wanted) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> wanted.test(f.getFileName().toString()))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
