package org.songbungraph.protection;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.songbungraph.SongbunGraphApplication;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail of acts on protected identities and on what leaves the tool: every reveal (refused ones too),
 * every seal and every export. Like load runs, records are only ever added. None holds an identity.
 */
@Component
public class Audit {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    public enum Action {
        REVEAL,
        SEAL,
        EXPORT
    }

    /** One act: what, whether it went through, who, when, and on whom or what. */
    public record Entry(
            String auditId,
            String action,
            String outcome,
            String at,
            String osUser,
            String witnessCode,
            String reason,
            String detail,
            List<String> files) {}

    private final Neo4jClient client;

    Audit(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Appends a record and returns its id. {@code files} are "name sha256-before → sha256-after" lines for a
     * seal, "name sha256" for an export.
     */
    public String record(
            Action action, String outcome, String witnessCode, String reason, String detail, List<String> files) {
        String auditId = "AU-" + ZonedDateTime.now(ZoneOffset.UTC).format(ID) + "-"
                + HexFormat.of()
                        .toHexDigits(ThreadLocalRandom.current().nextInt())
                        .substring(0, 6);
        client.query(QueryFile.load("protection/audit-constraint.cypher")).run();
        Map<String, Object> params = new HashMap<>();
        params.put("auditId", auditId);
        params.put("action", action.name());
        params.put("outcome", outcome);
        params.put("osUser", System.getProperty("user.name"));
        params.put("tool", SongbunGraphApplication.tool());
        params.put("witnessCode", witnessCode);
        params.put("reason", reason);
        params.put("detail", detail);
        params.put("files", files);
        client.query(QueryFile.load("protection/audit-record.cypher"))
                .bindAll(params)
                .run();
        return auditId;
    }

    /** The newest {@code limit} records, of one action or (null) all. */
    @SuppressWarnings("unchecked") // files is a list of strings
    public List<Entry> entries(Action action, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("action", action == null ? null : action.name());
        params.put("limit", limit);
        return List.copyOf(
                client.query(QueryFile.load("protection/audit-records.cypher")).bindAll(params).fetch().all().stream()
                        .map(m -> new Entry(
                                (String) m.get("auditId"),
                                (String) m.get("action"),
                                (String) m.get("outcome"),
                                (String) m.get("at"),
                                (String) m.get("osUser"),
                                (String) m.get("witnessCode"),
                                (String) m.get("reason"),
                                (String) m.get("detail"),
                                (List<String>) m.get("files")))
                        .toList());
    }
}
