package org.songbungraph.custody;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.songbungraph.SongbunGraphApplication;
import org.songbungraph.connection.Connection;
import org.songbungraph.digest.FileDigest;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.SongbunException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The chain of custody of the graph: every load is recorded as a {@code LoadRun} node with who ran it, when,
 * the SHA-256 of every CSV file and script it read, the rows it read and how it ended. Runs are never deleted
 * or rewritten by a later load, so the record accumulates as the Berkeley Protocol asks.
 */
@Component
public class Custody {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * A file a load is about to read: a CSV with its data rows, or a script with its statements. A CSV comes
     * with the digest the import check computed as it read it, so a large file is not read a second time;
     * a script ({@code digest} null) is hashed by {@link #begin}.
     */
    public record FileRead(String kind, String name, Path path, long count, FileDigest.Digest digest) {
        public static FileRead csv(Path file, long rows, FileDigest.Digest digest) {
            return new FileRead("csv", file.getFileName().toString(), file, rows, digest);
        }

        public static FileRead script(Path file, long statements) {
            return new FileRead("script", file.getFileName().toString(), file, statements, null);
        }
    }

    /** What a load wrote, recorded when it ends. */
    public record Outcome(int statements, int nodesCreated, int relationshipsCreated, int propertiesSet) {}

    /** One recorded load, as stored (times as ISO-8601 text). */
    public record Run(
            String runId,
            String status,
            String trigger,
            String startedAt,
            String endedAt,
            String osUser,
            String tool,
            String server,
            String importDir,
            String scriptsDir,
            long csvFiles,
            long csvRows,
            long scripts,
            Long statements,
            Long nodesCreated,
            Long relationshipsCreated,
            String failure) {

        static Run of(Map<String, Object> m) {
            return new Run(
                    text(m, "runId"),
                    text(m, "status"),
                    text(m, "trigger"),
                    text(m, "startedAt"),
                    text(m, "endedAt"),
                    text(m, "osUser"),
                    text(m, "tool"),
                    text(m, "server"),
                    text(m, "importDir"),
                    text(m, "scriptsDir"),
                    number(m, "csvFiles"),
                    number(m, "csvRows"),
                    number(m, "scripts"),
                    (Long) m.get("statements"),
                    (Long) m.get("nodesCreated"),
                    (Long) m.get("relationshipsCreated"),
                    text(m, "failure"));
        }

        private static String text(Map<String, Object> m, String key) {
            Object value = m.get(key);
            return value == null ? null : value.toString();
        }

        private static long number(Map<String, Object> m, String key) {
            Object value = m.get(key);
            return value == null ? 0 : ((Number) value).longValue();
        }
    }

    /** A file as a run recorded it. */
    public record RecordedFile(String kind, String name, String sha256, long bytes, long count) {}

    private final Neo4jClient client;
    private final String server;

    @Autowired
    Custody(Neo4jClient client, Connection connection) {
        this(client, connection.mode().name().toLowerCase() + " " + connection.boltUri());
    }

    private Custody(Neo4jClient client, String server) {
        this.client = client;
        this.server = server;
    }

    /** For code that has a driver but no Spring context (tests, tools). */
    public static Custody over(Driver driver, String server) {
        return new Custody(Neo4jClient.create(driver), server);
    }

    /** Hashes every file not hashed yet and records a RUNNING run; returns its id. Call before the load writes anything. */
    public String begin(String trigger, Path importDir, Path scriptsDir, List<FileRead> files) {
        List<Map<String, Object>> hashed = new ArrayList<>();
        for (FileRead file : files) {
            FileDigest.Digest digest = file.digest() != null ? file.digest() : sha256(file.path());
            hashed.add(Map.of(
                    "kind",
                    file.kind(),
                    "name",
                    file.name(),
                    "sha256",
                    digest.hex(),
                    "bytes",
                    digest.bytes(),
                    "count",
                    file.count()));
        }
        String runId = "LR-" + ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID) + "-"
                + HexFormat.of()
                        .toHexDigits(ThreadLocalRandom.current().nextInt())
                        .substring(0, 6);
        client.query(QueryFile.load("custody/constraint.cypher")).run();
        Map<String, Object> params = new HashMap<>();
        params.put("runId", runId);
        params.put("trigger", trigger);
        params.put("osUser", System.getProperty("user.name"));
        params.put("tool", SongbunGraphApplication.tool());
        params.put("server", server);
        params.put("importDir", importDir.toAbsolutePath().normalize().toString());
        params.put("scriptsDir", scriptsDir.toAbsolutePath().normalize().toString());
        params.put("files", hashed);
        client.query(QueryFile.load("custody/begin.cypher")).bindAll(params).run();
        return runId;
    }

    public void succeeded(String runId, Outcome outcome) {
        finish(runId, "SUCCEEDED", null, outcome);
    }

    public void failed(String runId, String reason, Outcome soFar) {
        finish(runId, "FAILED", reason, soFar);
    }

    private void finish(String runId, String status, String failure, Outcome outcome) {
        Map<String, Object> params = new HashMap<>();
        params.put("runId", runId);
        params.put("status", status);
        params.put("failure", failure);
        params.put("statements", outcome.statements());
        params.put("nodesCreated", outcome.nodesCreated());
        params.put("relationshipsCreated", outcome.relationshipsCreated());
        params.put("propertiesSet", outcome.propertiesSet());
        client.query(QueryFile.load("custody/finish.cypher")).bindAll(params).run();
    }

    /** Runs that began and never recorded an end, newest first. */
    public List<Run> unfinished() {
        return client
                .query(QueryFile.load("custody/unfinished.cypher"))
                .fetchAs(Run.class)
                .mappedBy(Custody::run)
                .all()
                .stream()
                .toList();
    }

    /** Marks a run that cannot still be running (its process is gone) as INTERRUPTED. */
    public void markInterrupted(String runId, String why) {
        client.query(QueryFile.load("custody/mark-interrupted.cypher"))
                .bind(runId)
                .to("runId")
                .bind(why)
                .to("failure")
                .run();
    }

    List<Run> runs(int limit) {
        return client
                .query(QueryFile.load("custody/runs.cypher"))
                .bind(limit)
                .to("limit")
                .fetchAs(Run.class)
                .mappedBy(Custody::run)
                .all()
                .stream()
                .toList();
    }

    Optional<Run> run(String runId) {
        return client.query(QueryFile.load("custody/run.cypher"))
                .bind(runId)
                .to("runId")
                .fetchAs(Run.class)
                .mappedBy(Custody::run)
                .one();
    }

    List<RecordedFile> files(String runId) {
        return client
                .query(QueryFile.load("custody/files.cypher"))
                .bind(runId)
                .to("runId")
                .fetchAs(RecordedFile.class)
                .mappedBy((types, r) -> {
                    Map<String, Object> f = r.get("file").asMap();
                    return new RecordedFile(
                            (String) f.get("kind"),
                            (String) f.get("name"),
                            (String) f.get("sha256"),
                            ((Number) f.get("bytes")).longValue(),
                            ((Number) f.get("count")).longValue());
                })
                .all()
                .stream()
                .toList();
    }

    Optional<String> lastSucceeded() {
        return client.query(QueryFile.load("custody/last-succeeded.cypher"))
                .fetchAs(String.class)
                .one();
    }

    private static Run run(TypeSystem types, Record row) {
        return Run.of(row.get("run").asMap());
    }

    /** A file's SHA-256 (hex) and size, read as a stream so a large CSV is never held in memory. */
    static FileDigest.Digest sha256(Path file) {
        try {
            return FileDigest.of(file);
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot read " + file + " to hash it: " + e.getMessage(), e);
        }
    }
}
