package org.songbungraph.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

class PersonCommandTest extends GraphTest {

    @Autowired
    PersonCommand person;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void showsRelativesSongbunAndWhatHappenedWithSources() {
        String page = person.person("P-SYN-PAK-08", "table", null);

        assertThat(page)
                .contains("Person P-SYN-PAK-08  Pak Example-nam")
                .contains("family      F-SYN-PAK Synthetic-Pak family")
                .contains("father      P-SYN-PAK-05 Pak Example-su (1972) [S-SYN-ILLUSTRATIVE F6]")
                .contains("mother      P-SYN-PAK-07 Jo Example-ran (1974)")
                .contains("HOSTILE, derived from P-SYN-PAK-01")
                .contains("detained    U-SYN-LTC")
                .contains("watched by  U-SYN-INMINBAN-12")
                .contains("PO-SONGBUN-UNIVERSITY");
        assertThat(page.indexOf("father")).isLessThan(page.indexOf("mother"));
    }

    @Test
    void showsAProtectedWitnessByHerCodeOnlyInEveryFormat() {
        for (String format : List.of("table", "json", "csv")) {
            String page = person.person("P-W0101", format, null);

            assertThat(page)
                    .as(format)
                    .contains("W-0101")
                    .contains("S-SYN-W0101-TESTIMONY")
                    .doesNotContain("Chong Hidden-ja")
                    .doesNotContain("정숨은자")
                    .doesNotContain("Hidden");
        }
    }

    @Test
    void keepsWhatTheWitnessSawHerselfWhenAskedAndStillHidesHerName() {
        for (String format : List.of("table", "json", "csv")) {
            String page = person.person("P-W0101", format, "DIRECT");

            assertThat(page)
                    .as(format)
                    .contains("U-SYN-FACTORY")
                    .contains("DIRECT")
                    .doesNotContain("Chong Hidden-ja")
                    .doesNotContain("정숨은자")
                    .doesNotContain("Hidden");
        }
        assertThat(person.person("P-W0101", "table", "RUMOUR"))
                .contains("nothing recorded on that basis")
                .doesNotContain("U-SYN-FACTORY");
    }

    @Test
    void showsARealInformantByWitnessCodeWithTheTestimonyTheyGave() {
        String page = person.person("P-W0001", "table", null);

        assertThat(page)
                .contains("W-0001")
                .contains("gave        S-DNK-INF-SPYONGAN")
                .doesNotContain("Unnamed source in South Pyongan")
                .doesNotContain("Daily NK informant)");
    }

    @Test
    void marksThePseudonymAndGivesJsonForScripts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(person.person("P-JIHOON", "json", null));

        assertThat(json.at("/profile/name").asText()).isEqualTo("Ji-Hoon* (pseudonym)");
        assertThat(json.at("/profile/protection").asText()).isEqualTo("PSEUDONYM");
        assertThat(json.at("/members/0/facts/0/targetId").asText()).isEqualTo("U-JIHOON-TEXTILE");
        assertThat(json.at("/members/0/facts/0/evidence/0/reliability").asText())
                .isEqualTo("F");
    }

    @Test
    void acceptsTheWitnessCodeAnAnalystSeesWhereverAPersonIdIsAsked() {
        String page = person.person("W-0101", "table", null);

        assertThat(page).contains("Person P-W0101  W-0101").doesNotContain("Hidden");
    }

    @Test
    void neverRepeatsAProtectedNameTypedInPlaceOfAnId() {
        for (String typed : List.of("Chong Hidden-ja", "정숨은자")) {
            assertThatThrownBy(() -> person.person(typed, "table", null))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("No person has the id you gave")
                    .satisfies(e ->
                            assertThat(e.getMessage()).doesNotContain(typed).doesNotContain("W-0101"));
        }
    }

    @Test
    void anUnknownOrHostileIdExitsTwoAndChangesNothing() {
        String before = GraphFingerprint.of(neo4j().driver());
        assertThatThrownBy(() -> person.person("P-JIHON", "table", null))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("P-JIHOON");
        for (String hostile : List.of("' OR 1=1 //", "}) DETACH DELETE n //", "$x", "x".repeat(100_000), "\u0000")) {
            assertThatThrownBy(() -> person.person(hostile, "json", null)).isInstanceOf(SongbunException.class);
        }
        assertThatThrownBy(() -> person.person(null, "table", null)).hasMessageContaining("--id");
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }
}
