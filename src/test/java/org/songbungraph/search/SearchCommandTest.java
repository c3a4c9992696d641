package org.songbungraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandParser;
import org.springframework.shell.command.parser.ParserConfig;

/** `search` on the shipped dataset: romanisation variants, Hangul, protection, hostile input, options and formats. */
class SearchCommandTest extends GraphTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("table", "json", "csv");
    /** What must never be printed: the protected witness's confidential names and the informants' descriptions. */
    private static final List<String> SECRETS = List.of(
            "Chong Hidden-ja",
            "정숨은자",
            "Hidden",
            "Unnamed source in South Pyongan",
            "Local resident near the Kaechon mines");

    private static final String WITNESS = "P-W0101";

    @Autowired
    SearchCommand command;

    @Autowired
    CommandCatalog catalog;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gaecheon", "Kaech'ŏn", "kaechon", "KAECH’ŎN", "개천시"})
    void findsKaechonUnderEverySpellingFirst(String spelling) {
        JsonNode rows = json(spelling, "all");

        assertThat(rows.get(0).get("id").asText()).isEqualTo("PL-KAECHON");
        assertThat(rows.get(0).get("match").asText())
                .startsWith(spelling.equals("개천시") ? "nameKo exact" : "name exact");
    }

    @Test
    void theVariantSpellingIsNamedInTheMatchColumn() {
        assertThat(json("Gaecheon", "place").get(0).get("match").asText())
                .isEqualTo("name exact, variant spelling of \"Kaechon\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rhee", "Lee", "Yi", "ri"})
    void rheeLeeAndYiFindTheSyntheticPeopleSurnamedRi(String surname) {
        JsonNode rows = json(surname, "person");

        assertThat(ids(rows).subList(0, 2)).containsExactly("P-SYN-KIM-06", "P-SYN-PAK-02");
        assertThat(rows.get(0).get("name").asText()).isEqualTo("Ri Example-hwa");
        assertThat(rows.get(0).get("match").asText()).startsWith("name prefix");
    }

    @Test
    void parkFindsTheSyntheticPakFamilyAndItsPeople() {
        List<String> ids = ids(json("Park", "all"));

        assertThat(ids)
                .contains(
                        "F-SYN-PAK",
                        "P-SYN-PAK-01",
                        "P-SYN-PAK-03",
                        "P-SYN-PAK-05",
                        "P-SYN-PAK-06",
                        "P-SYN-PAK-08",
                        "P-SYN-PAK-09");
        assertThat(ids).doesNotContain("P-SYN-PAK-02", "P-SYN-PAK-04", "P-SYN-PAK-07");
        assertThat(ids.indexOf("P-SYN-PAK-09"))
                .as("people whose name starts with Pak come before the family")
                .isLessThan(ids.indexOf("F-SYN-PAK"));
    }

    @Test
    void chongAndJeongFindTheSameSyntheticChongsByNameWhileOnlyChongAlsoMatchesTheirIds() {
        List<String> byName = new ArrayList<>();
        json("Chong", "all").forEach(r -> {
            if (r.get("match").asText().startsWith("name ")) {
                byName.add(r.get("id").asText());
            }
        });

        assertThat(byName)
                .containsExactly("P-SYN-CHONG-01", "P-SYN-CHONG-03", "P-SYN-CHONG-06", "P-SYN-CHONG-08", "F-SYN-CHONG");
        assertThat(ids(json("Jeong", "all"))).isEqualTo(byName);
        assertThat(ids(json("Chong", "all")))
                .contains("P-SYN-CHONG-02", "P-SYN-CHONG-07")
                .doesNotContain(WITNESS);
    }

    @Test
    void hangulMatchesNameKoAsASubstring() {
        assertThat(ids(json("박예시", "all")))
                .containsExactly(
                        "P-SYN-PAK-01", "P-SYN-PAK-03", "P-SYN-PAK-05", "P-SYN-PAK-06", "P-SYN-PAK-08", "P-SYN-PAK-09");
        assertThat(ids(json("광산", "all"))).containsExactly("PL-KAECHON-MINING-DISTRICT");
        assertThat(ids(json("평양", "all"))).containsExactly("PL-PYONGYANG");
        assertThat(ids(json("가족", "family"))).containsExactly("F-SYN-CHONG", "F-SYN-KIM", "F-SYN-PAK", "F-SYN-RYU");
    }

    @Test
    void theProtectedWitnessIsNeverFoundByItsConfidentialNameInAnyFormat() {
        for (String text : List.of(
                "Chong Hidden-ja",
                "Hidden",
                "정숨은자",
                "hidden-ja",
                "Jeong Hidden-ja",
                "숨은자",
                "Unnamed source in South Pyongan (Daily NK informant)",
                "Local resident near the Kaechon mines",
                "Defector (BBC, interview 2017)")) {
            for (String format : FORMATS) {
                String output = command.search(text, "all", 1000, format);

                assertThat(output).as(text + " as " + format).doesNotContain(WITNESS, "P-W0001", "P-W0002", "P-W0003");
                assertNoSecrets(output);
            }
            assertThat(ids(json(text, "person"))).as(text).isEmpty();
        }
    }

    @Test
    void broadSearchesShowTheProtectedWitnessByCodeOnly() {
        for (String text : List.of("Chong", "정", "Example", "a", "e", "W-0", "P-SYN-CHONG", "Kaechon", "Pyongan")) {
            for (String format : FORMATS) {
                String output = command.search(text, "all", 1000, format);

                assertNoSecrets(output);
                assertThat(output).as(text + " as " + format).doesNotContain(WITNESS);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"W-0101", "w-0101", "P-W0101"})
    void theProtectedWitnessIsFoundByFullWitnessCodeOrIdAndShownByCode(String text) {
        JsonNode witness = row(json(text, "all"), WITNESS);

        assertThat(witness.get("name").asText()).isEqualTo("W-0101");
        assertThat(witness.get("nameKo").isNull()).isTrue();
        assertThat(witness.get("detail").asText()).isEqualTo("protected witness");
        assertThat(witness.get("match").asText()).isIn("witness code exact", "id exact");
        for (String format : FORMATS) {
            String output = command.search(text, "person", 20, format);
            assertThat(output).contains("W-0101");
            assertNoSecrets(output);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ji-Hoon", "jihoon", "Ji Hoon", "JIHOON"})
    void thePseudonymousPersonIsFoundAndMarkedAsAPseudonym(String text) {
        JsonNode first = json(text, "all").get(0);

        assertThat(first.get("id").asText()).isEqualTo("P-JIHOON");
        assertThat(first.get("name").asText()).isEqualTo("Ji-Hoon* (pseudonym)");
        assertThat(first.get("detail").asText()).isEqualTo("pseudonym");
    }

    @Test
    void ordersExactThenPrefixThenSubstringThenByLabelAndId() {
        JsonNode rows = json("Kaechon", "all");
        List<String> tiers = new ArrayList<>();
        rows.forEach(r -> tiers.add(r.get("match").asText().split("[ ,]")[1]));

        assertThat(rows.get(0).get("id").asText()).isEqualTo("PL-KAECHON");
        assertThat(tiers)
                .isSortedAccordingTo(
                        (a, b) -> List.of("exact", "prefix", "substring").indexOf(a)
                                - List.of("exact", "prefix", "substring").indexOf(b));
        List<String> substringLabels = new ArrayList<>();
        rows.forEach(r -> {
            if (r.get("match").asText().contains("substring")) {
                substringLabels.add(r.get("label").asText());
            }
        });
        assertThat(substringLabels)
                .isSortedAccordingTo((a, b) -> SearchLabel.of(a).compareTo(SearchLabel.of(b)));
        assertThat(ids(json("Example Kaechon", "unit")))
                .containsExactly("U-SYN-KAECHON-PARTY", "U-SYN-KAECHON-SCHOOL", "U-SYN-LTC", "U-SYN-SECURITY");
    }

    @Test
    void theLabelOptionNarrowsTheSearchAndMinesAreUnits() {
        assertThat(json("Kaechon", "place"))
                .allSatisfy(r -> assertThat(r.get("label").asText()).isEqualTo("place"));
        assertThat(ids(json("Kaechon", "place"))).containsExactly("PL-KAECHON", "PL-KAECHON-MINING-DISTRICT");
        assertThat(ids(json("Kaechon", "market"))).containsExactly("MK-SYN-KAECHON");
        JsonNode mines = json("mine", "unit");
        assertThat(row(mines, "U-KAECHON-MINES").get("detail").asText()).isEqualTo("MINE, collective");
        assertThat(row(mines, "U-SYN-MINE-7").get("detail").asText()).isEqualTo("MINE, synthetic");
        assertThat(row(json("Collins", "source"), "S-COLLINS-2012")
                        .get("detail")
                        .asText())
                .isEqualTo("Committee for Human Rights in North Korea (HRNK), 2012");
        assertThat(row(json("Daily NK", "source"), "S-DNK-KAECHON")
                        .get("detail")
                        .asText())
                .isEqualTo("Daily NK, undated");
        assertThat(row(json("Pak Example-man", "person"), "P-SYN-PAK-01")
                        .get("detail")
                        .asText())
                .isEqualTo("born 1925, synthetic");
    }

    @Test
    void theLimitCapsTheRows() {
        assertThat(json("Example", "all", 3)).hasSize(3);
        assertThat(json("Example", "all", 1000).size()).isGreaterThan(20);
        assertThat(command.search("Example", "all", 20, "csv").lines().count()).isEqualTo(21);
    }

    @Test
    void jsonParsesCsvHasAHeaderAndEveryRowCarriesItsEvidence() throws Exception {
        JsonNode kaechon = row(json("Kaechon", "place"), "PL-KAECHON");
        assertThat(kaechon.get("nameKo").asText()).isEqualTo("개천시");
        assertThat(kaechon.get("evidence").get(0).get("source").asText()).isEqualTo("S-DNK-KAECHON");
        assertThat(kaechon.get("evidence").get(0).get("reliability").asText()).isEqualTo("B");

        String csv = command.search("Kaechon", "place", 20, "csv");
        assertThat(csv.lines().findFirst()).hasValue("label,id,name,nameKo,detail,match,evidence");
        assertThat(csv).contains("place,PL-KAECHON,Kaechon,개천시,CITY,name exact,[S-DNK-KAECHON B]");

        String table = command.search("Kaechon", "place", 20, "table");
        assertThat(table).contains("PL-KAECHON", "[S-DNK-KAECHON B]", "2 rows");
        assertThat(JSON.readTree(command.search("no such name at all", "all", 20, "json"))
                        .isEmpty())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankTextExitsTwo(String text) {
        assertThatThrownBy(() -> command.search(text, "all", 20, "table"))
                .isInstanceOfSatisfying(SongbunException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.getMessage()).contains("search Kaechon");
                });
        assertThatThrownBy(() -> command.search(null, "all", 20, "table")).isInstanceOf(SongbunException.class);
    }

    @Test
    void badOptionsExitTwo() {
        for (Runnable call : List.<Runnable>of(
                () -> command.search("Kim", "people", 20, "table"),
                () -> command.search("Kim", "all", 0, "table"),
                () -> command.search("Kim", "all", 1001, "table"),
                () -> command.search("Kim", "all", 20, "xml"))) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        }
    }

    @Test
    void hostileTextNeverFailsAndLeavesTheGraphUnchanged() throws Exception {
        String before = GraphFingerprint.of(neo4j().driver());
        List<String> corpus = List.of(
                "' OR 1=1 //",
                "}) DETACH DELETE n //",
                "\"}) MATCH (n) DETACH DELETE n //",
                "$x",
                "`x`",
                "$labels",
                "정숨은자' OR true //",
                "Кim",
                "ＫＩＭ",
                "\u202EnohceaK",
                "Kae\u200Fchon",
                "\u0000",
                "Kim\u0000",
                "'",
                "-",
                "*",
                ".*",
                "%",
                "\\",
                "a".repeat(100_000));
        for (String text : corpus) {
            for (String format : FORMATS) {
                String output = command.search(text, "all", 1000, format);
                assertNoSecrets(output);
                if (format.equals("json")) {
                    assertThat(JSON.readTree(output).isArray()).isTrue();
                }
                if (format.equals("csv")) {
                    assertThat(output).startsWith("label,id,name,nameKo,detail,match,evidence");
                }
            }
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    @Test
    void hostileTextFindsNothingItShouldNot() {
        assertThat(ids(json("' OR 1=1 //", "all"))).isEmpty();
        assertThat(ids(json("}) DETACH DELETE n //", "all"))).isEmpty();
        assertThat(ids(json("$x", "all"))).isEmpty();
        assertThat(ids(json("`x`", "all"))).isEmpty();
        assertThat(ids(json("\u0000", "all"))).isEmpty();
        assertThat(ids(json("Кim", "all"))).as("a Cyrillic К is not a Latin K").isEmpty();
        assertThat(ids(json("ＫＩＭ Example-il", "all"))).containsExactly("P-SYN-KIM-03");
    }

    @Test
    void aHundredKilobyteTextReturnsNothingAndAsksTheIndexsBoundedQueries() {
        String huge = "Kim ".repeat(25_000);

        assertThat(command.search(huge, "all", 20, "json").strip()).isEqualTo("[ ]");
        // What keeps it fast whatever is typed: the queries sent to the full-text indexes stay the size of a few words.
        assertThat(IndexQuery.wholeWords(huge).length())
                .isLessThan(IndexQuery.wholeWords("Kim Kim Kim Kim Kim Kim Kim").length() + 1);
        assertThat(IndexQuery.lucene(huge).length()).isLessThan(5_000);
    }

    @Test
    void theShellGivesTheFirstWordsToTextAndAcceptsTextAsAnOption() {
        assertThat(parsedText("search", "Kim", "Example-il", "--label", "person"))
                .isEqualTo("Kim,Example-il");
        assertThat(parsedText("search", "--label", "person", "Kaech'ŏn")).isEqualTo("Kaech'ŏn");
        assertThat(parsedText("search", "--text", "Kaechon", "--format", "json"))
                .isEqualTo("Kaechon");
        assertThat(ids(json(parsedText("search", "Kim", "Example-il"), "all"))).containsExactly("P-SYN-KIM-03");
    }

    private String parsedText(String... words) {
        CommandParser.CommandParserResults results = CommandParser.of(
                        new DefaultConversionService(), catalog.getRegistrations(), new ParserConfig())
                .parse(words);
        assertThat(results.errors()).as(Arrays.toString(words)).isEmpty();
        return results.results().stream()
                .filter(r -> Arrays.asList(r.option().getLongNames()).contains("text"))
                .map(r -> String.valueOf(r.value()))
                .findFirst()
                .orElseThrow();
    }

    private static void assertNoSecrets(String output) {
        assertThat(output).doesNotContain(SECRETS);
        assertThat(output.toLowerCase(Locale.ROOT)).doesNotContain("chong hidden-ja", "hidden");
    }

    private JsonNode json(String text, String label) {
        return json(text, label, 1000);
    }

    private JsonNode json(String text, String label, int limit) {
        try {
            return JSON.readTree(command.search(text, label, limit, "json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static JsonNode row(JsonNode rows, String id) {
        for (JsonNode r : rows) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " not among " + ids(rows));
    }
}
