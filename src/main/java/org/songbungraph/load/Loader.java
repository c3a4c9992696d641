package org.songbungraph.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songbungraph.SongbunProperties;
import org.songbungraph.custody.Custody;
import org.songbungraph.search.SearchKeys;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.Failures;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.SongbunException;
import org.springframework.stereotype.Component;

/**
 * Runs the load scripts statement by statement, each in its own auto-commit transaction, and records the run
 * in the chain of custody.
 */
@Component
public class Loader {

    private static final Logger log = LoggerFactory.getLogger(Loader.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    /** Why a load ran: asked for by the analyst, or the first start of an empty database. */
    enum Trigger {
        LOAD("load"),
        FIRST_START("first-start");

        private final String recorded;

        Trigger(String recorded) {
            this.recorded = recorded;
        }
    }

    private final Driver driver;
    private final SongbunProperties properties;
    private final Custody custody;
    private final SearchKeys searchKeys;

    Loader(Driver driver, SongbunProperties properties, Custody custody, SearchKeys searchKeys) {
        this.driver = driver;
        this.properties = properties;
        this.custody = custody;
        this.searchKeys = searchKeys;
    }

    /** What one load did, summed over all statements, and the id of its LoadRun record. */
    public record Report(
            String runId,
            int scripts,
            int statements,
            int nodesCreated,
            int relationshipsCreated,
            int propertiesSet,
            long millis) {
        String summary() {
            return String.format(
                    "Loaded %d scripts (%d statements) in %.1f s: +%d nodes, +%d relationships, %d properties set. "
                            + "Recorded as load run %s (`history --run %s`).",
                    scripts,
                    statements,
                    millis / 1000.0,
                    nodesCreated,
                    relationshipsCreated,
                    propertiesSet,
                    runId,
                    runId);
        }
    }

    /** Loads with the configured scripts folder, reporting progress per CSV file and per script on {@code progress}. */
    public Report load(PrintStream progress) {
        return load(properties.getScriptsDir(), Trigger.LOAD, progress);
    }

    Report load(Path scriptsDir, Trigger trigger, PrintStream progress) {
        // Check everything first: a typo in the last script or a bad row in the last CSV must not leave
        // the first ones applied. A load refused here writes nothing, not even its LoadRun.
        List<LoadScripts.Script> scripts = LoadScripts.read(scriptsDir);
        ImportCheck.Report check = check(properties.getImportDir());
        requireValid(check);
        warnAbout(check, progress);
        String runId =
                custody.begin(trigger.recorded, properties.getImportDir(), scriptsDir, filesRead(check, scripts));
        progress.printf(
                "  load run %s: SHA-256 of %d CSV files and %d scripts recorded%n",
                runId, check.files(), scripts.size());
        LoadProgress bars = LoadProgress.to(progress);
        long start = System.currentTimeMillis();
        dropOrphanedConstraintIndexes(scripts, progress);
        int statements = 0;
        int nodes = 0;
        int relationships = 0;
        int properties = 0;
        try (Session session = driver.session()) {
            for (LoadScripts.Script script : scripts) {
                long scriptStart = System.currentTimeMillis();
                int scriptNodes = 0;
                int scriptRelationships = 0;
                for (LoadScripts.Statement statement : script.statements()) {
                    SummaryCounters counters;
                    try {
                        counters = run(session, statement, runId, check.rowsByFile(), bars);
                    } catch (RuntimeException e) {
                        recordFailure(
                                runId,
                                e,
                                new Custody.Outcome(
                                        statements,
                                        nodes + scriptNodes,
                                        relationships + scriptRelationships,
                                        properties));
                        throw e;
                    }
                    statements++;
                    scriptNodes += counters.nodesCreated();
                    scriptRelationships += counters.relationshipsCreated();
                    properties += counters.propertiesSet();
                }
                nodes += scriptNodes;
                relationships += scriptRelationships;
                progress.printf(
                        "  %-34s %3d statements  +%d nodes  +%d relationships  %.1f s%n",
                        script.file().getFileName(),
                        script.statements().size(),
                        scriptNodes,
                        scriptRelationships,
                        (System.currentTimeMillis() - scriptStart) / 1000.0);
            }
        }
        refreshSearchKeys(runId, bars, progress, new Custody.Outcome(statements, nodes, relationships, properties));
        custody.succeeded(runId, new Custody.Outcome(statements, nodes, relationships, properties));
        Report report = new Report(
                runId,
                scripts.size(),
                statements,
                nodes,
                relationships,
                properties,
                System.currentTimeMillis() - start);
        log.info(report.summary());
        return report;
    }

    /**
     * Drops indexes left by a constraint whose creation was killed half-way, so that its {@code CREATE CONSTRAINT}
     * can run again. Only names the scripts give to constraints are touched.
     */
    void dropOrphanedConstraintIndexes(List<LoadScripts.Script> scripts, PrintStream progress) {
        List<String> constraintNames = scripts.stream()
                .flatMap(script -> script.statements().stream())
                .map(LoadScripts.Statement::constraintName)
                .flatMap(Optional::stream)
                .toList();
        try (Session session = driver.session()) {
            List<String> orphans = session.run(
                            QueryFile.load("load/orphaned-constraint-indexes.cypher"),
                            Map.of("constraintNames", constraintNames))
                    .list(r -> r.get("name").asString());
            for (String name : orphans) {
                session.run(QueryFile.load("load/drop-index.cypher"), Map.of("name", name))
                        .consume();
                progress.printf(
                        "  dropped index %s: an earlier run was stopped after building it and before creating "
                                + "the constraint of that name, which this load now creates%n",
                        name);
            }
        }
    }

    /**
     * Writes the search keys of the nodes that are new or renamed since the last load (search/SearchKeys.java), with
     * a bar over the searchable nodes; a failure is recorded on the run like a failed statement.
     */
    void refreshSearchKeys(String runId, LoadProgress bars, PrintStream progress, Custody.Outcome soFar) {
        long start = System.currentTimeMillis();
        long written;
        LoadProgress.Bar[] bar = new LoadProgress.Bar[1];
        try {
            written = searchKeys.refresh(runId, new SearchKeys.Progress() {
                @Override
                public void started(long searchableNodes) {
                    bar[0] = bars.bar("search keys", searchableNodes);
                }

                @Override
                public void written(long nodes) {
                    bar[0].rowsDone(nodes);
                }
            });
            if (bar[0] != null) {
                bar[0].finished();
            }
        } catch (RuntimeException e) {
            recordFailure(runId, e, soFar);
            throw e;
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        progress.printf(
                "  %-34s %d nodes given new search keys  %.1f s%n",
                "search keys", written, (System.currentTimeMillis() - start) / 1000.0);
    }

    List<Custody.FileRead> filesRead(ImportCheck.Report check, List<LoadScripts.Script> scripts) {
        List<Custody.FileRead> files = new ArrayList<>();
        for (Map.Entry<String, Long> csv : check.rowsByFile().entrySet()) {
            // The hash is of the very bytes the check accepted, taken in the same read.
            files.add(Custody.FileRead.csv(
                    properties.getImportDir().resolve(csv.getKey()),
                    csv.getValue(),
                    check.digests().get(csv.getKey())));
        }
        for (LoadScripts.Script script : scripts) {
            files.add(Custody.FileRead.script(script.file(), script.statements().size()));
        }
        return files;
    }

    /** The run is marked FAILED with the reason; if even that cannot be written, the original error still wins. */
    void recordFailure(String runId, RuntimeException cause, Custody.Outcome soFar) {
        try {
            custody.failed(runId, Failures.describe(cause).message(), soFar);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Checks the CSV files of {@code importDir} against the shipped import format. */
    public ImportCheck.Report check(Path importDir) {
        if (!Files.isDirectory(importDir)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "No import folder at " + importDir.toAbsolutePath()
                            + ". Run from the project folder, or set SONGBUN_IMPORT_DIR.");
        }
        return ImportCheck.run(importDir, ShippedSchema.files());
    }

    /** Grades that need a reason do not stop a load, but are said, so they are not forgotten. */
    static void warnAbout(ImportCheck.Report report, PrintStream progress) {
        if (!report.warnings().isEmpty()) {
            progress.printf(
                    "  %d grade(s) need a reason in gradeNote (`check` lists them all):%n%s",
                    report.warnings().size(), report.warningListing(5));
        }
    }

    static void requireValid(ImportCheck.Report report) {
        if (!report.ok()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "The import files have " + report.problems().size()
                            + " problem(s); nothing was written. Fix them and run `load` again:\n"
                            + report.listing(50).stripTrailing());
        }
    }

    /**
     * Runs one statement, tagged with its run and place so it can be told apart in SHOW TRANSACTIONS; a statement
     * that reads a checked CSV file gets a bar, moved on by a poller while the statement runs.
     */
    SummaryCounters run(
            Session session, LoadScripts.Statement statement, String runId, Map<String, Long> rows, LoadProgress bars) {
        String tag = runId + " " + statement.where();
        TransactionConfig config = TransactionConfig.builder()
                .withMetadata(Map.of(BatchPoller.TAG, tag))
                .build();
        // An empty file gets no bar: 0 of 0 rows says nothing the script's line does not.
        Optional<CsvRead> csv = CsvRead.in(statement.text()).filter(read -> rows.getOrDefault(read.file(), 0L) > 0);
        try {
            if (csv.isEmpty()) {
                return session.run(statement.text(), config).consume().counters();
            }
            // Both close before the catch below runs: the poller thread ends with its statement, also on failure.
            try (LoadProgress.Bar bar =
                            bars.bar(csv.get().file(), rows.get(csv.get().file()));
                    BatchPoller poller = poll(tag, csv.get(), bar)) {
                SummaryCounters counters =
                        session.run(statement.text(), config).consume().counters();
                bar.finished();
                return counters;
            }
        } catch (Neo4jException e) {
            throw new SongbunException(
                    ExitCode.LOAD_FAILED,
                    statement.file() + ":" + statement.line() + ": " + Failures.firstLine(e.getMessage())
                            + " Fix the script or the CSV it reads, then run `load` again.",
                    e);
        }
    }

    /** Moves the bar by batches done times rows per batch; null (no poller) when the statement names no batch size. */
    private BatchPoller poll(String tag, CsvRead csv, LoadProgress.Bar bar) {
        if (csv.batchRows().isEmpty()) {
            return null;
        }
        long batchRows = csv.batchRows().getAsLong();
        return BatchPoller.start(driver, tag, POLL_INTERVAL, batches -> bar.rowsDone(batches * batchRows));
    }
}
