package org.songbungraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.songbungraph.SongbunProperties;
import org.songbungraph.connection.Connection;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.UserPaths;
import org.songbungraph.stats.GraphStats;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Data")
class LoadCommand {

    private final Loader loader;
    private final Sealing sealing;
    private final BulkImport bulkImport;
    private final GraphStats stats;
    private final Connection connection;
    private final SongbunProperties properties;

    LoadCommand(
            Loader loader,
            Sealing sealing,
            BulkImport bulkImport,
            GraphStats stats,
            Connection connection,
            SongbunProperties properties) {
        this.loader = loader;
        this.sealing = sealing;
        this.bulkImport = bulkImport;
        this.stats = stats;
        this.connection = connection;
        this.properties = properties;
    }

    @Command(
            command = "load",
            description =
                    "Run the numbered scripts in cypher/: constraints first, then the CSV "
                            + "loads from the import directory. Loading twice gives the same graph. With --bulk, Neo4j's own bulk "
                            + "importer builds a new store from the same CSV files instead (much faster; empty embedded store only).")
    String load(
            @Option(
                            longNames = "import-dir",
                            description = "folder of CSV files; the embedded server reads the "
                                    + "one it was started with (SONGBUN_IMPORT_DIR, default ./import)")
                    String importDir,
            @Option(
                            longNames = "bulk",
                            defaultValue = "false",
                            description = "build a new store with Neo4j's bulk "
                                    + "importer (neo4j-admin database import full), then run the scripts' constraints and derived labels; "
                                    + "needs an empty embedded store, e.g. a new SONGBUN_DATA_DIR")
                    boolean bulk,
            @Option(
                            longNames = "keep-staged",
                            defaultValue = "false",
                            description = "with --bulk: keep the rows staged for the importer (a second copy of "
                                    + "the import folder, with the search keys) in SONGBUN_DATA_DIR/bulk/rows, to run "
                                    + "Neo4j's importer by hand on the same files (docs/loading.md)")
                    boolean keepStaged) {
        requireServerReads(importDir);
        if (keepStaged && !bulk) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "--keep-staged goes with --bulk: only the bulk path stages rows.");
        }
        String summary = bulk
                ? bulkImport.run(System.err, keepStaged).summary()
                : loader.load(System.err).summary();
        return summary + "\n" + GraphStats.table(stats.counts()).render(OutputFormat.TABLE);
    }

    @Command(
            command = "check",
            description = "Check the CSV files of an import folder against the import format and the grade rule, "
                    + "writing nothing, and list every problem as file:line:column: message (exit code 2 if any); "
                    + "grades that need a reason in gradeNote are listed as warnings and do not fail.")
    String check(
            @Option(
                            longNames = "import-dir",
                            description = "the folder to check (default: SONGBUN_IMPORT_DIR, " + "./import)")
                    String importDir) {
        Path dir = importDir == null || importDir.isBlank()
                ? properties.getImportDir()
                : UserPaths.of("--import-dir", importDir);
        ImportCheck.Report report = loader.check(dir);
        if (!report.ok()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    dir + " has " + report.problems().size() + " problem(s):\n"
                            + report.listing(Integer.MAX_VALUE).stripTrailing());
        }
        String valid = dir + " is valid: " + report.files() + " files, " + report.rows() + " rows.";
        if (report.warnings().isEmpty()) {
            return valid;
        }
        return valid + "\n" + report.warnings().size() + " warning(s): grades that need a reason in gradeNote"
                + " (docs/model.md, Grade rule):\n"
                + report.warningListing(Integer.MAX_VALUE).stripTrailing();
    }

    @Command(
            command = "seal",
            description = "Move the identifying cells (name, Hangul name, note) of PROTECTED rows out of the import "
                    + "folder's CSV files into its vault, identities.sealed, encrypted under the vault passphrase "
                    + "(SONGBUN_VAULT_PASSPHRASE, or asked for in the shell); the name becomes the witness code. "
                    + "The vault and the CSV files change together or not at all; the audit trail records it.")
    String seal(
            @Option(
                            longNames = "import-dir",
                            description = "the folder to seal (default: SONGBUN_IMPORT_DIR, ./import)")
                    String importDir) {
        Path dir = importDir == null || importDir.isBlank()
                ? properties.getImportDir()
                : UserPaths.of("--import-dir", importDir);
        if (!Files.isDirectory(dir)) {
            throw new SongbunException(ExitCode.BAD_INPUT, "No import folder at " + dir.toAbsolutePath() + ".");
        }
        Sealing.Sealed done = sealing.seal(dir);
        if (done == null) {
            return "Nothing to seal: no PROTECTED row in " + dir + " holds an identifying cell.";
        }
        return "Sealed " + done.identities() + " identities into " + done.vault() + " (" + done.people()
                + " people in the vault); their cells in the CSV files are blank and each name is the witness code. "
                + "Recorded in the audit trail as " + done.auditId() + ". Run `load` to bring the graph in line.";
    }

    /** LOAD CSV reads the server's import directory, which is fixed when the server starts. */
    private void requireServerReads(String importDir) {
        if (importDir == null || importDir.isBlank()) {
            return;
        }
        Path wanted = UserPaths.of("--import-dir", importDir).toAbsolutePath().normalize();
        Path served = properties.getImportDir().toAbsolutePath().normalize();
        if (connection.mode() == Connection.Mode.REMOTE) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--import-dir cannot move a remote server's import "
                            + "directory: copy the CSV files into that server's import folder and run `load` without it.");
        }
        if (!wanted.equals(served)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "The embedded server reads CSV files from " + served
                            + ", fixed when it started. Run `SONGBUN_IMPORT_DIR=" + wanted
                            + " ./songbun load` instead.");
        }
    }
}
