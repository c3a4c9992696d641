package org.songbungraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.HostileInput;
import org.songbungraph.support.JsonRows;
import org.songbungraph.support.ShippedIdentities;
import org.springframework.beans.factory.annotation.Autowired;

/** The sources and claims commands on the shipped dataset. */
class SourceCommandsTest extends GraphTest {

    private static final List<String> FORMATS = List.of("table", "json", "csv");

    @Autowired
    SourceCommands commands;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void listsTheFeatureArticleCitingTheInterviewsItQuotes() {
        JsonNode sources = json(commands.sources(null, "F", "6", "json"));

        JsonNode feature = row(sources, "S-FEAT-JOBS");
        assertThat(ids(feature.get("cites")))
                .containsExactly(
                        "S-BBC-2017-DEFECTOR",
                        "S-DPRK-CONST-ART70",
                        "S-FOREIGN-OBSERVER",
                        "S-NKDB-MARKETS",
                        "S-OHCHR-2020",
                        "S-RFA-DEFECTOR");
        assertThat(feature.get("reliability").asText()).isEqualTo("F");
        JsonNode bbc = row(sources, "S-BBC-2017-DEFECTOR");
        assertThat(ids(bbc.get("citedBy"))).containsExactly("S-FEAT-JOBS");
        assertThat(bbc.get("citedBy").get(0).get("refs").get(0).get("source").asText())
                .isEqualTo("S-FEAT-JOBS");
        assertThat(bbc.get("citedBy").get(0).get("credibility").asInt()).isEqualTo(2);
        assertThat(ids(row(sources, "S-COI-63-2014").get("cites"))).containsExactly("S-COI-CRP1-2014");
        assertThat(commands.sources(null, "F", "6", "csv")).contains("S-BBC-2017-DEFECTOR [S-FEAT-JOBS F2]|");
        assertThat(commands.sources(null, "F", "6", "table")).endsWith("33 rows");
    }

    @Test
    void showsTheDailyNkInformantsByTheirWitnessCodes() {
        JsonNode sources = json(commands.sources(null, "F", "6", "json"));

        assertThat(ids(row(sources, "S-DNK-KAECHON").get("cites")))
                .containsExactly("S-DNK-INF-LOCAL", "S-DNK-INF-SPYONGAN");
        JsonNode spyongan = row(sources, "S-DNK-INF-SPYONGAN");
        JsonNode local = row(sources, "S-DNK-INF-LOCAL");
        assertThat(ids(spyongan.get("gaveBy"))).containsExactly("W-0001");
        assertThat(spyongan.get("gaveBy").get(0).get("name").asText()).isEqualTo("W-0001");
        assertThat(ids(local.get("gaveBy"))).containsExactly("W-0002");
        assertThat(local.get("title").asText()).isEqualTo(SourceCommands.WITHHELD);
        assertThat(ids(row(sources, "S-SYN-W0101-TESTIMONY").get("gaveBy"))).containsExactly("W-0101");
        assertThat(commands.sources(null, "F", "6", "csv"))
                .contains("W-0001 [S-DNK-KAECHON B3] [S-DNK-INF-SPYONGAN F3 DIRECT]")
                .contains("W-0002 [S-DNK-KAECHON B3] [S-DNK-INF-LOCAL F3 DIRECT]");
        assertThat(commands.sources(null, "F", "6", "table")).contains("W-0001").contains("W-0002");
    }

    @Test
    void countsTheNodesAndRelationshipsThatRestOnEachSource() {
        JsonNode sources = json(commands.sources(null, "F", "6", "json"));

        JsonNode republication = row(sources, "S-DTN-REPUBLICATION");
        assertThat(republication.get("nodes").asLong())
                .as("only the source itself lists it")
                .isZero();
        assertThat(republication.get("relationships").asLong()).as("R-CIT-0001").isEqualTo(1);
        try (var session = neo4j().driver().session()) {
            long nodes = session.run("MATCH (n) WHERE NOT n:Source AND 'S-DNK-KAECHON' IN n.sources RETURN count(n)")
                    .single()
                    .get(0)
                    .asLong();
            long relationships = session.run("MATCH ()-[r]->() WHERE 'S-DNK-KAECHON' IN r.sources RETURN count(r)")
                    .single()
                    .get(0)
                    .asLong();
            JsonNode daily = row(sources, "S-DNK-KAECHON");
            assertThat(daily.get("nodes").asLong()).isEqualTo(nodes).isPositive();
            assertThat(daily.get("relationships").asLong())
                    .isEqualTo(relationships)
                    .isPositive();
        }
    }

    @Test
    void tracesTheProvenanceOfASyntheticGrandsonToTheIllustrativeSource() {
        JsonNode rows = json(commands.sources("P-SYN-PAK-08", "F", "6", "json"));

        JsonNode own = rows.get(0);
        assertThat(own.get("kind").asText()).isEqualTo("NODE");
        assertThat(own.get("statement").asText()).isEqualTo("P-SYN-PAK-08");
        assertThat(own.get("source").asText()).isEqualTo("S-SYN-ILLUSTRATIVE");
        assertThat(own.get("reliability").asText()).isEqualTo("F");
        JsonNode assignment = statement(rows, "R-ASG-0007");
        assertThat(assignment.get("kind").asText()).isEqualTo("ASSIGNED_TO");
        assertThat(assignment.get("direction").asText()).isEqualTo("out");
        assertThat(assignment.get("other").asText()).isEqualTo("U-SYN-MINE-7");
        assertThat(assignment.get("otherLabel").asText()).isEqualTo("Unit");
        assertThat(assignment.get("credibility").asInt()).isEqualTo(6);
        assertThat(assignment.get("origins").asInt())
                .as("synthetic sources alone")
                .isZero();
        assertThat(statement(rows, "R-SUR-0003").get("direction").asText()).isEqualTo("in");
        assertThat(JsonRows.column(rows, "source")).containsOnly("S-SYN-ILLUSTRATIVE");
        assertThat(commands.sources("P-SYN-PAK-08", "F", "6", "csv"))
                .contains("ASSIGNED_TO,R-ASG-0007,out,U-SYN-MINE-7,Unit,Example Ore Mine No. 7 (synthetic),6,0,"
                        + "S-SYN-ILLUSTRATIVE,F,\"S-SYN-ILLUSTRATIVE (synthetic, F)\",[S-SYN-ILLUSTRATIVE F6]");
        assertThat(commands.sources("P-SYN-PAK-08", "F", "6", "table"))
                .contains("S-SYN-ILLUSTRATIVE")
                .contains("R-ASG-0007");
    }

    @Test
    void provenanceOfAnEventIncludesTheClaimsAboutIt() {
        JsonNode rows = json(commands.sources("EV-KAECHON-WELCOME", "F", "6", "json"));

        JsonNode retention = statement(rows, "C-DNK-14");
        assertThat(retention.get("kind").asText()).isEqualTo("CLAIM");
        assertThat(retention.get("otherName").asText()).isEqualTo("About 30% of recruits remain");
        assertThat(retention.get("credibility").asInt()).isEqualTo(3);
        assertThat(statement(rows, "R-HLD-0001").get("other").asText()).isEqualTo("U-KAECHON-MINES");
        assertThat(JsonRows.column(rows, "kind"))
                .as("the claims stand for their ABOUT edges")
                .doesNotContain("ABOUT");
    }

    @Test
    void acceptsAWitnessCodeAndShowsTheWitnessByThatCodeOnly() {
        String table = commands.sources("W-0101", "F", "6", "table");
        JsonNode rows = json(commands.sources("W-0101", "F", "6", "json"));

        assertThat(rows.get(0).get("statement").asText()).isEqualTo("W-0101");
        assertThat(statement(rows, "R-GAV-0006").get("other").asText()).isEqualTo("S-SYN-W0101-TESTIMONY");
        assertThat(statement(rows, "R-CHD-0021").get("other").asText()).isEqualTo("P-SYN-CHONG-03");
        assertThat(table).doesNotContain("P-W0101");
    }

    @Test
    void reliabilityFilterKeepsOnlySourcesGradedAOrB() throws IOException {
        JsonNode kept = json(commands.sources(null, "B", "6", "json"));

        Set<String> expected = new TreeSet<>();
        for (CSVRecord source : csv("sources.csv")) {
            if (Set.of("A", "B").contains(source.get("reliability"))) {
                expected.add(source.get("id"));
            }
        }
        assertThat(new TreeSet<>(ids(kept)))
                .isEqualTo(expected)
                .contains("S-DNK-KAECHON", "S-COLLINS-2012", "S-DPRK-CONST-ART70")
                .doesNotContain(
                        "S-FEAT-JOBS", "S-BBC-2017-DEFECTOR", "S-JAWIKI-2006", "S-NK-REFBOOK", "S-SYN-ILLUSTRATIVE");
        assertThat(ids(row(kept, "S-DNK-KAECHON").get("cites")))
                .as("the informants are graded F")
                .isEmpty();
        assertThat(ids(json(commands.sources(null, "b", "6", "json")))).isEqualTo(ids(kept));
        assertThat(ids(json(commands.sources(null, "C", "6", "json"))))
                .contains("S-BBC-2017-DEFECTOR", "S-NK-REFBOOK")
                .doesNotContain("S-JAWIKI-2006");
    }

    @Test
    void reliabilityFilterDropsTheInformantFromAClaimsProvenance() {
        JsonNode all = json(commands.sources("C-DNK-03", "F", "6", "json"));
        JsonNode reliable = json(commands.sources("C-DNK-03", "B", "6", "json"));

        assertThat(sources(all)).contains("S-DNK-KAECHON", "S-DNK-INF-SPYONGAN");
        assertThat(sources(reliable)).containsOnly("S-DNK-KAECHON");
        assertThat(statements(all)).contains("R-CIT-0017", "R-CIT-0018", "R-ABT-0007");
        assertThat(statements(reliable)).contains("R-CIT-0017", "R-ABT-0007").doesNotContain("R-CIT-0018");
        // Daily NK relays its informant: one origin, graded by the outlet that vouches for it.
        JsonNode informant = JsonRows.row(all, "source", "S-DNK-INF-SPYONGAN");
        assertThat(informant.get("origins").asInt()).isOne();
        assertThat(informant.get("origin").asText())
                .isEqualTo("S-DNK-INF-SPYONGAN <- S-DNK-KAECHON (witness W-0001, B)");
    }

    @Test
    void credibilityFilterDropsLessCredibleCitationsAndTestimonies() {
        JsonNode probable = json(commands.sources(null, "F", "2", "json"));

        assertThat(ids(row(probable, "S-FEAT-JOBS").get("cites")))
                .contains("S-BBC-2017-DEFECTOR", "S-DPRK-CONST-ART70")
                .doesNotContain("S-FOREIGN-OBSERVER");
        assertThat(ids(row(probable, "S-DNK-INF-SPYONGAN").get("gaveBy")))
                .as("GAVE is graded 3")
                .isEmpty();
        assertThat(ids(row(probable, "S-BBC-2017-DEFECTOR").get("gaveBy"))).containsExactly("W-0003");

        JsonNode confirmed = json(commands.sources("P-SYN-PAK-08", "F", "1", "json"));
        assertThat(statements(confirmed))
                .as("every edge is graded 2; the ungraded record stays")
                .containsExactly("P-SYN-PAK-08");
    }

    @Test
    void listsClaimsAboutTheWelcomeCeremoniesWithTheThirtyPercentRetention() {
        JsonNode claims = json(commands.claims("EV-KAECHON-WELCOME", false, null, "6", "json"));

        assertThat(ids(claims)).containsExactly("C-DNK-13", "C-DNK-14");
        JsonNode retention = row(claims, "C-DNK-14");
        assertThat(retention.get("value").isIntegralNumber()).isTrue();
        assertThat(retention.get("value").asInt()).isEqualTo(30);
        assertThat(retention.get("unit").asText()).isEqualTo("percent");
        assertThat(retention.get("qualifier").asText()).isEqualTo("ABOUT");
        assertThat(retention.get("credibility").asInt()).isEqualTo(3);
        assertThat(ids(retention.get("about"))).containsExactly("EV-KAECHON-WELCOME", "U-KAECHON-MINES");
        assertThat(retention.get("about").get(0).get("label").asText()).isEqualTo("Event");
        assertThat(retention.get("refs")).hasSize(1);
        assertThat(retention.get("knowledge").asText()).isEqualTo("HEARSAY");
        assertThat(retention.get("origins").asInt()).isOne();
        assertThat(retention.get("chain").get(0).get("sources").get(0).asText()).isEqualTo("S-DNK-KAECHON");
        assertThat(commands.claims("EV-KAECHON-WELCOME", false, null, "6", "table"))
                .contains("C-DNK-14")
                .endsWith("2 rows");
        assertThat(commands.claims("EV-KAECHON-WELCOME", false, null, "6", "csv"))
                .contains("C-DNK-14,About 30% of recruits remain,")
                .contains(",30,,percent,ABOUT,,,3,")
                .contains(
                        "EV-KAECHON-WELCOME (Event) Welcome ceremonies for mine volunteers near Kaechon|U-KAECHON-MINES")
                .contains(",HEARSAY,1,S-DNK-KAECHON (B),")
                .contains(",[S-DNK-KAECHON B3]");
    }

    @Test
    void theRetentionFigureIsAboutTheRealMinesNotTheSyntheticOne() {
        assertThat(ids(json(commands.claims("U-KAECHON-MINES", false, null, "6", "json"))))
                .contains("C-DNK-14");
        assertThat(json(commands.claims("U-SYN-MINE-7", false, null, "6", "json")))
                .isEmpty();
        assertThat(commands.claims("U-SYN-MINE-7", false, null, "6", "table")).isEqualTo("(no rows)");
    }

    @Test
    void credibilityFilterKeepsOnlyConfirmedClaims() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (CSVRecord claim : csv("claims.csv")) {
            if (claim.get("credibility").equals("1")) {
                expected.add(claim.get("id"));
            }
        }

        assertThat(new TreeSet<>(ids(json(commands.claims(null, false, null, "1", "json")))))
                .isEqualTo(expected)
                .contains("C-FEAT-10", "C-NKNEWS-PATERNAL")
                .doesNotContain("C-DNK-14", "C-FEAT-14");
        assertThat(ids(json(commands.claims(null, false, null, "6", "json"))))
                .hasSize(csv("claims.csv").size());
    }

    @Test
    void showsContradictionsFromEitherSide() {
        JsonNode claims = json(commands.claims(null, false, null, "6", "json"));
        assertThat(texts(row(claims, "C-CONST-70").get("contradicts"))).containsExactly("C-FEAT-14");
        assertThat(texts(row(claims, "C-AW88-CORE").get("contradicts")))
                .containsExactly("C-LANKOV-CORE", "C-NKREF-BASIC");

        try (var session = neo4j().driver().session()) {
            session.run(
                            "CREATE (:Claim {id: 'C-TEST-ONE-SIDED', name: 'Test', credibility: 4, contradicts: ['C-FEAT-10'],"
                                    + " sources: ['S-FEAT-JOBS']})")
                    .consume();
            try {
                JsonNode after = json(commands.claims(null, false, null, "6", "json"));
                assertThat(texts(row(after, "C-FEAT-10").get("contradicts"))).containsExactly("C-TEST-ONE-SIDED");
            } finally {
                session.run("MATCH (c:Claim {id: 'C-TEST-ONE-SIDED'}) DELETE c").consume();
            }
        }
    }

    @Test
    void rejectsGradesOutsideTheScalesNamingTheAllowedValues() {
        for (String bad : List.of("G", "AB", "", "1", "Ａ")) {
            assertThatThrownBy(() -> commands.sources(null, bad, "6", "table"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("--min-reliability must be one of A, B, C, D, E, F");
        }
        for (String bad : List.of("0", "7", "x", "2.5", "", "٣")) {
            assertThatThrownBy(() -> commands.sources(null, "F", bad, "table"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("--min-credibility must be one of 1, 2, 3, 4, 5, 6");
            assertThatThrownBy(() -> commands.claims(null, false, null, bad, "table"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("--min-credibility must be one of 1, 2, 3, 4, 5, 6");
        }
    }

    @Test
    void unknownIdsOfAnyLabelExitWithTheNearestIds() {
        assertThatThrownBy(() -> commands.sources("P-SYN-PAK-8", "F", "6", "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("No node has the id 'P-SYN-PAK-8'")
                .hasMessageContaining("P-SYN-PAK-08");
        assertThatThrownBy(() -> commands.sources("EV-KAECHON-WELCOM", "F", "6", "table"))
                .hasMessageContaining("EV-KAECHON-WELCOME");
        assertThatThrownBy(() -> commands.claims("U-SYN-MINE7", false, null, "6", "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("U-SYN-MINE-7");
        assertThatThrownBy(() -> commands.claims(" ", false, null, "6", "table"))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("Give a node id after --about");
    }

    @Test
    void hostileInputIsNotFoundAndLeavesTheGraphUnchanged() {
        String before = GraphFingerprint.of(neo4j().driver());
        for (String hostile : HostileInput.strings()) {
            assertThatThrownBy(() -> commands.sources(hostile, "F", "6", "json"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("No node has the id");
            assertThatThrownBy(() -> commands.claims(hostile, false, null, "6", "json"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
            assertThatThrownBy(() -> commands.sources(null, hostile, "6", "json"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
            assertThatThrownBy(() -> commands.claims(null, false, null, hostile, "json"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
            assertThatThrownBy(() -> commands.claims(null, false, null, "6", hostile))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    @Test
    void protectedWitnessesAppearInNoOutputInAnyFormat() {
        List<String> secrets = ShippedIdentities.secrets();
        for (String format : FORMATS) {
            List<String> outputs = List.of(
                    commands.sources(null, "F", "6", format),
                    commands.sources("P-W0101", "F", "6", format),
                    commands.sources("P-W0001", "F", "6", format),
                    commands.sources("S-DNK-INF-LOCAL", "F", "6", format),
                    commands.sources("S-DNK-KAECHON", "F", "6", format),
                    commands.sources("S-FEAT-JOBS", "F", "6", format),
                    commands.sources("F-SYN-CHONG", "F", "6", format),
                    commands.claims(null, false, null, "6", format),
                    commands.claims("S-DNK-INF-SPYONGAN", false, null, "6", format),
                    commands.claims("S-COI-63-2014", false, null, "6", format));
            for (String output : outputs) {
                for (String secret : secrets) {
                    assertThat(output.toLowerCase(Locale.ROOT))
                            .as("%s output", format)
                            .doesNotContain(secret.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void rendersEachFormat() {
        String table = commands.sources("S-DTN-REPUBLICATION", "F", "6", "table");
        String csv = commands.sources("S-DTN-REPUBLICATION", "F", "6", "csv");
        JsonNode json = json(commands.sources("S-DTN-REPUBLICATION", "F", "6", "json"));

        assertThat(table).startsWith("┌").contains("R-CIT-0001").endsWith("2 rows");
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("kind,statement,direction,other,otherLabel,otherName,credibility,origins,source,reliability,"
                        + "origin,ref");
        assertThat(csv).contains("CITES,R-CIT-0001,out,S-DNK-KAECHON,Source,").contains("[S-DTN-REPUBLICATION F1]");
        assertThat(json).hasSize(2);
        assertThat(statement(json, "R-CIT-0001")
                        .get("ref")
                        .get(0)
                        .get("credibility")
                        .asInt())
                .isEqualTo(1);
        assertThatThrownBy(() -> commands.sources(null, "F", "6", "xml"))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("--format must be table, json or csv");
    }

    private static JsonNode json(String text) {
        return JsonRows.parse(text);
    }

    private static JsonNode row(JsonNode rows, String id) {
        return JsonRows.row(rows, "id", id);
    }

    private static JsonNode statement(JsonNode rows, String id) {
        return JsonRows.row(rows, "statement", id);
    }

    private static List<String> ids(JsonNode rows) {
        return JsonRows.column(rows, "id");
    }

    private static List<String> texts(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static List<String> sources(JsonNode rows) {
        return JsonRows.column(rows, "source").stream().distinct().toList();
    }

    private static List<String> statements(JsonNode rows) {
        return JsonRows.column(rows, "statement").stream().distinct().toList();
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("import", file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    @Test
    void countsAReportOnAStudyAsOneOriginWithTheStudy() {
        JsonNode voa = row(json(commands.claims(null, false, null, "6", "json")), "C-VOA-01");

        assertThat(voa.get("origins").asInt()).isOne();
        assertThat(texts(voa.get("chain").get(0).get("relays"))).containsExactly("S-VOA-2012-06-06");
        assertThat(commands.claims(null, false, null, "6", "csv")).contains("S-COLLINS-2012 <- S-VOA-2012-06-06 (B)");
        assertThat(ids(json(commands.claims(null, true, null, "6", "json"))))
                .contains("C-VOA-01", "C-FEAT-22")
                .doesNotContain("C-MARRIAGE-NO-RULE");
        assertThat(ids(json(commands.claims(null, false, "HEARSAY", "6", "json"))))
                .contains("C-DNK-14");
    }
}
