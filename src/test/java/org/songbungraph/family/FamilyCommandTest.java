package org.songbungraph.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.HostileInput;
import org.songbungraph.support.JsonRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;

/** The family commands on the shipped synthetic families. */
class FamilyCommandTest extends GraphTest {

    private static final List<String> SECRETS = List.of(
            "Chong Hidden-ja", "정숨은자", "Unnamed source in South Pyongan", "Local resident near the Kaechon mines");

    @Autowired
    FamilyCommand commands;

    @Autowired
    FamilyRepository families;

    @Autowired
    CommandCatalog catalog;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void registersFamilyListAndFamilyAsTwoCommands() {
        CommandRegistration list = catalog.getRegistrations().get("family list");
        CommandRegistration family = catalog.getRegistrations().get("family");

        assertThat(list.getTarget().getMethod().getName()).isEqualTo("list");
        assertThat(family.getTarget().getMethod().getName()).isEqualTo("family");
        assertThat(family.getOptions())
                .anySatisfy(o -> assertThat(o.getLongNames()).containsExactly("id"));
        assertThat(list.getGroup()).isEqualTo("Families");
    }

    @Test
    void mapsFamiliesAsImmutableEntitiesByTheirBusinessId() {
        List<Family> all = families.findAll(Sort.by("id"));
        Family chong = families.findById("F-SYN-CHONG").orElseThrow();

        assertThat(all).extracting(Family::id).containsExactly("F-SYN-CHONG", "F-SYN-KIM", "F-SYN-PAK", "F-SYN-RYU");
        assertThat(chong.name()).isEqualTo("Synthetic-Chong family");
        assertThat(chong.nameKo()).isEqualTo("가상 정씨 가족");
        assertThat(chong.synthetic()).isTrue();
        assertThat(chong.sources()).containsExactly("S-SYN-ILLUSTRATIVE", "S-SYN-W0101-TESTIMONY");
        assertThat(families.findById("F-NONE")).isEmpty();
    }

    @Test
    void listsTheFourSyntheticFamiliesWithTheClassesOfTheirMembers() {
        JsonNode list = json(commands.list("json"));

        assertThat(JsonRows.column(list, "id")).containsExactly("F-SYN-CHONG", "F-SYN-KIM", "F-SYN-PAK", "F-SYN-RYU");
        JsonNode pak = row(list, "F-SYN-PAK");
        assertThat(pak.get("synthetic").asBoolean()).isTrue();
        assertThat(pak.get("members").asInt()).isEqualTo(9);
        assertThat(pak.get("generations").asInt()).isEqualTo(4);
        assertThat(pak.get("born").asText()).isEqualTo("1925-2001");
        assertThat(classes(pak)).containsExactly("HOSTILE 1/5");
        assertThat(pak.get("unclassified").asInt())
                .as("the wives who married in")
                .isEqualTo(3);
        assertThat(classes(row(list, "F-SYN-KIM"))).containsExactly("CORE 1/3");
        assertThat(classes(row(list, "F-SYN-CHONG"))).containsExactly("WAVERING 2/4");
        JsonNode ryu = row(list, "F-SYN-RYU");
        assertThat(classes(ryu)).containsExactly("CORE 2/2", "HOSTILE 1/1");
        assertThat(ryu.get("contradictions")).hasSize(1);
        assertThat(ryu.get("contradictions").get(0).asText())
                .isEqualTo("P-SYN-RYU-05: documented CORE, derived HOSTILE");
        assertThat(row(list, "F-SYN-PAK").get("contradictions")).isEmpty();
        assertThat(row(list, "F-SYN-CHONG").get("refs").get(1).get("source").asText())
                .isEqualTo("S-SYN-W0101-TESTIMONY");
        assertThat(commands.list("csv"))
                .contains("HOSTILE: 1 documented, 5 derived")
                .contains("CORE: 2 documented, 2 derived|HOSTILE: 1 documented, 1 derived");
        assertThat(commands.list("table")).contains("F-SYN-RYU").endsWith("4 rows");
    }

    @Test
    void showsTheChongFamilyWithTheProtectedWitnessByCodeOnly() {
        JsonNode members = json(commands.family("F-SYN-CHONG", "json"));

        JsonNode witness = row(members, "person", "W-0101");
        assertThat(witness.get("name").asText()).isEqualTo("W-0101");
        assertThat(witness.get("sex").asText()).isEqualTo("F");
        assertThat(witness.get("born").asInt()).isEqualTo(1986);
        assertThat(StreamSupport.stream(witness.get("parents").spliterator(), false)
                        .map(p -> p.get("id").asText() + " " + p.get("detail").asText()))
                .containsExactly("P-SYN-CHONG-03 PATERNAL", "P-SYN-CHONG-04 MATERNAL");
        assertThat(witness.get("class").asText()).isEqualTo("WAVERING");
        assertThat(witness.get("basis").asText()).isEqualTo("derived");
        assertThat(witness.get("detail").asText()).contains("P-SYN-CHONG-01").contains("2 generations up");
        assertThat(members).hasSize(8);
        for (String format : List.of("table", "json", "csv")) {
            String output = commands.family("F-SYN-CHONG", format);
            assertThat(output).contains("W-0101").doesNotContain("P-W0101");
            for (String secret : SECRETS) {
                assertThat(output.toLowerCase(Locale.ROOT)).doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
            assertThat(commands.list(format)).doesNotContain("Chong Hidden-ja").doesNotContain("정숨은자");
        }
    }

    @Test
    void showsParentsSpousesAndTheDerivedClassWithTheirEvidence() {
        JsonNode members = json(commands.family("F-SYN-PAK", "json"));

        JsonNode grandson = row(members, "person", "P-SYN-PAK-08");
        assertThat(grandson.get("name").asText()).isEqualTo("Pak Example-nam");
        assertThat(grandson.get("parents").get(0).get("id").asText()).isEqualTo("P-SYN-PAK-05");
        assertThat(grandson.get("parents")
                        .get(0)
                        .get("refs")
                        .get(0)
                        .get("credibility")
                        .asInt())
                .isEqualTo(6);
        assertThat(grandson.get("spouses")).isEmpty();
        assertThat(grandson.get("class").asText()).isEqualTo("HOSTILE");
        assertThat(grandson.get("detail").asText())
                .contains("P-SYN-PAK-01")
                .contains("CAT-AW88-H14")
                .contains("3 generations");
        assertThat(grandson.get("classRefs").get(0).get("source").asText()).isEqualTo("S-SYN-ILLUSTRATIVE");
        JsonNode father = row(members, "person", "P-SYN-PAK-05");
        assertThat(father.get("spouses").get(0).get("id").asText()).isEqualTo("P-SYN-PAK-07");
        assertThat(father.get("spouses").get(0).get("detail").asText()).isEqualTo("married 1996");
        JsonNode mother = row(members, "person", "P-SYN-PAK-07");
        assertThat(mother.get("basis").asText()).as("marriage passes no class").isEqualTo("none");
        assertThat(mother.get("class").isNull()).isTrue();
        assertThat(members.get(0).get("person").asText()).as("oldest first").isEqualTo("P-SYN-PAK-01");

        assertThat(commands.family("F-SYN-PAK", "table"))
                .contains("P-SYN-PAK-08")
                .endsWith("9 rows");
        String csv = commands.family("F-SYN-PAK", "csv");
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("person,name,sex,born,died,parents,spouses,class,basis,detail,classRefs,refs");
        assertThat(csv)
                .contains("P-SYN-PAK-05 Pak Example-su (PATERNAL) [S-SYN-ILLUSTRATIVE F6]|"
                        + "P-SYN-PAK-07 Jo Example-ran (MATERNAL) [S-SYN-ILLUSTRATIVE F6]");
    }

    @Test
    void keepsBothSidesOfTheRyuContradiction() {
        JsonNode members = json(commands.family("F-SYN-RYU", "json"));

        JsonNode reclassified = row(members, "person", "P-SYN-RYU-05");
        assertThat(reclassified.get("class").asText()).isEqualTo("CORE");
        assertThat(reclassified.get("basis").asText()).isEqualTo("documented");
        assertThat(reclassified.get("detail").asText())
                .contains("CAT-AW88-C01")
                .contains("RECLASSIFIED 1984")
                .contains("CONTRADICTS")
                .contains("P-SYN-RYU-01")
                .contains("HOSTILE");
        assertThat(row(members, "person", "P-SYN-RYU-07").get("class").asText()).isEqualTo("CORE");
        assertThat(row(members, "person", "P-SYN-RYU-03").get("class").asText()).isEqualTo("HOSTILE");
    }

    @Test
    void unknownFamilyIdsExitWithTheNearestIds() {
        assertThatThrownBy(() -> commands.family("F-SYN-PAKK", "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("No family has the id 'F-SYN-PAKK'")
                .hasMessageContaining("F-SYN-PAK");
        assertThatThrownBy(() -> commands.family(null, "table"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("Give the family id");
        assertThatThrownBy(() -> commands.family("F-SYN-PAK", "yaml"))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("--format must be table, json or csv");
    }

    @Test
    void hostileInputIsNotFoundAndLeavesTheGraphUnchanged() {
        String before = GraphFingerprint.of(neo4j().driver());
        for (String hostile : HostileInput.strings()) {
            assertThatThrownBy(() -> commands.family(hostile, "json"))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("No family has the id");
            assertThatThrownBy(() -> commands.list(hostile))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    /** "CLASS documented/derived" for each class of a family row. */
    private static List<String> classes(JsonNode family) {
        return StreamSupport.stream(family.get("classes").spliterator(), false)
                .map(c -> c.get("class").asText() + " " + c.get("documented").asInt() + "/"
                        + c.get("derived").asInt())
                .toList();
    }

    private static JsonNode json(String text) {
        return JsonRows.parse(text);
    }

    private static JsonNode row(JsonNode rows, String id) {
        return JsonRows.row(rows, "id", id);
    }

    private static JsonNode row(JsonNode rows, String column, String value) {
        return JsonRows.row(rows, column, value);
    }
}
