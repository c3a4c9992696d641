package org.songbungraph.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.songbungraph.lineage.Trace;
import org.songbungraph.lineage.TraceReport;
import org.songbungraph.lineage.Traces;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.source.SourceRefs;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Lineage")
class PersonCommand {

    private static final List<String> RELATION_ORDER =
            List.of("father", "mother", "parent", "spouse", "son", "daughter", "child");

    private final Neo4jClient client;
    private final Traces traces;
    private final SourceRefs sourceRefs;
    private final Redactor redactor;

    PersonCommand(Neo4jClient client, Traces traces, SourceRefs sourceRefs, Redactor redactor) {
        this.client = client;
        this.traces = traces;
        this.sourceRefs = sourceRefs;
        this.redactor = redactor;
    }

    @Command(
            command = "person",
            description = "Everything about one person, each line with its sources: who they are, "
                    + "their family and relatives, testimony they gave, their songbun and how it was found, the policies that "
                    + "apply, and what happened to them. Protected people are shown by witness code only.")
    String person(
            @Option(longNames = "id", description = "the person's id, e.g. P-SYN-PAK-08 (`search TEXT` finds ids)")
                    String id,
            @Option(
                            longNames = "format",
                            defaultValue = "table",
                            description = "table for people, json or csv for scripts")
                    String format) {
        OutputFormat output = OutputFormat.parse(format);
        if (id == null || id.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "Give the person's id: person --id P-… (`search TEXT` finds ids).");
        }
        Trace trace = traces.forPerson(id, 0);
        Map<String, Object> profile = client.query(QueryFile.load("person/profile.cypher"))
                .bindAll(Map.of("personId", trace.subject().id()))
                .fetch()
                .one()
                .orElseThrow();
        SourceRefs.Grades grades = sourceRefs.grades();
        TraceReport report = TraceReport.forPerson(trace, grades, profileLines(trace, profile), profile);
        return redactor.redact(
                switch (output) {
                    case TABLE -> report.tree();
                    case JSON -> report.json();
                    case CSV -> report.csv();
                });
    }

    @SuppressWarnings("unchecked")
    private static List<TraceReport.Line> profileLines(Trace trace, Map<String, Object> p) {
        String id = (String) p.get("id");
        String name = (String) p.get("name");
        List<TraceReport.Line> lines = new ArrayList<>();
        Trace.Person self = trace.members().get(0).person();
        lines.add(line(
                id,
                name,
                "",
                TraceReport.describe(self) + ", " + describeProtection(p),
                (List<String>) p.get("sources"),
                null));
        if (p.get("note") != null) {
            lines.add(line(id, name, "note", (String) p.get("note"), List.of(), null));
        }
        for (Map<String, Object> f : (List<Map<String, Object>>) p.get("families")) {
            lines.add(line(
                    id, name, "family", f.get("id") + " " + f.get("name"), (List<String>) f.get("sources"), (Number)
                            f.get("credibility")));
        }
        List<Map<String, Object>> relatives = new ArrayList<>((List<Map<String, Object>>) p.get("relatives"));
        relatives.sort(Comparator.comparingInt((Map<String, Object> r) -> RELATION_ORDER.indexOf(r.get("relation")))
                .thenComparing(r -> String.valueOf(r.get("birthYear")))
                .thenComparing(r -> (String) r.get("id")));
        for (Map<String, Object> r : relatives) {
            lines.add(line(
                    id,
                    name,
                    (String) r.get("relation"),
                    r.get("id") + " " + r.get("name")
                            + (r.get("birthYear") == null ? "" : " (" + r.get("birthYear") + ")"),
                    (List<String>) r.get("sources"),
                    (Number) r.get("credibility")));
        }
        for (Map<String, Object> g : (List<Map<String, Object>>) p.get("gave")) {
            lines.add(line(
                    id,
                    name,
                    "gave",
                    g.get("id") + " " + g.get("title") + " (" + g.get("kind") + ")",
                    (List<String>) g.get("sources"),
                    (Number) g.get("credibility")));
        }
        return lines;
    }

    private static String describeProtection(Map<String, Object> p) {
        return switch (String.valueOf(p.get("protection"))) {
            case "PROTECTED" -> "protected: shown only by witness code " + p.get("witnessCode");
            case "PSEUDONYM" -> "named by a pseudonym, as the source does";
            default -> "may be named";
        };
    }

    private static TraceReport.Line line(
            String id, String name, String item, String detail, List<String> sources, Number credibility) {
        return new TraceReport.Line(
                "profile",
                id,
                name,
                item,
                detail,
                null,
                null,
                null,
                sources == null ? List.of() : sources,
                credibility == null ? null : credibility.intValue(),
                0);
    }
}
