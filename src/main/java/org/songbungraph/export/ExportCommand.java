package org.songbungraph.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.UserPaths;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Data")
class ExportCommand {

    /** What `--format` can be. */
    enum Format {
        CSV,
        JSON,
        GRAPHML;

        static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return f;
                }
            }
            throw new SongbunException(ExitCode.BAD_INPUT, "--format must be csv, json or graphml.");
        }
    }

    private final KnowledgeGraph graph;
    private final Redactor redactor;

    ExportCommand(KnowledgeGraph graph, Redactor redactor) {
        this.graph = graph;
        this.redactor = redactor;
    }

    @Command(
            command = "export",
            description = "Write the whole knowledge graph into a new or empty folder: CSV in the "
                    + "import format (check and load read it again), JSON or GraphML, with a SHA-256 manifest; --redact replaces "
                    + "protected people by their witness codes. See docs/export.md.")
    String export(
            @Option(
                            longNames = "out",
                            description = "a new or empty folder to write into; an existing file or a "
                                    + "folder that holds anything is refused")
                    String out,
            @Option(
                            longNames = "format",
                            defaultValue = "csv",
                            description = "csv (the import/ files, loadable again), "
                                    + "json (one document) or graphml (for Gephi, yEd, Cytoscape)")
                    String format,
            @Option(
                            longNames = "redact",
                            defaultValue = "false",
                            description =
                                    "replace protected people and anything "
                                            + "that names them by their witness codes, and leave out their family and residence links")
                    boolean redact) {
        Format chosen = Format.parse(format);
        if (out == null || out.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "export needs --out DIR, a new or empty folder to write into.");
        }
        Path target = ExportFolder.require(UserPaths.of("--out", out));

        Snapshot snapshot = graph.read();
        Redaction.Result redaction = null;
        if (redact) {
            redaction = Redaction.apply(snapshot, redactor.redaction());
            snapshot = redaction.snapshot();
        }
        Snapshot written = snapshot;
        List<Path> files = ExportFolder.write(target, dir -> switch (chosen) {
            case CSV -> CsvExport.write(written, dir);
            case JSON -> JsonExport.write(written, dir, redact);
            case GRAPHML -> GraphmlExport.write(written, dir);
        });
        return summary(target, chosen, written, files, redaction);
    }

    private static String summary(
            Path target, Format format, Snapshot snapshot, List<Path> files, Redaction.Result redaction) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Exported %d nodes and %d relationships as %s to %s: %d files (%s lists them with their "
                        + "SHA-256; check with `sha256sum -c %s`).",
                snapshot.nodes().size(),
                snapshot.edges().size(),
                format.name().toLowerCase(Locale.ROOT),
                target,
                files.size(),
                ExportFolder.MANIFEST,
                ExportFolder.MANIFEST));
        if (redaction != null) {
            out.append(String.format(
                    "%nRedacted: %d protected people shown by witness code only, %d family and residence "
                            + "relationships of theirs left out, %d testimony names and titles withheld.",
                    redaction.people(), redaction.droppedEdges(), redaction.withheldSources()));
        } else {
            out.append("\nNot redacted: the files name protected people. Use --redact for a copy to share.");
        }
        if (snapshot.skipped() > 0) {
            out.append(String.format(
                    "%nLeft out %d nodes or relationships without an id, which the import format cannot " + "address.",
                    snapshot.skipped()));
        }
        return out.toString();
    }
}
