package org.songbungraph.load;

import java.nio.file.Path;

import org.songbungraph.SongbunProperties;
import org.songbungraph.connection.Connection;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.stats.GraphStats;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Data")
class LoadCommand {

    private final Loader loader;
    private final GraphStats stats;
    private final Connection connection;
    private final SongbunProperties properties;

    LoadCommand(Loader loader, GraphStats stats, Connection connection, SongbunProperties properties) {
        this.loader = loader;
        this.stats = stats;
        this.connection = connection;
        this.properties = properties;
    }

    @Command(command = "load", description = "Run the numbered scripts in cypher/: constraints first, then the CSV "
            + "loads from the import directory. Loading twice gives the same graph.")
    String load(@Option(longNames = "import-dir", description = "folder of CSV files; the embedded server reads the "
            + "one it was started with (SONGBUN_IMPORT_DIR, default ./import)") String importDir) {
        requireServerReads(importDir);
        Loader.Report report = loader.load(System.err);
        return report.summary() + "\n" + GraphStats.table(stats.counts()).render(OutputFormat.TABLE);
    }

    /** LOAD CSV reads the server's import directory, which is fixed when the server starts. */
    private void requireServerReads(String importDir) {
        if (importDir == null || importDir.isBlank()) {
            return;
        }
        Path wanted = Path.of(importDir).toAbsolutePath().normalize();
        Path served = properties.getImportDir().toAbsolutePath().normalize();
        if (connection.mode() == Connection.Mode.REMOTE) {
            throw new SongbunException(ExitCode.BAD_INPUT, "--import-dir cannot move a remote server's import "
                    + "directory: copy the CSV files into that server's import folder and run `load` without it.");
        }
        if (!wanted.equals(served)) {
            throw new SongbunException(ExitCode.BAD_INPUT, "The embedded server reads CSV files from " + served
                    + ", fixed when it started. Run `SONGBUN_IMPORT_DIR=" + wanted + " ./songbun load` instead.");
        }
    }
}
