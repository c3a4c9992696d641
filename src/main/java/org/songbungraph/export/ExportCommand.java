package org.songbungraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.songbungraph.protection.Audit;
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
    private final Audit audit;

    ExportCommand(KnowledgeGraph graph, Redactor redactor, Audit audit) {
        this.graph = graph;
        this.redactor = redactor;
        this.audit = audit;
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
                            description = "replace protected people and anything "
                                    + "that names them by their witness codes, and leave out their birth years, family, residence and "
                                    + "links to places and units below province level (docs/export.md)")
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
        String auditId = audit.record(
                Audit.Action.EXPORT,
                "EXPORTED",
                null,
                null,
                chosen.name().toLowerCase(Locale.ROOT) + (redact ? ", redacted" : ", not redacted") + ", to " + target,
                manifest(target));
        return summary(target, chosen, written, files, redaction) + "\nRecorded in the audit trail as " + auditId + ".";
    }

    /** The manifest's lines, "sha256  file", as the audit trail keeps them. */
    private static List<String> manifest(Path target) {
        try {
            return Files.readAllLines(target.resolve(ExportFolder.MANIFEST));
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.INTERNAL, "The export was written but its manifest cannot be read: " + e.getMessage(), e);
        }
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
                    "%nRedacted: %d protected people shown by witness code only, %d of their relationships to "
                            + "family, residence and places below province level left out, %d testimony names and titles withheld.",
                    redaction.people(), redaction.droppedEdges(), redaction.withheldSources()));
        } else {
            out.append("\nNot redacted: protected people appear by witness code only (their identities stay in the "
                    + "vault), but their relatives, birth years, places and testimony are in the files. Use --redact "
                    + "for a copy to share.");
        }
        if (snapshot.skipped() > 0) {
            out.append(String.format(
                    "%nLeft out %d nodes or relationships without an id, which the import format cannot " + "address.",
                    snapshot.skipped()));
        }
        return out.toString();
    }
}
