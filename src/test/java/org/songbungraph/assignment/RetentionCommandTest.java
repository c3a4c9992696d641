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

/** `retention --mine ID`: intake cohorts by status, and the sourced figures beside them. */
class RetentionCommandTest extends GraphTest {

    @Autowired
    AssignmentCommands commands;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    /*
     * By hand from import/assigned_to.csv, the rows with endId U-SYN-MINE-7:
     * 1966 PAK-03 DISCHARGED; 1990 PAK-05 ACTIVE;
     * 2021 RYU-07 COMPLETED, YUN-01 LEFT, HAN-01 LEFT;
     * 2022 PAK-09 ACTIVE, RYU-08 TRANSFERRED, YUN-02 LEFT, SO-01 ACTIVE;
     * 2023 PAK-08 LEFT, HAN-02 ACTIVE, YUN-03 LEFT;
     * 2024 MO-01 ACTIVE, KO-01 LEFT.
     * Retention = (ACTIVE + COMPLETED) / known statuses: 2021 1/3, 2022 2/4, 2023 1/3, 2024 1/2; all 6/14.
     */
    @Test
    void countsEachIntakeAtTheSyntheticMineByStatus() {
        List<CSVRecord> rows = csv(
                commands.retention("U-SYN-MINE-7", "csv"),
                "intake",
                "assigned",
                "stillThere",
                "completed",
                "leftWithoutPermission",
                "transferred",
                "discharged",
                "statusUnknown",
                "retentionPercent",
                "refs");

        assertThat(rows)
                .extracting(r -> String.join(",", r.toList().subList(0, 9)))
                .containsExactly(
                        "1966,1,0,0,0,0,1,0,0.0",
                        "1990,1,1,0,0,0,0,0,100.0",
                        "2021,3,0,1,2,0,0,0,33.3",
                        "2022,4,2,0,1,1,0,0,50.0",
                        "2023,3,1,0,2,0,0,0,33.3",
                        "2024,2,1,0,1,0,0,0,50.0");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("refs")).isEqualTo("[S-SYN-ILLUSTRATIVE F6]"));
    }

    @Test
    void showsTheDailyNkThirtyPercentFigureBesideTheCohortTable() {
        String table = commands.retention("U-SYN-MINE-7", "table");

        int cohorts = table.indexOf("retentionPercent");
        int total = table.indexOf("│all ");
        int heading = table.indexOf("\n\nSourced figures for comparison:\n");
        assertThat(cohorts).isNotNegative();
        assertThat(total).isGreaterThan(cohorts);
        assertThat(heading).isGreaterThan(total);
        String claims = table.substring(heading);
        assertThat(claims)
                .contains("C-DNK-14", "about 30", "percent", "EV-KAECHON-WELCOME", "[S-DNK-KAECHON B3]")
                .doesNotContain("[S-DNK-INF-SPYONGAN F3 DIRECT]");
        assertThat(table.substring(total, heading)).contains("14", "42.9");
        assertNoSecrets(table);
    }

    @Test
    void givesOneJsonObjectWithCohortsTotalAndClaims() {
        JsonNode report = json(commands.retention("U-SYN-MINE-7", "json"));

        assertThat(report.get("mine").asText()).isEqualTo("U-SYN-MINE-7");
        assertThat(report.get("cohorts")).hasSize(6);
        assertThat(report.get("cohorts").get(2).get("intake").asInt()).isEqualTo(2021);
        assertThat(report.get("cohorts").get(2).get("retentionPercent").asDouble())
                .isEqualTo(33.3);
        assertThat(report.get("total").get("assigned").asInt()).isEqualTo(14);
        assertThat(report.get("total").get("leftWithoutPermission").asInt()).isEqualTo(6);
        assertThat(report.get("total").get("retentionPercent").asDouble()).isEqualTo(42.9);

        JsonNode dnk14 = null;
        for (JsonNode claim : report.get("claims")) {
            if (claim.get("claim").asText().equals("C-DNK-14")) {
                dnk14 = claim;
            }
        }
        assertThat(dnk14)
                .as("C-DNK-14 is about the welcome ceremonies held at the Kaechon mines")
                .isNotNull();
        assertThat(dnk14.get("statement").asText()).contains("three in ten");
        assertThat(dnk14.get("value").asDouble()).isEqualTo(30.0);
        assertThat(dnk14.get("unit").asText()).isEqualTo("percent");
        assertThat(dnk14.get("qualifier").asText()).isEqualTo("ABOUT");
        assertThat(dnk14.get("figure").asText()).isEqualTo("about 30 percent");
        assertThat(dnk14.get("credibility").asInt()).isEqualTo(3);
        assertThat(dnk14.get("via").toString()).contains("about EV-KAECHON-WELCOME, held at U-KAECHON-MINES");
        // The article gives the figure in its own voice ("reportedly"), not as the informant's.
        assertThat(dnk14.get("refs").findValuesAsText("source")).containsExactly("S-DNK-KAECHON");
        assertThat(dnk14.get("refs").findValuesAsText("reliability")).containsExactly("B");
    }

    @Test
    void listsClaimsWithAFigureFirst() {
        JsonNode claims = json(commands.retention("U-SYN-MINE-7", "json")).get("claims");

        List<String> ids = claims.findValuesAsText("claim");
        assertThat(ids)
                .startsWith("C-DNK-04", "C-DNK-13", "C-DNK-14", "C-DNK-21")
                .contains("C-DNK-22", "C-DNK-20");
        assertThat(claims.get(4).get("value").isNull()).isTrue();
    }

    @Test
    void showsTheReportedMinesClaimsEvenWithoutAssignmentsThere() {
        JsonNode report = json(commands.retention("U-KAECHON-MINES", "json"));

        assertThat(report.get("cohorts")).isEmpty();
        assertThat(report.get("total").get("assigned").asInt()).isZero();
        assertThat(report.get("total").get("retentionPercent").isNull()).isTrue();
        assertThat(report.get("claims").findValuesAsText("claim")).contains("C-DNK-14", "C-DNK-15");
    }

    @Test
    void leavesAssignmentsWithoutStatusOutOfTheRate() {
        Cohort cohort = new Cohort(
                2025,
                4,
                List.of("ACTIVE", "LEFT_WITHOUT_PERMISSION"),
                List.of(new Cohort.Evidence(List.of("S-SYN-ILLUSTRATIVE"), 2)));

        assertThat(cohort.statusUnknown()).isEqualTo(2);
        assertThat(cohort.retentionPercent()).isEqualTo(50.0);
        assertThat(new Cohort(null, 1, List.of(), List.of()).retentionPercent()).isNull();
        assertThat(new Cohort(2025, 1, List.of("ON_LEAVE"), List.of()).statusUnknown())
                .as("a status the model does not define is not guessed at")
                .isEqualTo(1);
    }

    @Test
    void refusesAUnitThatIsNotAMine() {
        assertBadInput(
                () -> commands.retention("U-SYN-FACTORY", "table"),
                "U-SYN-FACTORY is not a mine",
                "FACTORY",
                "U-SYN-MINE-7");
        assertBadInput(() -> commands.retention(null, "table"), "--mine");
    }

    @Test
    void suggestsTheNearestMineForAnUnknownId() {
        assertBadInput(() -> commands.retention("U-SYN-MINE-8", "table"), "No mine", "U-SYN-MINE-7");
    }

    @Test
    void refusesHostileIdsWithoutTouchingTheGraph() {
        assertHostileIdsRefused(neo4j().driver(), id -> commands.retention(id, "table"));
    }
}
