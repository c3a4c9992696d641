package org.songbungraph.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.songbungraph.browser.Cookbook;
import org.songbungraph.corroboration.KnowledgeFilter;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.source.SourceRefs;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Lineage")
class TraceCommand {

    private final Traces traces;
    private final SourceRefs sourceRefs;
    private final Redactor redactor;

    TraceCommand(Traces traces, SourceRefs sourceRefs, Redactor redactor) {
        this.traces = traces;
        this.sourceRefs = sourceRefs;
        this.redactor = redactor;
    }

    @Command(
            command = "trace",
            description = "Trace how an ancestor's songbun runs through a family or the lineage "
                    + "around one person: the lineage tree, each member's documented or derived class and why, the policies "
                    + "that apply, what happened to each member in fact, and a summary, every line with its sources.")
    String trace(
            @Option(longNames = "family", description = "a family id, e.g. F-SYN-PAK (`family list` shows them)")
                    String family,
            @Option(
                            longNames = "person",
                            description = "a person id, e.g. P-SYN-PAK-08: their ancestors and descendants")
                    String person,
            @Option(
                            longNames = "generations",
                            description = "how many generations: from the top of a family, or up and "
                                    + "down from a person (default: all in the data)")
                    Integer generations,
            @Option(
                            longNames = "format",
                            defaultValue = "tree",
                            description = "tree for people, json or csv for scripts")
                    String format,
            @Option(
                            longNames = "browser",
                            defaultValue = "false",
                            description = "print one Cypher query that shows this "
                                    + "subgraph in Neo4j Browser instead of the trace")
                    boolean browser,
            @Option(longNames = "knowledge", description = KnowledgeFilter.DESCRIPTION + " (what happened in fact)")
                    String knowledge) {
        boolean byFamily = family != null && !family.isEmpty();
        boolean byPerson = person != null && !person.isEmpty();
        if (byFamily == byPerson) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Give either --family ID or --person ID (`family list` and " + "`search TEXT` find ids).");
        }
        if (generations != null && generations < (byFamily ? 1 : 0)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--generations must be " + (byFamily ? "1" : "0") + " or more, not " + generations + ".");
        }
        String shape = format == null ? "tree" : format.trim().toLowerCase(Locale.ROOT);
        if (!List.of("tree", "table", "json", "csv").contains(shape)) {
            throw new SongbunException(ExitCode.BAD_INPUT, "--format must be tree, json or csv, not '" + format + "'.");
        }
        KnowledgeFilter knows = KnowledgeFilter.parse(knowledge);
        Trace trace = byFamily ? traces.forFamily(family, generations) : traces.forPerson(person, generations);
        if (browser) {
            return redactor.redact(browserQuery(trace));
        }
        OutputFormat output = switch (shape) {
            case "json" -> OutputFormat.JSON;
            case "csv" -> OutputFormat.CSV;
            default -> OutputFormat.TABLE;
        };
        SourceRefs.Grades grades = sourceRefs.grades();
        return redactor.redact(
                TraceOutput.render(TraceReport.of(trace).keeping(knows, grades.knowledge()), output, grades));
    }

    /** The cookbook query the Browser guide shows too (cypher/queries/), so the two cannot drift apart. */
    static final String BROWSER_QUERY = "11-trace-subgraph.cypher";

    /**
     * The Browser query with its parameters set by Browser's own :param command, so the query text is the
     * fixed one from the cookbook and the ids travel only as data.
     */
    static String browserQuery(Trace trace) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(
                "ids",
                cypherList(trace.members().stream().map(m -> m.person().id()).toList()));
        params.put("targets", cypherList(trace.policyTargets()));
        return "// Paste into Neo4j Browser (all lines): the subgraph of `trace "
                + trace.subject().kind() + " "
                + trace.subject().id() + "`\n"
                + Cookbook.load(BROWSER_QUERY).withParams(params).forBrowser();
    }

    private static String cypherList(List<String> values) {
        return values.stream()
                .map(v -> "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
