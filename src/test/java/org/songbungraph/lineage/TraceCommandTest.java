package org.songbungraph.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.Golden;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

class TraceCommandTest extends GraphTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TraceCommand trace;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of("F-SYN-PAK", null),
                Arguments.of("F-SYN-KIM", null),
                Arguments.of("F-SYN-CHONG", null),
                Arguments.of("F-SYN-RYU", null),
                Arguments.of(null, "P-JIHOON"));
    }

    @ParameterizedTest(name = "{0}{1} as a tree")
    @MethodSource("subjects")
    void printsTheWholeTraceAsATree(String family, String person) {
        Golden.assertMatches(
                "trace/" + (family != null ? family : person) + ".txt",
                trace.trace(family, person, null, "tree", false, null));
    }

    @ParameterizedTest(name = "{0}{1} as JSON")
    @MethodSource("subjects")
    void printsTheSameTraceAsJson(String family, String person) throws Exception {
        String json = trace.trace(family, person, null, "json", false, null);

        JSON.readTree(json);
        Golden.assertMatches("trace/" + (family != null ? family : person) + ".json", json);
    }

    @Test
    void tracesHostileClassFromGrandfathersDefection() throws Exception {
        String tree = trace.trace("F-SYN-PAK", null, null, "tree", false, null);

        assertThat(tree)
                .contains(
                        "P-SYN-PAK-08 Pak Example-nam: HOSTILE, derived from P-SYN-PAK-01 Pak Example-man "
                                + "(3 generations up the paternal line; OWN_ACT: went to the South in 1950 and served a South Korean agency (1950))")
                .contains("path P-SYN-PAK-08 → P-SYN-PAK-05 → P-SYN-PAK-03 → P-SYN-PAK-01")
                .contains("LEFT_WITHOUT_PERMISSION")
                .contains("U-SYN-LTC")
                .contains("MK-SYN-KAECHON")
                .contains("[S-SYN-ILLUSTRATIVE F6]");
        JsonNode pak08 =
                member(JSON.readTree(trace.trace("F-SYN-PAK", null, null, "json", false, null)), "P-SYN-PAK-08");
        assertThat(pak08.at("/songbun/status").asText()).isEqualTo("DERIVED");
        assertThat(pak08.at("/songbun/class").asText()).isEqualTo("HOSTILE");
        assertThat(pak08.at("/songbun/derived/ancestorId").asText()).isEqualTo("P-SYN-PAK-01");
    }

    @Test
    void flagsTheContradictionBetweenDocumentedAndDerivedClass() throws Exception {
        String tree = trace.trace("F-SYN-RYU", null, null, "tree", false, null);

        assertThat(tree)
                .contains("P-SYN-RYU-05 Ryu Example-hyon: CORE, documented: CAT-AW88-C01")
                .contains("!! CONTRADICTION (class): the paternal line says HOSTILE, derived from P-SYN-RYU-01");
        JsonNode ryu05 =
                member(JSON.readTree(trace.trace("F-SYN-RYU", null, null, "json", false, null)), "P-SYN-RYU-05");
        assertThat(ryu05.at("/songbun/contradiction").asBoolean()).isTrue();
        assertThat(ryu05.at("/songbun/status").asText()).isEqualTo("DOCUMENTED");
        assertThat(ryu05.at("/songbun/derived/classification/songbunClass").asText())
                .isEqualTo("HOSTILE");
    }

    @Test
    void followsAnInformantsReportingLineFromTheirOwnUnitAsSurveillanceDoes() {
        try (var session = neo4j().driver().session()) {
            session.run(
                            "MATCH (head:Person {id: 'P-SYN-YANG-01'}), (inminban:Unit {id: 'U-SYN-INMINBAN-12'}) "
                                    + "CREATE (head)-[:ASSIGNED_TO {id: 'R-TEST-HEAD', sources: ['S-SYN-ILLUSTRATIVE'], credibility: 2}]->(inminban)")
                    .consume();
            try {
                String tree = trace.trace(null, "P-SYN-PAK-08", 0, "tree", false, null);

                assertThat(tree)
                        .contains("watched by  P-SYN-YANG-01 Yang Example-suk (PERSON), means INFORMANT 2023– "
                                + "[S-SYN-ILLUSTRATIVE F6]; reporting chain: → U-SYN-INMINBAN-12");
            } finally {
                session.run("MATCH ()-[r:ASSIGNED_TO {id: 'R-TEST-HEAD'}]->() DELETE r")
                        .consume();
            }
        }
    }

    @Test
    void groupsThePoliciesOfTheClassByDomainWithTheirSources() {
        String tree = trace.trace("F-SYN-PAK", null, null, "tree", false, null);
        String policies = tree.substring(tree.indexOf("3. What the class means"), tree.indexOf("4. What happened"));

        assertThat(policies)
                .contains("HOSTILE (")
                .contains("EDUCATION")
                .contains("PO-SONGBUN-UNIVERSITY")
                .contains("PO-CABINET-DECREE-149")
                .contains("[S-COI-CRP1-2014 B");
        assertThat(policies.indexOf("EDUCATION")).isLessThan(policies.indexOf("RESIDENCE"));
        assertThat(policies.indexOf("RESIDENCE")).isLessThan(policies.indexOf("EMPLOYMENT"));
    }

    @Test
    void summarisesClassesAndHardLabourBesideTheClassWideShares() {
        String tree = trace.trace("F-SYN-PAK", null, null, "tree", false, null);

        assertThat(tree)
                .contains("5. Summary")
                .contains("C-COLLINS-SHARE-HOSTILE")
                .contains("27 percent")
                .contains("[S-COLLINS-2012 B");
    }

    @Test
    void showsTheProtectedWitnessOnlyByHerCodeInEveryFormat() {
        for (String format : List.of("tree", "json", "csv")) {
            String out = trace.trace("F-SYN-CHONG", null, null, format, false, null);

            assertThat(out)
                    .as(format)
                    .contains("W-0101")
                    .doesNotContain("Chong Hidden-ja")
                    .doesNotContain("정숨은자")
                    .doesNotContain("Hidden");
        }
    }

    @Test
    void keepsOnlyTheFactsToldOnTheBasisAskedForAndSaysHowManyWentUnshown() throws Exception {
        String whole = trace.trace("F-SYN-CHONG", null, null, "tree", false, null);
        String direct = trace.trace("F-SYN-CHONG", null, null, "tree", false, "DIRECT");
        String heard = trace.trace("F-SYN-CHONG", null, null, "tree", false, "HEARSAY,RUMOUR");

        assertThat(whole).doesNotContain("--knowledge");
        assertThat(direct)
                .as("the Chong family's facts all rest in part on W-0101's own testimony")
                .contains("Only facts whose teller knows by DIRECT (--knowledge: a claim's own basis, else its"
                        + " testimony sources'); 0 fact(s) of another or no stated basis left out")
                .contains("[S-SYN-W0101-TESTIMONY F6 DIRECT]")
                .doesNotContain("Chong Hidden-ja");
        assertThat(facts(direct).replace(": nothing recorded on that basis", ": nothing recorded"))
                .isEqualTo(facts(whole));
        assertThat(heard)
                .containsPattern("Only facts whose teller knows by HEARSAY or RUMOUR \\(--knowledge[^;]*; [1-9]\\d*"
                        + " fact\\(s\\) of another or no stated basis left out")
                .contains("P-W0101 W-0101: nothing recorded on that basis")
                .doesNotContain("Chong Hidden-ja");
        assertThat(facts(heard).lines()).noneMatch(line -> line.contains("U-SYN-FACTORY"));
        assertThat(heard.substring(0, heard.indexOf("4. What happened in fact")))
                .as("lineage, songbun and policies are not a matter of one teller")
                .isEqualTo(whole.substring(0, whole.indexOf("4. What happened in fact")));

        JsonNode json = JSON.readTree(trace.trace("F-SYN-CHONG", null, null, "json", false, "hearsay"));
        assertThat(json.at("/knowledgeFilter/kept/0").asText()).isEqualTo("HEARSAY");
        assertThat(json.at("/knowledgeFilter/leftOut").asInt()).isPositive();

        assertThatThrownBy(() -> trace.trace("F-SYN-CHONG", null, null, "tree", false, "SEEN"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("--knowledge takes DIRECT");
    }

    /** Section 4 of a trace tree, without its filter line. */
    private static String facts(String tree) {
        return tree.substring(tree.indexOf("4. What happened in fact"), tree.indexOf("5. Summary"))
                .lines()
                .filter(line -> !line.contains("--knowledge"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void marksThePseudonymAndShowsJiHoonsAssignment() {
        String tree = trace.trace(null, "P-JIHOON", null, "tree", false, null);

        assertThat(tree)
                .contains("Ji-Hoon* (pseudonym)")
                .contains("U-JIHOON-TEXTILE")
                .contains("assigned by U-GEN-LABOUR-DEPT")
                .contains("unknown (no documented classification");
    }

    @Test
    void limitsTheLineageAroundAPersonByGenerations() throws Exception {
        JsonNode near = JSON.readTree(trace.trace(null, "P-SYN-PAK-05", 1, "json", false, null));

        assertThat(near.get("members").findValuesAsText("id"))
                .contains("P-SYN-PAK-05", "P-SYN-PAK-03", "P-SYN-PAK-04", "P-SYN-PAK-08", "P-SYN-PAK-09")
                .doesNotContain("P-SYN-PAK-01", "P-SYN-PAK-02");
        JsonNode top = JSON.readTree(trace.trace("F-SYN-PAK", null, 2, "json", false, null));
        assertThat(top.get("members").findValuesAsText("id"))
                .contains("P-SYN-PAK-01", "P-SYN-PAK-03")
                .doesNotContain("P-SYN-PAK-05", "P-SYN-PAK-08");
    }

    @Test
    void writesOneCsvRowPerFactLineWithItsEvidence() {
        String csv = trace.trace("F-SYN-PAK", null, null, "csv", false, null);

        assertThat(csv.lines().findFirst())
                .contains("section,personId,person,item,detail,from,to,fromDate,toDate,dateQualifier,status,sources,"
                        + "credibility,refs");
        assertThat(csv)
                .as("the mine spell in months, its years beside them")
                .contains("fact,P-SYN-PAK-08,Pak Example-nam,assigned,")
                .contains(",2023,2024,2023-09,2024-04,,LEFT_WITHOUT_PERMISSION,");
        assertThat(csv).contains("fact,P-SYN-PAK-08,Pak Example-nam,detained,");
    }

    @Test
    void printsABrowserQueryThatBindsTheIdsAsParametersAndRunsAsIs() {
        String query = trace.trace("F-SYN-PAK", null, null, "tree", true, null);

        assertThat(query)
                .contains(":param ids => ['P-SYN-PAK-01'")
                .contains(":param targets => [")
                .contains("$ids");
        List<String> lines = query.lines().toList();
        // Browser needs the semicolon after each :param, or it reads the next line as part of the value.
        assertThat(lines.get(1)).endsWith(";");
        assertThat(lines.get(2)).endsWith(";");
        String ids = lines.get(1).substring(":param ids => ".length()).replaceFirst(";$", "");
        String targets = lines.get(2).substring(":param targets => ".length()).replaceFirst(";$", "");
        String cypher = String.join("\n", lines.subList(3, lines.size()));
        try (var session = neo4j().driver().session()) {
            var record = session.run("WITH " + ids + " AS ids, " + targets + " AS targets CALL (ids, targets) { "
                            + cypher.replace("$ids", "ids").replace("$targets", "targets")
                            + " } RETURN size(people) AS people, "
                            + "size(life) AS life, size(watchers) AS watchers")
                    .single();
            assertThat(record.get("people").asInt()).isEqualTo(9);
            assertThat(record.get("life").asInt()).isPositive();
            assertThat(record.get("watchers").asInt()).isPositive();
        }
    }

    @Test
    void anUnknownIdExitsTwoAndSuggestsTheNearestIds() {
        assertThatThrownBy(() -> trace.trace("F-SYN-PAKK", null, null, "tree", false, null))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("No family has the id 'F-SYN-PAKK'")
                .hasMessageContaining("F-SYN-PAK");
        assertThatThrownBy(() -> trace.trace(null, "P-SYN-PAK-8", null, "tree", false, null))
                .hasMessageContaining("Did you mean")
                .hasMessageContaining("P-SYN-PAK-08");
    }

    @Test
    void badOptionsExitTwoWithAMessage() {
        assertThatThrownBy(() -> trace.trace(null, null, null, "tree", false, null))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        assertThatThrownBy(() -> trace.trace("F-SYN-PAK", "P-JIHOON", null, "tree", false, null))
                .hasMessageContaining("either --family ID or --person ID");
        assertThatThrownBy(() -> trace.trace("F-SYN-PAK", null, 0, "tree", false, null))
                .hasMessageContaining("--generations");
        assertThatThrownBy(() -> trace.trace("F-SYN-PAK", null, null, "xml", false, null))
                .hasMessageContaining("--format");
    }

    @Test
    void hostileIdsAreNotFoundAndLeaveTheGraphUnchanged() {
        String before = GraphFingerprint.of(neo4j().driver());
        for (String hostile : List.of(
                "' OR 1=1 //",
                "}) DETACH DELETE n //",
                "$x",
                "`x`",
                "P-SYN-PAK-08\u0000",
                "Р-SYN-PAK-08",
                "\u202EP-SYN",
                "정숨은자",
                "x".repeat(100_000))) {
            for (boolean asFamily : List.of(true, false)) {
                assertThatThrownBy(() -> trace.trace(
                                asFamily ? hostile : null, asFamily ? null : hostile, null, "json", false, null))
                        .isInstanceOfSatisfying(
                                SongbunException.class,
                                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
            }
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    private static JsonNode member(JsonNode trace, String id) {
        for (JsonNode m : trace.get("members")) {
            if (m.at("/person/id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no member " + id);
    }
}
