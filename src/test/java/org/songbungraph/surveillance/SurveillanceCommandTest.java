package org.songbungraph.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songbungraph.report.OutputChecks.assertBadInput;
import static org.songbungraph.report.OutputChecks.assertHostileIdsRefused;
import static org.songbungraph.report.OutputChecks.assertNoSecrets;
import static org.songbungraph.report.OutputChecks.csv;
import static org.songbungraph.report.OutputChecks.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** `surveillance --person ID | --unit ID` on the Synthetic-Pak family's watchers. */
class SurveillanceCommandTest extends GraphTest {

    @Autowired
    SurveillanceCommand command;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void namesTheInminbanTheSecurityStationAndTheInminbanHeadAsPakExampleNamsWatchers() {
        JsonNode watchers = json(command.surveillance("P-SYN-PAK-08", null, "json"));

        assertThat(watchers)
                .extracting(
                        w -> w.get("watcherId").asText() + " " + w.get("kind").asText() + " "
                                + w.get("means").asText() + " " + w.get("from").asInt())
                .containsExactly(
                        "P-SYN-YANG-01 PERSON INFORMANT 2023",
                        "U-SYN-INMINBAN-12 INMINBAN INMINBAN 2023",
                        "U-SYN-SECURITY SECURITY_AGENCY SECURITY 2024");
        assertThat(watchers.get(0).get("watcher").asText()).isEqualTo("Yang Example-suk");
        assertThat(watchers).allSatisfy(w -> {
            assertThat(w.get("to").isNull()).isTrue();
            assertThat(w.get("refs").findValuesAsText("source")).containsExactly("S-SYN-ILLUSTRATIVE");
        });
    }

    @Test
    void followsTheInminbansReportingLineUpToTheProvincialBureau() {
        JsonNode watchers = json(command.surveillance("P-SYN-PAK-08", null, "json"));

        JsonNode inminban = watchers.get(1).get("lines");
        assertThat(inminban).hasSize(1);
        assertThat(inminban.get(0))
                .extracting(h -> h.get("link").asText() + " " + h.get("unitId").asText())
                .containsExactly("REPORTS_TO U-SYN-SECURITY", "REPORTS_TO U-SYN-PROV-SECURITY");
        assertThat(inminban.get(0).get(1).get("unit").asText())
                .isEqualTo("Example South Pyongan Provincial Security Bureau (synthetic)");
        assertThat(inminban.get(0).get(0).get("refs").get(0).get("credibility").asInt())
                .isEqualTo(6);
        assertThat(watchers.get(2).get("lines").get(0))
                .extracting(h -> h.get("unitId").asText())
                .containsExactly("U-SYN-PROV-SECURITY");
        assertThat(watchers.get(0).get("lines"))
                .as("the inminban head has no unit link in the data")
                .isEmpty();
    }

    @Test
    void printsWatchersThenTheReportingLinesOneStepARow() {
        String table = command.surveillance("P-SYN-PAK-08", null, "table");

        assertThat(table).startsWith("Watched by:\n").contains("\n\nReporting lines upwards, one step a row:\n");
        String lines = table.substring(table.indexOf("Reporting lines upwards"));
        assertThat(lines)
                .contains("U-SYN-INMINBAN-12", "U-SYN-PROV-SECURITY", "REPORTS_TO", "[S-SYN-ILLUSTRATIVE")
                .endsWith("3 rows");
    }

    @Test
    void putsEachReportingLineWithItsEvidenceInOneCsvCell() {
        List<CSVRecord> rows = csv(
                command.surveillance("P-SYN-PAK-08", null, "csv"),
                "watcherId",
                "watcher",
                "kind",
                "means",
                "from",
                "to",
                "refs",
                "reportsTo");

        assertThat(rows)
                .extracting(r -> r.get("watcherId") + " => " + r.get("reportsTo"))
                .containsExactly(
                        "P-SYN-YANG-01 => ",
                        "U-SYN-INMINBAN-12 => U-SYN-SECURITY [S-SYN-ILLUSTRATIVE F6] > U-SYN-PROV-SECURITY [S-SYN-ILLUSTRATIVE F6]",
                        "U-SYN-SECURITY => U-SYN-PROV-SECURITY [S-SYN-ILLUSTRATIVE F6]");
    }

    @Test
    void followsAnInformantsOwnUnitWhenSheHasOne() {
        withTemporaryEdge("""
                MATCH (yang:Person {id: 'P-SYN-YANG-01'}), (ib:Unit {id: 'U-SYN-INMINBAN-12'})
                CREATE (yang)-[:ASSIGNED_TO {id: 'R-TEST-1', status: 'ACTIVE', sources: ['S-SYN-ILLUSTRATIVE'],
                                             credibility: 6}]->(ib)""", () -> {
            JsonNode yang =
                    json(command.surveillance("P-SYN-PAK-08", null, "json")).get(0);

            assertThat(yang.get("lines")).hasSize(1);
            assertThat(yang.get("lines").get(0))
                    .extracting(
                            h -> h.get("link").asText() + " " + h.get("unitId").asText())
                    .containsExactly(
                            "ASSIGNED_TO U-SYN-INMINBAN-12",
                            "REPORTS_TO U-SYN-SECURITY",
                            "REPORTS_TO U-SYN-PROV-SECURITY");
            assertThat(yang.get("lines")
                            .get(0)
                            .get(0)
                            .get("refs")
                            .get(0)
                            .get("credibility")
                            .asInt())
                    .isEqualTo(6);
        });
    }

    @Test
    void showsAProtectedInformantOnlyByWitnessCode() {
        withTemporaryEdge("""
                MATCH (w:Person {id: 'P-W0101'}), (p:Person {id: 'P-SYN-PAK-08'})
                CREATE (w)-[:SURVEILS {id: 'R-TEST-1', means: 'INFORMANT', sources: ['S-SYN-ILLUSTRATIVE'],
                                       credibility: 6}]->(p)""", () -> {
            for (String format : List.of("table", "json", "csv")) {
                String output = command.surveillance("P-SYN-PAK-08", null, format);

                assertThat(output).contains("W-0101").doesNotContain("P-W0101");
                assertNoSecrets(output);
            }
        });
    }

    @Test
    void stopsAReportingLineThatLoopsBackBeforeVisitingAUnitTwice() {
        withTemporaryEdge("""
                MATCH (bureau:Unit {id: 'U-SYN-PROV-SECURITY'}), (station:Unit {id: 'U-SYN-SECURITY'})
                CREATE (bureau)-[:REPORTS_TO {id: 'R-TEST-1', sources: ['S-SYN-ILLUSTRATIVE'], credibility: 6}]->(station)""", () -> {
            JsonNode inminban =
                    json(command.surveillance("P-SYN-PAK-08", null, "json")).get(1);

            assertThat(inminban.get("lines")).hasSize(1);
            assertThat(inminban.get("lines").get(0))
                    .extracting(h -> h.get("unitId").asText())
                    .containsExactly("U-SYN-SECURITY", "U-SYN-PROV-SECURITY");
        });
    }

    /** Adds one relationship (id R-TEST-1) for the length of {@code test}, and removes it whatever happens. */
    private static void withTemporaryEdge(String create, Runnable test) {
        try (var session = neo4j().driver().session()) {
            session.run(create).consume();
            try {
                test.run();
            } finally {
                session.run("MATCH ()-[r {id: 'R-TEST-1'}]->() DELETE r").consume();
            }
        }
    }

    @Test
    void listsWhomAndWhatAUnitWatches() {
        List<CSVRecord> security = csv(
                command.surveillance(null, "U-SYN-SECURITY", "csv"),
                "targetId",
                "target",
                "kind",
                "means",
                "from",
                "to",
                "refs");
        JsonNode mine = json(command.surveillance(null, "U-SYN-MINE-7", "json"));

        assertThat(security)
                .extracting(r -> r.get("targetId") + " " + r.get("kind") + " " + r.get("means") + " " + r.get("from"))
                .containsExactly("P-SYN-PAK-08 PERSON SECURITY 2024", "MK-SYN-KAECHON MARKET SECURITY 2020");
        assertThat(mine)
                .extracting(
                        w -> w.get("targetId").asText() + " " + w.get("means").asText())
                .containsExactly("P-SYN-PAK-05 WORKPLACE", "P-SYN-PAK-09 WORKPLACE", "P-SYN-HAN-02 WORKPLACE");
        assertThat(command.surveillance(null, "U-SYN-KAECHON-PARTY", "table"))
                .contains("U-SYN-MINE-7", "MINE", "PARTY")
                .endsWith("1 row");
    }

    @Test
    void showsNoWatchersForAPersonNobodyWatches() {
        assertThat(command.surveillance("P-W0101", null, "table"))
                .contains("(no rows)")
                .doesNotContain("P-W0101");
        assertThat(json(command.surveillance("P-W0101", null, "json"))).isEmpty();
    }

    @Test
    void needsExactlyOneOfPersonAndUnit() {
        assertBadInput(() -> command.surveillance(null, null, "table"), "exactly one of --person");
        assertBadInput(() -> command.surveillance("P-SYN-PAK-08", "U-SYN-SECURITY", "json"), "exactly one of --person");
    }

    @Test
    void suggestsNearIdsForUnknownOnes() {
        assertBadInput(() -> command.surveillance("P-SYN-PAK-8", null, "table"), "No person", "P-SYN-PAK-08");
        assertBadInput(() -> command.surveillance(null, "U-SYN-SECURTY", "table"), "No unit", "U-SYN-SECURITY");
    }

    @Test
    void refusesHostileIdsWithoutTouchingTheGraph() {
        assertHostileIdsRefused(neo4j().driver(), id -> command.surveillance(id, null, "json"));
        assertHostileIdsRefused(neo4j().driver(), id -> command.surveillance(null, id, "table"));
    }
}
