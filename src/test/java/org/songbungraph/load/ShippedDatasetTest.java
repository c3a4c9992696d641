package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.songbungraph.model.ModelDiagram;
import org.songbungraph.stats.GraphStats;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped dataset, loaded into an empty database by the app's own loader. */
class ShippedDatasetTest extends GraphTest {

    static final Path DOCS = Path.of("docs");

    @Autowired
    GraphStats stats;

    @Autowired
    ModelDiagram diagram;

    @BeforeAll
    static void loadIntoAnEmptyDatabase(@Autowired Loader loader) {
        neo4j().wipe();
        loader.load(new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void loadsExactlyTheCountsDocumentedInTheModel() throws IOException {
        Map<String, Long> documented = documentedCounts();
        Map<String, Long> actual = new LinkedHashMap<>();
        stats.counts().forEach(c -> actual.put(c.name(), c.count()));

        assertThat(documented).isNotEmpty();
        assertThat(actual).isEqualTo(documented);
    }

    @TestFactory
    Stream<DynamicTest> everySeedFactQueryFindsItsFact() throws IOException {
        List<Path> facts;
        try (Stream<Path> files = Files.list(Path.of("cypher", "facts"))) {
            facts = files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
        String inventory = Files.readString(DOCS.resolve("seed-facts.md"), StandardCharsets.UTF_8);
        assertThat(facts).hasSizeGreaterThan(40);
        return facts.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String query = Files.readString(file, StandardCharsets.UTF_8)
                            .strip()
                            .replaceFirst(";\\s*$", "");
                    assertThat(query).as("header comment").contains("// Fact:").contains("// Source:");
                    assertThat(inventory)
                            .as("listed in docs/seed-facts.md")
                            .contains(file.getFileName().toString());
                    try (var session = neo4j().driver().session()) {
                        assertThat(session.run(query).list())
                                .as(file + " returns its fact")
                                .isNotEmpty();
                    }
                }));
    }

    @Test
    void everyNodeAndRelationshipCitesAtLeastOneExistingSource() {
        try (var session = neo4j().driver().session()) {
            List<String> nodes = session.run("""
                    MATCH (n) WHERE NOT n:LoadRun AND NOT n:LoadedFile AND (n.sources IS NULL OR size(n.sources) = 0
                       OR any(s IN n.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) }))
                    RETURN labels(n)[0] + ' ' + n.id AS bad""").list(r -> r.get("bad").asString());
            List<String> relationships = session.run("""
                    MATCH ()-[r]->() WHERE type(r) <> 'READ_FILE' AND (r.sources IS NULL OR size(r.sources) = 0
                       OR any(s IN r.sources WHERE NOT EXISTS { MATCH (:Source {id: s}) }))
                    RETURN type(r) + ' ' + r.id AS bad""").list(r -> r.get("bad").asString());

            assertThat(nodes).isEmpty();
            assertThat(relationships).isEmpty();
        }
    }

    @Test
    void marksEveryInventedPersonSyntheticButNotThePseudonymousJiHoon() {
        try (var session = neo4j().driver().session()) {
            var jiHoon = session.run("MATCH (p:Person {name: 'Ji-Hoon*'}) RETURN p.synthetic AS s, p.protection AS pr")
                    .single();
            assertThat(jiHoon.get("s").asBoolean()).isFalse();
            assertThat(jiHoon.get("pr").asString()).isEqualTo("PSEUDONYM");
            assertThat(session.run(
                                    "MATCH (n) WHERE n.synthetic IS NULL AND NOT n:LoadRun AND NOT n:LoadedFile RETURN count(n)")
                            .single()
                            .get(0)
                            .asLong())
                    .isZero();
            assertThat(session.run("MATCH (f:Family {synthetic: true}) RETURN count(f)")
                            .single()
                            .get(0)
                            .asLong())
                    .isGreaterThanOrEqualTo(4);
            assertThat(session.run("MATCH (c:SongbunCategory {taxonomy: 'asia-watch-1988'}) RETURN count(c)")
                            .single()
                            .get(0)
                            .asLong())
                    .isEqualTo(51);
        }
    }

    @Test
    void theModelDiagramInTheDocsIsTheOneTheDataHas() throws IOException {
        String model = Files.readString(DOCS.resolve("model.md"), StandardCharsets.UTF_8);

        assertThat(model).contains(ModelDiagram.mermaid(diagram.connections()));
    }

    /** The table under '## Shipped dataset counts' in docs/model.md. */
    static Map<String, Long> documentedCounts() throws IOException {
        String model = Files.readString(DOCS.resolve("model.md"), StandardCharsets.UTF_8);
        int start = model.indexOf("## Shipped dataset counts");
        assertThat(start)
                .as("docs/model.md has a '## Shipped dataset counts' section")
                .isNotNegative();
        int end = model.indexOf("\n## ", start + 1);
        String section = model.substring(start, end < 0 ? model.length() : end);
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\|\\s*`?([A-Za-z_]+)`?\\s*\\|\\s*(\\d+)\\s*\\|")
                .matcher(section);
        while (row.find()) {
            counts.put(row.group(1), Long.parseLong(row.group(2)));
        }
        return counts;
    }
}
