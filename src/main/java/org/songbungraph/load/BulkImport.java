package org.songbungraph.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.io.output.TeeOutputStream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.songbungraph.SongbunProperties;
import org.songbungraph.connection.Connection;
import org.songbungraph.custody.Custody;
import org.songbungraph.embedded.EmbeddedNeo4j;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.SongbunException;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Component;

/**
 * Builds a new embedded store from an import folder with Neo4j's own bulk importer ({@code neo4j-admin database
 * import full}, run in this JVM from the Maven jars), then runs the scripts' other statements (constraints,
 * indexes, derived labels) on it, so the graph is the one {@code load} would build. The importer writes into a
 * staging folder; the store is swapped in only after it succeeded, so a failed import leaves the store as it was.
 */
@Component
class BulkImport {

    /** Under the data directory: the typed headers, the importer's arguments and report, and its staging store. */
    static final String STAGING = "bulk";

    /** What a bulk load did, for the command's summary. */
    record Report(
            String runId,
            int inputs,
            long rows,
            long nodes,
            long relationships,
            int statementsAfter,
            long importMillis,
            long totalMillis,
            Path argsFile) {
        String summary() {
            return String.format(
                    "Bulk-imported %d CSV files (%,d rows) with Neo4j's importer in %.1f s, then ran %d "
                            + "statements (constraints, indexes, derived labels); %.1f s in all: %,d nodes, %,d relationships. "
                            + "Recorded as load run %s (`history --run %s`). The importer's arguments are in %s.",
                    inputs,
                    rows,
                    importMillis / 1000.0,
                    statementsAfter,
                    totalMillis / 1000.0,
                    nodes,
                    relationships,
                    runId,
                    runId,
                    argsFile);
        }
    }

    private final Connection connection;
    private final Driver driver;
    private final SongbunProperties properties;
    private final Loader loader;
    private final Custody custody;
    private final Neo4jBookmarkManager bookmarks;

    BulkImport(
            Connection connection,
            Driver driver,
            SongbunProperties properties,
            Loader loader,
            Custody custody,
            Neo4jBookmarkManager bookmarks) {
        this.bookmarks = bookmarks;
        this.connection = connection;
        this.driver = driver;
        this.properties = properties;
        this.loader = loader;
        this.custody = custody;
    }

    /** Builds the store; {@code keepStaged} keeps the staged rows after a successful import (never after a failed one). */
    Report run(PrintStream progress, boolean keepStaged) {
        long start = System.currentTimeMillis();
        EmbeddedNeo4j server = requireOwnStore();
        requireEmptyStore();
        Path importDir = properties.getImportDir().toAbsolutePath().normalize();
        Path scriptsDir = properties.getScriptsDir();
        List<LoadScripts.Script> scripts = LoadScripts.read(scriptsDir);
        ImportCheck.Report check = loader.check(importDir);
        Loader.requireValid(check);
        Loader.warnAbout(check, progress);
        BulkPlan.Plan plan = BulkPlan.of(scripts, importDir);

        Path staging = properties.getDataDir().toAbsolutePath().normalize().resolve(STAGING);
        List<String> args =
                stage(plan, importDir, staging, !check.multilineFiles().isEmpty());
        progress.printf(
                "  Neo4j importer: %d node and relationship files into a new store (arguments in %s)%n",
                plan.inputs().size(), staging.resolve("import.args"));
        long importStart = System.currentTimeMillis();
        long importMillis;
        boolean imported = false;
        try {
            runImporter(staging.resolve("home"), args, progress);
            importMillis = System.currentTimeMillis() - importStart;
            server.replaceDatabase(staging.resolve("home"));
            imported = true;
        } finally {
            // The staged rows are a second copy of the import folder and a failed store is of no use; the headers,
            // the arguments and the importer's report stay for reference.
            deleteQuietly(staging.resolve("home"));
            if (!(imported && keepStaged)) {
                deleteQuietly(staging.resolve("rows"));
            }
        }
        // The new store's transaction ids start again: bookmarks from the old one would make every query wait.
        bookmarks.updateBookmarks(List.copyOf(bookmarks.getBookmarks()), List.of());

        try (Session session = driver.session()) {
            // Counted before the load record exists, and the statements after the import create no nodes.
            long nodes = count(session, "load/bulk-node-count.cypher");
            long relationships = count(session, "load/bulk-relationship-count.cypher");
            String runId = custody.begin("bulk", importDir, scriptsDir, loader.filesRead(check, scripts));
            int statements = 0;
            int properties = 0;
            // These statements read no CSV file, so they get no bar; one LoadProgress serves them all.
            LoadProgress bars = LoadProgress.to(progress);
            for (LoadScripts.Statement statement : plan.afterImport()) {
                SummaryCounters counters;
                try {
                    counters = loader.run(session, statement, runId, Map.of(), bars);
                } catch (RuntimeException e) {
                    loader.recordFailure(runId, e, new Custody.Outcome(statements, 0, 0, properties));
                    throw e;
                }
                statements++;
                properties += counters.propertiesSet();
            }
            loader.refreshSearchKeys(runId, bars, progress, new Custody.Outcome(statements, 0, 0, properties));
            custody.succeeded(runId, new Custody.Outcome(statements, (int) nodes, (int) relationships, properties));
            return new Report(
                    runId,
                    plan.inputs().size(),
                    check.rows(),
                    nodes,
                    relationships,
                    statements,
                    importMillis,
                    System.currentTimeMillis() - start,
                    staging.resolve("import.args"));
        }
    }

    private EmbeddedNeo4j requireOwnStore() {
        return switch (connection.mode()) {
            case EMBEDDED -> connection.embedded().orElseThrow();
            case ATTACHED ->
                throw new SongbunException(
                        ExitCode.STORE_IN_USE,
                        "`load --bulk` builds a new store, and "
                                + "another songbun process is serving this one. Stop it (or use a new SONGBUN_DATA_DIR) and run "
                                + "`load --bulk` again.");
            case REMOTE ->
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "`load --bulk` builds this machine's "
                                + "embedded store. For a remote server, run `neo4j-admin database import full` on that server "
                                + "(docs/benchmarks.md shows the arguments), or use `load`.");
        };
    }

    private void requireEmptyStore() {
        try (Session session = driver.session()) {
            long nodes = count(session, "load/bulk-node-count.cypher");
            if (nodes > 0) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "`load --bulk` builds a new store, and this one already "
                                + "holds " + nodes + " nodes (load records included), which it would replace. Point "
                                + "SONGBUN_DATA_DIR at a new folder for the bulk load, or use `load` to load into this store.");
            }
        }
    }

    private static long count(Session session, String query) {
        return session.run(QueryFile.load(query)).single().get(0).asLong();
    }

    /**
     * Writes the typed headers, the CSV rows without their header lines (the importer reads a group's header from
     * its first file only, and would take the CSV's own header line for a row; searchable nodes' rows gain their
     * search keys, {@link KeyedRows}) and the argument file, and returns the importer's arguments.
     */
    private static List<String> stage(BulkPlan.Plan plan, Path importDir, Path staging, boolean multiline) {
        try {
            deleteQuietly(staging);
            Path headers = Files.createDirectories(staging.resolve("headers"));
            Path rows = Files.createDirectories(staging.resolve("rows"));
            Path home = Files.createDirectories(staging.resolve("home"));
            Files.createDirectories(home.resolve("conf"));
            List<String> args = new ArrayList<>(List.of(
                    "database",
                    "import",
                    "full",
                    "neo4j",
                    "--verbose",
                    "--id-type=string",
                    "--array-delimiter=|",
                    "--ignore-empty-strings=true",
                    "--report-file=" + staging.resolve("import.report")));
            if (multiline) {
                // Slower (files are read in one piece), so only when some row holds a quoted line break.
                args.add("--multiline-fields=true");
            }
            for (BulkPlan.Input input : plan.inputs()) {
                Path header = headers.resolve(input.csv());
                boolean keyed = KeyedRows.applies(input);
                Files.writeString(
                        header,
                        String.join(",", keyed ? KeyedRows.header(input) : input.header()) + "\n",
                        StandardCharsets.UTF_8);
                Path body = rows.resolve(input.csv());
                if (keyed) {
                    KeyedRows.stage(input, importDir.resolve(input.csv()), body);
                } else {
                    copyWithoutHeaderLine(importDir.resolve(input.csv()), body);
                }
                args.add(input.option(header, body));
            }
            Files.write(staging.resolve("import.args"), args, StandardCharsets.UTF_8);
            return List.copyOf(args);
        } catch (IOException e) {
            throw new SongbunException(ExitCode.LOAD_FAILED, "Cannot prepare " + staging + ": " + e.getMessage(), e);
        }
    }

    private static void copyWithoutHeaderLine(Path csv, Path body) throws IOException {
        try (FileChannel in = FileChannel.open(csv, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(body, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long start = headerLength(csv);
            long size = in.size();
            for (long done = start; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
        }
    }

    /** Bytes up to and including the first line break; header names never hold one (ImportCheck reads them). */
    private static long headerLength(Path csv) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv))) {
            long length = 0;
            for (int b = in.read(); b != -1; b = in.read()) {
                length++;
                if (b == '\n') {
                    break;
                }
            }
            return length;
        }
    }

    private static void runImporter(Path home, List<String> args, PrintStream progress) {
        // The importer's errors go to the terminal and are kept for the failure message.
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new TeeOutputStream(progress, errors), true, StandardCharsets.UTF_8);
        ExecutionContext context =
                new ExecutionContext(home, home.resolve("conf"), progress, err, new DefaultFileSystemAbstraction());
        int code = AdminTool.execute(context, args.toArray(String[]::new));
        if (code != 0) {
            throw new SongbunException(
                    ExitCode.LOAD_FAILED,
                    "Neo4j's importer failed (exit " + code + "); the store " + "was not changed. Its reason:\n"
                            + reason(errors.toString(StandardCharsets.UTF_8)));
        }
    }

    /**
     * The importer's own explanation without its stack traces: the lines of its first "Caused by", which name the
     * file, line, field and value, or else whatever it printed.
     */
    static String reason(String verboseErrors) {
        List<String> lines = verboseErrors
                .lines()
                .filter(line ->
                        !line.isBlank() && !line.matches("\\s+at .*") && !line.matches("\\s*\\.\\.\\. \\d+ more"))
                .toList();
        int cause = 0;
        while (cause < lines.size() && !lines.get(cause).startsWith("Caused by:")) {
            cause++;
        }
        if (cause == lines.size()) {
            return String.join("\n", lines).strip();
        }
        int end = cause + 1;
        while (end < lines.size() && !lines.get(end).startsWith("Caused by:")) {
            end++;
        }
        return String.join("\n", lines.subList(cause, end))
                .replaceFirst("^Caused by: (\\S+Exception: )+", "")
                .strip();
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (Files.exists(dir)) {
                PathUtils.deleteDirectory(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
