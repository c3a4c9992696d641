package org.songbungraph.assignment;

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

/** `assignments --unit ID | --person ID` on the shipped data. */
class AssignmentsCommandTest extends GraphTest {

    private static final String[] HEADER = {
        "personId", "person", "unitId", "unit", "kind", "place", "from", "to", "status", "role", "assignedBy", "refs"
    };

    @Autowired
    AssignmentCommands commands;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void listsEveryoneAssignedToTheSyntheticMineByIntakeYearThenPerson() {
        List<CSVRecord> rows = csv(commands.assignments("U-SYN-MINE-7", null, "csv"), HEADER);

        assertThat(rows)
                .extracting(r -> r.get("from") + " " + r.get("personId"))
                .containsExactly(
                        "1966 P-SYN-PAK-03",
                        "1990 P-SYN-PAK-05",
                        "2021 P-SYN-HAN-01",
                        "2021 P-SYN-RYU-07",
                        "2021 P-SYN-YUN-01",
                        "2022 P-SYN-PAK-09",
                        "2022 P-SYN-RYU-08",
                        "2022 P-SYN-SO-01",
                        "2022 P-SYN-YUN-02",
                        "2023 P-SYN-HAN-02",
                        "2023 P-SYN-PAK-08",
                        "2023 P-SYN-YUN-03",
                        "2024 P-SYN-KO-01",
                        "2024 P-SYN-MO-01");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("MINE");
            assertThat(r.get("place")).isEqualTo("Mining district near Kaechon");
            assertThat(r.get("assignedBy"))
                    .isEqualTo("Example South Pyongan Labour Department (synthetic) (U-SYN-LABOUR-DEPT)");
            assertThat(r.get("refs")).isEqualTo("[S-SYN-ILLUSTRATIVE F6]");
        });
    }

    @Test
    void showsThatPakExampleNamLeftTheSyntheticMineWithoutPermission() {
        JsonNode rows = json(commands.assignments(null, "P-SYN-PAK-08", "json"));

        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("person").asText()).isEqualTo("Pak Example-nam");
        assertThat(row.get("unitId").asText()).isEqualTo("U-SYN-MINE-7");
        assertThat(row.get("unit").asText()).isEqualTo("Example Ore Mine No. 7 (synthetic)");
        assertThat(row.get("kind").asText()).isEqualTo("MINE");
        assertThat(row.get("place").get(0).asText()).isEqualTo("Mining district near Kaechon");
        assertThat(row.get("from").asInt()).isEqualTo(2023);
        assertThat(row.get("to").asInt()).isEqualTo(2024);
        assertThat(row.get("status").asText()).isEqualTo("LEFT_WITHOUT_PERMISSION");
        assertThat(row.get("role").asText()).isEqualTo("miner");
        assertThat(row.get("assignedBy").asText()).contains("U-SYN-LABOUR-DEPT");
        assertThat(row.get("refs")).hasSize(1);
        assertThat(row.get("refs").get(0).get("source").asText()).isEqualTo("S-SYN-ILLUSTRATIVE");
        assertThat(row.get("refs").get(0).get("reliability").asText()).isEqualTo("F");
        assertThat(row.get("refs").get(0).get("credibility").asInt()).isEqualTo(6);
    }

    @Test
    void followsAPersonAcrossUnitsInTheOrderOfTheirPostings() {
        List<CSVRecord> rows = csv(commands.assignments(null, "P-SYN-RYU-08", "csv"), HEADER);

        assertThat(rows)
                .extracting(r -> r.get("unitId") + " " + r.get("status"))
                .containsExactly("U-SYN-MINE-7 TRANSFERRED", "U-SYN-RAIL ACTIVE");
        assertThat(rows.get(1).get("place")).isEqualTo("Kaechon");
    }

    @Test
    void showsTheProtectedWitnessOnlyByHerWitnessCodeInEveryFormat() {
        for (String format : List.of("table", "json", "csv")) {
            String own = commands.assignments(null, "P-W0101", format);
            String factory = commands.assignments("U-SYN-FACTORY", null, format);

            for (String output : List.of(own, factory)) {
                assertThat(output).contains("W-0101").doesNotContain("P-W0101");
                assertNoSecrets(output);
            }
            assertThat(own).contains("U-SYN-FACTORY", "LEFT_WITHOUT_PERMISSION", "S-SYN-W0101-TESTIMONY");
        }
        List<CSVRecord> factory = csv(commands.assignments("U-SYN-FACTORY", null, "csv"), HEADER);
        assertThat(factory)
                .filteredOn(r -> r.get("personId").equals("W-0101"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("person")).isEqualTo("W-0101"));
    }

    @Test
    void marksAPseudonymAndLeavesWhatTheSourceDoesNotSayEmpty() {
        JsonNode row = json(commands.assignments(null, "P-JIHOON", "json")).get(0);

        assertThat(row.get("person").asText()).isEqualTo("Ji-Hoon* (pseudonym)");
        assertThat(row.get("from").isNull()).isTrue();
        assertThat(row.get("status").isNull()).isTrue();
        assertThat(row.get("place")).isEmpty();
        assertThat(row.get("assignedBy").asText()).isEqualTo("Regional labour departments (U-GEN-LABOUR-DEPT)");
    }

    @Test
    void printsATableForPeople() {
        String table = commands.assignments(null, "P-SYN-PAK-08", "table");

        // Narrow columns wrap at spaces, so look for words, not whole names.
        assertThat(table)
                .contains(
                        "personId",
                        "assignedBy",
                        "P-SYN-PAK-08",
                        "Example-nam",
                        "LEFT_WITHOUT_PERMISSION",
                        "[S-SYN-ILLUSTRATIVE")
                .endsWith("1 row");
    }

    @Test
    void needsExactlyOneOfUnitAndPerson() {
        assertBadInput(() -> commands.assignments(null, null, "table"), "exactly one of --unit");
        assertBadInput(() -> commands.assignments("U-SYN-MINE-7", "P-SYN-PAK-08", "table"), "exactly one of --unit");
        assertBadInput(() -> commands.assignments("U-SYN-MINE-7", null, "xml"), "--format");
    }

    @Test
    void suggestsNearIdsForUnknownOnes() {
        assertBadInput(() -> commands.assignments(null, "P-SYN-PAK-8", "table"), "P-SYN-PAK-8", "P-SYN-PAK-08");
        assertBadInput(() -> commands.assignments("U-SYN-MINE7", null, "table"), "U-SYN-MINE-7");
        assertBadInput(() -> commands.assignments(null, "U-SYN-MINE-7", "table"), "No person");
    }

    @Test
    void refusesHostileIdsWithoutTouchingTheGraph() {
        assertHostileIdsRefused(neo4j().driver(), id -> commands.assignments(null, id, "json"));
        assertHostileIdsRefused(neo4j().driver(), id -> commands.assignments(id, null, "csv"));
    }
}
