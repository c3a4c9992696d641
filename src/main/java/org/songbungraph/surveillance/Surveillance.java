package org.songbungraph.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.songbungraph.shell.KnownIds;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceRefs;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read-only queries on SURVEILS edges: who watches a person, unit or market, and whom a unit watches. */
@Component
public class Surveillance {

    /**
     * One SURVEILS edge seen from the other end: the watcher (or the watched), shown by witness code when protected,
     * and for a watcher its reporting lines upwards (empty for the watched).
     */
    public record Watch(
            String id,
            String name,
            String kind,
            String means,
            Integer from,
            Integer to,
            String fromDate,
            String toDate,
            String dateQualifier,
            List<String> sources,
            Integer credibility,
            List<List<Hop>> lines) {}

    /** One step up a reporting line: ASSIGNED_TO (an informant's own unit) or REPORTS_TO, and the unit reached. */
    public record Hop(
            String link, String unitId, String unit, String kind, List<String> sources, Integer credibility) {}

    private final Neo4jClient client;

    Surveillance(Neo4jClient client) {
        this.client = client;
    }

    /** Who watches the node of this kind (PERSON, UNIT or MARKET) and id; the id must already be known to exist. */
    public List<Watch> watchersOf(KnownIds.Kind kind, String id) {
        return watchersOf(kind, List.of(id)).getOrDefault(id, List.of());
    }

    /** Who watches each of these nodes, in one query, keyed by the watched node's id (no key when nobody does). */
    public Map<String, List<Watch>> watchersOf(KnownIds.Kind kind, Collection<String> ids) {
        Map<String, List<Watch>> byTarget = new LinkedHashMap<>();
        client.query(QueryFile.load("surveillance/watchers.cypher"))
                .bindAll(Map.of("label", kind.label(), "ids", List.copyOf(ids)))
                .fetchAs(Watched.class)
                .mappedBy((types, r) -> new Watched(r.get("targetId").asString(), watch(r, "watcherId", "watcher")))
                .all()
                .forEach(w -> byTarget.computeIfAbsent(w.targetId(), k -> new ArrayList<>())
                        .add(w.watch()));
        return byTarget;
    }

    private record Watched(String targetId, Watch watch) {}

    List<Watch> watchedBy(String unitId) {
        return List.copyOf(client.query(QueryFile.load("surveillance/watched-by-unit.cypher"))
                .bindAll(Map.of("unitId", unitId))
                .fetchAs(Watch.class)
                .mappedBy((types, r) -> watch(r, "targetId", "target"))
                .all());
    }

    /**
     * One row per edge: the other end as {@code idColumn}/{@code nameColumn}, its kind, the means, years and evidence.
     * Reporting lines are left to the caller, which knows whether it shows them.
     */
    public static Table table(
            List<Watch> watches, String idColumn, String nameColumn, SourceRefs.Grades grades, OutputFormat format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Watch w : watches) {
            rows.add(Arrays.asList(
                    w.id(),
                    w.name(),
                    w.kind(),
                    w.means(),
                    w.from(),
                    w.to(),
                    grades.cell(w.sources(), w.credibility(), format)));
        }
        return new Table(List.of(idColumn, nameColumn, "kind", "means", "from", "to", "refs"), rows);
    }

    private static Watch watch(Record r, String idKey, String nameKey) {
        return new Watch(
                r.get(idKey).asString(null),
                r.get(nameKey).asString(null),
                r.get("kind").asString(null),
                r.get("means").asString(null),
                r.get("from").computeOrDefault(Value::asInt, null),
                r.get("to").computeOrDefault(Value::asInt, null),
                r.get("fromDate").asString(null),
                r.get("toDate").asString(null),
                r.get("dateQualifier").asString(null),
                r.get("sources").asList(Value::asString, List.of()),
                r.get("credibility").computeOrDefault(Value::asInt, null),
                r.get("lines").asList(line -> line.asList(Surveillance::hop), List.of()));
    }

    private static Hop hop(Value v) {
        return new Hop(
                v.get("link").asString(),
                v.get("unitId").asString(),
                v.get("unit").asString(null),
                v.get("kind").asString(null),
                v.get("sources").asList(Value::asString, List.of()),
                v.get("credibility").computeOrDefault(Value::asInt, null));
    }
}
