package org.songbungraph.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songbungraph.corroboration.Chains;
import org.songbungraph.corroboration.Corroboration;
import org.songbungraph.corroboration.KnowledgeFilter;
import org.songbungraph.corroboration.Origin;
import org.songbungraph.corroboration.SourceNetwork;
import org.songbungraph.corroboration.SourceNetworks;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceQueries.ClaimRow;
import org.songbungraph.source.SourceQueries.Link;
import org.songbungraph.source.SourceQueries.Other;
import org.songbungraph.source.SourceQueries.SourceRow;
import org.songbungraph.source.SourceQueries.Statement;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Evidence")
class SourceCommands {

    // Shown instead of the name or title of a testimony given by a protected person, which describe the witness.
    static final String WITHHELD = "[withheld: describes a protected witness]";

    private final SourceQueries queries;
    private final SourceRefs refs;
    private final AnyNode nodes;
    private final Redactor redactor;
    private final SourceNetworks networks;

    SourceCommands(SourceQueries queries, SourceRefs refs, AnyNode nodes, Redactor redactor, SourceNetworks networks) {
        this.queries = queries;
        this.refs = refs;
        this.nodes = nodes;
        this.redactor = redactor;
        this.networks = networks;
    }

    @Command(
            command = "sources",
            description =
                    "List the sources with their reliability, what they cite, who gave "
                            + "them and how much of the graph rests on them; with --for ID, the provenance of one node of any label.")
    String sources(
            @Option(
                            longNames = "for",
                            description = "a node id of any label (or a witness code): show every "
                                    + "statement about it with its sources and grades")
                    String forId,
            @Option(
                            longNames = "min-reliability",
                            defaultValue = GradeFilter.ALL_RELIABILITY,
                            description =
                                    "keep sources graded A up to this grade (A completely reliable ... F cannot be judged)")
                    String minReliability,
            @Option(
                            longNames = "min-credibility",
                            defaultValue = GradeFilter.ALL_CREDIBILITY,
                            description =
                                    "keep statements graded 1 up to this grade (1 confirmed ... 6 cannot be judged); "
                                            + "a node's own record has no grade and is kept")
                    String minCredibility,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        GradeFilter filter = GradeFilter.parse(minReliability, minCredibility);
        SourceRefs.Grades grades = refs.grades();
        Table table = forId == null
                ? sourceTable(grades, filter, output)
                : provenanceTable(nodes.require("for", forId).id(), grades, filter, output);
        return redactor.render(table, output);
    }

    @Command(
            command = "claims",
            description = "List the sourced statements and figures with their credibility, how their teller "
                    + "knows, their independent origins (reprints and relays collapse into what they cite; one "
                    + "witness is one origin), what they are about and what they contradict; --about ID keeps the "
                    + "claims about one node, --weak those resting on one origin or only on origins graded D-F.")
    String claims(
            @Option(
                            longNames = "about",
                            description = "a node id of any label (or a witness code): only the claims " + "about it")
                    String aboutId,
            @Option(
                            longNames = "weak",
                            defaultValue = "false",
                            description = "only the claims that rest on at most one independent origin, or only on "
                                    + "origins graded D-F (synthetic claims, which have none, included)")
                    boolean weak,
            @Option(longNames = "knowledge", description = KnowledgeFilter.DESCRIPTION) String knowledge,
            @Option(
                            longNames = "min-credibility",
                            defaultValue = GradeFilter.ALL_CREDIBILITY,
                            description = "keep claims graded 1 up to this grade (1 confirmed ... 6 cannot be judged)")
                    String minCredibility,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        GradeFilter filter = GradeFilter.credibilityOnly(minCredibility);
        String about = aboutId == null ? null : nodes.require("about", aboutId).id();
        SourceRefs.Grades grades = refs.grades();
        KnowledgeFilter knows = KnowledgeFilter.parse(knowledge);
        SourceNetwork network = networks.read();
        List<List<Object>> rows = new ArrayList<>();
        for (ClaimRow c : queries.claims(about)) {
            Corroboration corroboration = network.corroborate(c.sources());
            List<String> basis = network.knowledgeOf(c.knowledge(), c.sources());
            if (!filter.keepsStatement(c.credibility()) || (weak && !corroboration.weak()) || !knows.keeps(basis)) {
                continue;
            }
            rows.add(row(
                    c.id(),
                    c.name(),
                    c.statement(),
                    figure(c.value()),
                    figure(c.valueMax()),
                    c.unit(),
                    c.qualifier(),
                    c.asOf(),
                    c.dateQualifier(),
                    c.credibility(),
                    c.gradeNote(),
                    basis.isEmpty() ? null : String.join(",", basis),
                    corroboration.independent(),
                    Chains.cell(corroboration, output),
                    Evidence.entries(
                            c.about().stream().map(SourceCommands::describe).toList(),
                            c.about().stream().map(SourceCommands::structured).toList(),
                            output),
                    Evidence.entries(c.contradicts(), c.contradicts(), output),
                    grades.cell(c.sources(), c.credibility(), output)));
        }
        return redactor.render(
                new Table(
                        List.of(
                                "id",
                                "name",
                                "statement",
                                "value",
                                "valueMax",
                                "unit",
                                "qualifier",
                                "asOf",
                                "dateQualifier",
                                "credibility",
                                "gradeNote",
                                "knowledge",
                                "origins",
                                "chain",
                                "about",
                                "contradicts",
                                "refs"),
                        rows),
                output);
    }

    private Table sourceTable(SourceRefs.Grades grades, GradeFilter filter, OutputFormat output) {
        List<List<Object>> rows = new ArrayList<>();
        for (SourceRow s : queries.sources()) {
            if (!filter.keepsSource(s.reliability())) {
                continue;
            }
            List<Link> cites = kept(s.cites(), grades, filter, true);
            List<Link> citedBy = kept(s.citedBy(), grades, filter, true);
            List<Link> gaveBy = kept(s.gaveBy(), grades, filter, false);
            rows.add(row(
                    s.id(),
                    s.describesWitness() ? WITHHELD : s.title(),
                    s.publisher(),
                    s.kind(),
                    s.published(),
                    s.language(),
                    s.reliability(),
                    s.knowledge(),
                    links(cites, grades, output),
                    links(citedBy, grades, output),
                    links(gaveBy, grades, output),
                    s.nodes(),
                    s.relationships(),
                    grades.cell(s.sources(), null, output)));
        }
        return new Table(
                List.of(
                        "id",
                        "title",
                        "publisher",
                        "kind",
                        "published",
                        "language",
                        "reliability",
                        "knowledge",
                        "cites",
                        "citedBy",
                        "gaveBy",
                        "nodes",
                        "relationships",
                        "refs"),
                rows);
    }

    /** Edges graded below the credibility filter go; so do cited or citing sources below the reliability filter. */
    private static List<Link> kept(List<Link> links, SourceRefs.Grades grades, GradeFilter filter, boolean toSources) {
        return links.stream()
                .filter(l -> filter.keepsStatement(l.credibility()))
                .filter(l ->
                        !toSources || filter.keepsSource(grades.reliability().get(l.id())))
                .toList();
    }

    private static Object links(List<Link> links, SourceRefs.Grades grades, OutputFormat output) {
        List<String> texts = links.stream()
                .map(l -> l.id() + (l.name() == null || l.name().equals(l.id()) ? "" : " " + l.name()) + " "
                        + grades.refs(l.sources(), l.credibility()))
                .toList();
        List<Map<String, Object>> structured = links.stream()
                .map(l -> {
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put("id", l.id());
                    if (l.name() != null) {
                        link.put("name", l.name());
                    }
                    link.put("credibility", l.credibility());
                    link.put("refs", grades.structured(l.sources(), l.credibility()));
                    return link;
                })
                .toList();
        return Evidence.entries(texts, structured, output);
    }

    /** One row per statement and source, so each source's grade stands next to the statement it supports. */
    private Table provenanceTable(String nodeId, SourceRefs.Grades grades, GradeFilter filter, OutputFormat output) {
        SourceNetwork network = networks.read();
        List<List<Object>> rows = new ArrayList<>();
        for (Statement s : queries.provenance(nodeId)) {
            if (!filter.keepsStatement(s.credibility())) {
                continue;
            }
            // A node's own record is not a graded statement: it has no origins to count.
            Corroboration corroboration = s.credibility() == null ? null : network.corroborate(s.sources());
            Other other = s.other();
            List<String> sources = s.sources().isEmpty() ? Collections.singletonList(null) : s.sources();
            for (String source : sources) {
                String reliability =
                        source == null ? null : grades.reliability().get(source);
                if (!filter.keepsSource(reliability)) {
                    continue;
                }
                List<String> one = source == null ? List.of() : List.of(source);
                rows.add(row(
                        s.kind(),
                        s.statement(),
                        s.direction(),
                        other == null ? null : other.id(),
                        other == null ? null : other.label(),
                        other == null ? null : shownName(other),
                        s.credibility(),
                        corroboration == null ? null : corroboration.independent(),
                        source,
                        reliability,
                        corroboration == null || source == null ? null : originOf(corroboration, source),
                        grades.cell(one, s.credibility(), output)));
            }
        }
        return new Table(
                List.of(
                        "kind",
                        "statement",
                        "direction",
                        "other",
                        "otherLabel",
                        "otherName",
                        "credibility",
                        "origins",
                        "source",
                        "reliability",
                        "origin",
                        "ref"),
                rows);
    }

    /** The chain of the origin a source belongs to, or why it counts for none. */
    private static String originOf(Corroboration corroboration, String source) {
        return corroboration.originOf(source).map(Origin::chain).orElse("not counted: synthetic beside real sources");
    }

    private static String describe(Other other) {
        return other.id() + " (" + other.label() + ") " + shownName(other);
    }

    private static Map<String, Object> structured(Other other) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", other.id());
        node.put("label", other.label());
        node.put("name", shownName(other));
        return node;
    }

    private static String shownName(Other other) {
        return other.withheld() ? WITHHELD : other.name();
    }

    /** Figures are stored as floats; 30.0 reads as 30. */
    private static Number figure(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) value.longValue() : value;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
