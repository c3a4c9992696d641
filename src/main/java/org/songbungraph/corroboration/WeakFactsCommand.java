package org.songbungraph.corroboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neo4j.driver.Value;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.Table;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Evidence")
class WeakFactsCommand {

    /** One graded fact as the graph holds it. */
    record Fact(
            String kind,
            String id,
            String start,
            String end,
            int credibility,
            String gradeNote,
            String knowledge,
            List<String> sources) {}

    private final Neo4jClient client;
    private final SourceNetworks networks;
    private final Redactor redactor;

    WeakFactsCommand(Neo4jClient client, SourceNetworks networks, Redactor redactor) {
        this.client = client;
        this.networks = networks;
        this.redactor = redactor;
    }

    @Command(
            command = "weak",
            description =
                    "List the facts (claims, policies and every relationship except CITES and ABOUT) that rest on "
                            + "at most one independent origin, or only on origins graded D-F: reprints and relays count as "
                            + "what they cite, and one witness's testimonies as one origin. Facts on synthetic sources alone "
                            + "are left out unless --synthetic is given.")
    String weak(
            @Option(
                            longNames = "kind",
                            description = "only facts of this kind: Claim, Policy or a relationship type such as "
                                    + "ASSIGNED_TO")
                    String kind,
            @Option(
                            longNames = "synthetic",
                            defaultValue = "false",
                            description = "also list the facts that rest on synthetic sources alone (no origin)")
                    boolean synthetic,
            @Option(longNames = "knowledge", description = KnowledgeFilter.DESCRIPTION) String knowledge,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        KnowledgeFilter knows = KnowledgeFilter.parse(knowledge);
        SourceNetwork network = networks.read();
        List<List<Object>> rows = new ArrayList<>();
        for (Fact fact : facts()) {
            if (kind != null && !kind.isBlank() && !fact.kind().equalsIgnoreCase(kind.strip())) {
                continue;
            }
            Corroboration corroboration = network.corroborate(fact.sources());
            List<String> basis = network.knowledgeOf(fact.knowledge(), fact.sources());
            if (!corroboration.weak() || (corroboration.syntheticOnly() && !synthetic) || !knows.keeps(basis)) {
                continue;
            }
            rows.add(Arrays.asList(
                    fact.kind(),
                    fact.id(),
                    fact.start(),
                    fact.end(),
                    fact.credibility(),
                    fact.gradeNote(),
                    basis.isEmpty() ? null : String.join(",", basis),
                    corroboration.independent(),
                    String.valueOf(corroboration.best()),
                    Chains.cell(corroboration, output)));
        }
        Table table = new Table(
                List.of(
                        "kind",
                        "id",
                        "start",
                        "end",
                        "credibility",
                        "gradeNote",
                        "knowledge",
                        "origins",
                        "bestGrade",
                        "chain"),
                rows);
        return redactor.render(table, output);
    }

    private List<Fact> facts() {
        return List.copyOf(client.query(QueryFile.load("corroboration/facts.cypher"))
                .fetchAs(Fact.class)
                .mappedBy((types, r) -> new Fact(
                        r.get("kind").asString(),
                        r.get("id").asString(null),
                        r.get("start").asString(null),
                        r.get("end").asString(null),
                        r.get("credibility").asInt(),
                        r.get("gradeNote").asString(null),
                        r.get("knowledge").asString(null),
                        r.get("sources").asList(Value::asString, List.of())))
                .all());
    }
}
