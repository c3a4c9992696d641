package org.songbungraph.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songbungraph.corroboration.KnowledgeFilter;
import org.songbungraph.lineage.Evidence;
import org.songbungraph.lineage.Profile;
import org.songbungraph.lineage.Trace;
import org.songbungraph.lineage.TraceOutput;
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
                    String format,
            @Option(longNames = "knowledge", description = KnowledgeFilter.DESCRIPTION + " (what happened to them)")
                    String knowledge) {
        OutputFormat output = OutputFormat.parse(format);
        KnowledgeFilter knows = KnowledgeFilter.parse(knowledge);
        if (id == null || id.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "Give the person's id: person --id P-… (`search TEXT` finds ids).");
        }
        Trace trace = traces.forPerson(id, 0);
        Map<String, Object> row = client.query(QueryFile.load("person/profile.cypher"))
                .bindAll(Map.of("personId", trace.subject().id()))
                .fetch()
                .one()
                .orElseThrow();
        Profile profile = profile(trace.members().get(0).person(), row);
        return redactor.redact(TraceOutput.personPage(trace, profile, knows, output, sourceRefs.grades()));
    }

    /** The profile row read by column name; JSON prints the row itself, so scripts keep its keys. */
    @SuppressWarnings("unchecked")
    private static Profile profile(Trace.Person self, Map<String, Object> row) {
        List<Map<String, Object>> relatives = new ArrayList<>(entries(row, "relatives"));
        relatives.sort(Comparator.comparingInt((Map<String, Object> r) -> RELATION_ORDER.indexOf(r.get("relation")))
                .thenComparing(r -> String.valueOf(r.get("birthYear")))
                .thenComparing(r -> (String) r.get("id")));
        return new Profile(
                (String) row.get("id"),
                (String) row.get("name"),
                self,
                (String) row.get("protection"),
                (String) row.get("witnessCode"),
                new Evidence((List<String>) row.get("sources"), null),
                Optional.ofNullable((String) row.get("note")),
                entries(row, "families").stream()
                        .map(f -> new Profile.Family((String) f.get("id"), (String) f.get("name"), evidence(f)))
                        .toList(),
                relatives.stream()
                        .map(r -> new Profile.Relative(
                                (String) r.get("relation"),
                                (String) r.get("id"),
                                (String) r.get("name"),
                                r.get("birthYear") == null ? null : ((Number) r.get("birthYear")).intValue(),
                                evidence(r)))
                        .toList(),
                entries(row, "gave").stream()
                        .map(g -> new Profile.Testimony(
                                (String) g.get("id"), (String) g.get("title"), (String) g.get("kind"), evidence(g)))
                        .toList(),
                row);
    }

    /** A column holding a list of maps, as the profile's COLLECT subqueries return them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> row, String column) {
        return (List<Map<String, Object>>) row.get(column);
    }

    @SuppressWarnings("unchecked")
    private static Evidence evidence(Map<String, Object> entry) {
        Number credibility = (Number) entry.get("credibility");
        return new Evidence((List<String>) entry.get("sources"), credibility == null ? null : credibility.intValue());
    }
}
