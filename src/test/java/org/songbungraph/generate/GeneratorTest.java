package org.songbungraph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.load.ImportLayout;
import org.songbungraph.support.TestNeo4j;

/**
 * A generated population of 2,000 people, read back from its CSV files: it passes `check`, is the same for the
 * same seed, and has the structure docs/generator.md promises (class shares, paternal inheritance, class-skewed
 * assignments, mine retention, inminban for everyone alive, markets), with every generated row synthetic.
 */
class GeneratorTest {

    static final int PEOPLE = 2000;
    static final Path SHIPPED = TestNeo4j.IMPORT_DIR;

    @TempDir
    static Path temp;

    static Path folder;
    static Generator.Result result;

    @BeforeAll
    static void generate() throws IOException {
        folder = Files.createDirectory(temp.resolve("seed-1"));
        result = Generator.write(PEOPLE, 1, SHIPPED, folder);
    }

    @Test
    void writesEveryImportFileAndPassesCheckWithNoProblem() {
        for (ImportLayout.FileLayout layout : ImportLayout.files()) {
            assertThat(folder.resolve(layout.file())).as(layout.file()).isRegularFile();
        }
        assertThat(ImportLayout.problems(folder)).isEmpty();
        assertThat(rows("persons.csv")).hasSize(PEOPLE);
        assertThat(result.people()).isEqualTo(PEOPLE);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDiffers() throws IOException {
        Path again = Files.createDirectory(temp.resolve("seed-1-again"));
        Path other = Files.createDirectory(temp.resolve("seed-2"));
        Generator.write(PEOPLE, 1, SHIPPED, again);
        Generator.write(PEOPLE, 2, SHIPPED, other);

        for (ImportLayout.FileLayout layout : ImportLayout.files()) {
            assertThat(Files.readAllBytes(again.resolve(layout.file())))
                    .as(layout.file())
                    .isEqualTo(Files.readAllBytes(folder.resolve(layout.file())));
        }
        assertThat(Files.readAllBytes(other.resolve("persons.csv")))
                .isNotEqualTo(Files.readAllBytes(folder.resolve("persons.csv")));
        assertThat(Files.readAllBytes(other.resolve("assigned_to.csv")))
                .isNotEqualTo(Files.readAllBytes(folder.resolve("assigned_to.csv")));
    }

    @Test
    void classSharesAreCloseToCollinsTwentyEightFortyFiveTwentySeven() {
        Map<String, String> classes = derivedClasses();
        Map<String, Long> counts =
                classes.values().stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));

        assertThat(classes).hasSize(PEOPLE).doesNotContainValue(null);
        assertThat(counts.get("CORE") / (double) PEOPLE).isCloseTo(0.28, within(0.03));
        assertThat(counts.get("WAVERING") / (double) PEOPLE).isCloseTo(0.45, within(0.03));
        assertThat(counts.get("HOSTILE") / (double) PEOPLE).isCloseTo(0.27, within(0.03));
    }

    @Test
    void songbunFollowsTheFatherUnlessReclassifiedAndNeverComesByMarriage() {
        Map<String, String> father = parents("PATERNAL");
        Map<String, CSVRecord> documented = byColumn(rows("classified_as.csv"), "startId");
        Map<String, CSVRecord> persons = byColumn(rows("persons.csv"), "id");

        int children = 0;
        int reclassified = 0;
        for (String person : persons.keySet()) {
            CSVRecord own = documented.get(person);
            if (father.containsKey(person)) {
                children++;
                // A child's category is derived from the father, so it is documented only when the state changed it.
                if (own != null) {
                    assertThat(own.get("basis")).as(person).isEqualTo("RECLASSIFIED");
                    reclassified++;
                    int year = Integer.parseInt(own.get("year"));
                    assertThat(year - Integer.parseInt(persons.get(person).get("birthYear")))
                            .as(person)
                            .isGreaterThanOrEqualTo(17);
                }
            } else {
                // Founders (their own act) and wives from outside (their own father's line) are documented.
                assertThat(own).as(person).isNotNull();
                assertThat(own.get("basis")).as(person).isIn("OWN_ACT", "INHERITED");
            }
        }
        assertThat(reclassified / (double) children).isCloseTo(Population.RECLASSIFICATION, within(0.015));

        // Marriage never carries the husband's class to the wife: many couples keep different classes.
        Map<String, String> classes = derivedClasses();
        List<CSVRecord> marriages = rows("married_to.csv");
        long mixed = marriages.stream()
                .filter(m -> !classes.get(m.get("startId")).equals(classes.get(m.get("endId"))))
                .count();
        assertThat(mixed).isGreaterThan(marriages.size() / 4);
    }

    @Test
    void familiesSpanFourOrFiveGenerationsWithParentsOlderThanChildren() {
        Map<String, String> father = parents("PATERNAL");
        Map<String, String> mother = parents("MATERNAL");
        Map<String, Integer> born = new HashMap<>();
        rows("persons.csv").forEach(r -> born.put(r.get("id"), Integer.parseInt(r.get("birthYear"))));

        int deepest = 0;
        for (String person : born.keySet()) {
            int depth = 0;
            for (String p = person; father.containsKey(p); p = father.get(p)) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        assertThat(deepest + 1).isBetween(4, 6);
        assertThat(born.values()).allMatch(y -> y >= 1890 && y <= Population.HORIZON);
        for (Map<String, String> parent : List.of(father, mother)) {
            parent.forEach((child, p) -> assertThat(born.get(child) - born.get(p))
                    .as(child + " of " + p)
                    .isBetween(17, 50));
        }
        // Every person belongs to a family line: born into one, or married into one.
        Set<String> members = column(rows("member_of.csv"), "startId");
        assertThat(members).containsAll(born.keySet());
    }

    @Test
    void hostileClassIsSentToMinesFarMoreOftenThanCore() {
        Map<String, String> classes = derivedClasses();
        Map<String, String> kinds = kinds();
        Map<String, int[]> byClass = new HashMap<>();
        for (CSVRecord a : rows("assigned_to.csv")) {
            int[] counts = byClass.computeIfAbsent(classes.get(a.get("startId")), c -> new int[2]);
            counts[0]++;
            counts[1] += kinds.get(a.get("endId")).equals("MINE") ? 1 : 0;
        }
        double hostile = byClass.get("HOSTILE")[1] / (double) byClass.get("HOSTILE")[0];
        double core = byClass.get("CORE")[1] / (double) byClass.get("CORE")[0];

        assertThat(hostile).isGreaterThan(3 * core);
    }

    @Test
    void mineIntakesAreRetainedAtTheRateOfTheDailyNkClaim() {
        double claimed = Double.parseDouble(shipped("claims.csv").stream()
                        .filter(r -> r.get("id").equals("C-DNK-14"))
                        .findFirst()
                        .orElseThrow()
                        .get("value"))
                / 100;
        Map<String, String> kinds = kinds();
        List<CSVRecord> mines = rows("assigned_to.csv").stream()
                .filter(a -> kinds.get(a.get("endId")).equals("MINE"))
                .toList();
        long retained = mines.stream()
                .filter(a -> Set.of("ACTIVE", "COMPLETED").contains(a.get("status")))
                .count();

        assertThat(claimed).isEqualTo(0.30);
        assertThat(mines).hasSizeGreaterThan(150);
        assertThat(retained / (double) mines.size()).isCloseTo(claimed, within(0.07));
        // Intake cohorts: a mine takes its recruits together, every third year.
        Map<String, Long> cohorts = mines.stream()
                .collect(Collectors.groupingBy(a -> a.get("endId") + "@" + a.get("from"), Collectors.counting()));
        assertThat(mines.size() / (double) cohorts.size()).isGreaterThan(2);
        assertThat(mines).anyMatch(a -> a.get("status").equals("LEFT_WITHOUT_PERMISSION"));
    }

    @Test
    void everyoneAliveIsWatchedByOneInminbanThatReportsToSecurity() {
        Map<String, String> kinds = kinds();
        Set<String> alive = rows("persons.csv").stream()
                .filter(r -> r.get("deathYear").isEmpty())
                .map(r -> r.get("id"))
                .collect(Collectors.toSet());
        Map<String, Long> watched = rows("surveils.csv").stream()
                .filter(r -> r.get("means").equals("INMINBAN"))
                .peek(r -> assertThat(kinds.get(r.get("startId"))).isEqualTo("INMINBAN"))
                .collect(Collectors.groupingBy(r -> r.get("endId"), Collectors.counting()));

        assertThat(watched.keySet()).isEqualTo(alive);
        assertThat(watched.values()).containsOnly(1L);
        Map<String, String> reportsTo =
                rows("reports_to.csv").stream().collect(Collectors.toMap(r -> r.get("startId"), r -> r.get("endId")));
        for (String unit : kinds.keySet()) {
            if (kinds.get(unit).equals("INMINBAN")) {
                String station = reportsTo.get(unit);
                assertThat(kinds.get(station)).as(unit).isEqualTo("SECURITY_AGENCY");
                assertThat(kinds.get(reportsTo.get(station))).as(station).isEqualTo("SECURITY_AGENCY");
            }
        }
    }

    @Test
    void marketsHaveTradersAndSomeAreRaided() {
        Set<String> markets = column(rows("markets.csv"), "id");
        assertThat(column(rows("trades_at.csv"), "endId")).isEqualTo(markets);
        assertThat(rows("raided.csv")).isNotEmpty();
        assertThat(column(rows("located_in.csv"), "startId"))
                .containsAll(markets)
                .containsAll(kinds().keySet());
        assertThat(column(rows("lives_in.csv"), "startId")).hasSize(PEOPLE);
    }

    @Test
    void namesAreObviouslyInventedAndTheirSurnamesFollowTheCensusWeights() {
        assertThat(rows("persons.csv"))
                .extracting(r -> r.get("name"))
                .allMatch(name -> name.matches("\\S+ [A-Z][a-z]+-[a-z]+ \\(synthetic\\)"), "Kim Chol-su (synthetic)")
                .noneMatch(name -> name.contains("Example"));
        assertThat(rows("families.csv"))
                .filteredOn(r -> r.get("id").contains("SYN-G"))
                .extracting(r -> r.get("name"))
                .isNotEmpty()
                .allMatch(name -> name.matches("\\S+ family \\d+ \\(synthetic\\)"), "Kim family 12 (synthetic)");
        Map<String, Long> surnames = rows("persons.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("name").split(" ")[0], Collectors.counting()));
        // Kim is 27% of the weights and Hong 1.4%; drawn uniformly, each would be 5%.
        assertThat(surnames.get("Kim") / (double) PEOPLE).isBetween(0.15, 0.40);
        assertThat(surnames.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey())
                .isEqualTo("Kim");
        assertThat(surnames.getOrDefault("Hong", 0L)).isLessThan(surnames.get("Ri"));
    }

    @Test
    void everyGeneratedRowIsSyntheticAndCitesTheGeneratorAndEveryOtherRowIsCopiedFromTheShippedFiles() {
        for (ImportLayout.FileLayout layout : ImportLayout.files()) {
            Map<String, Map<String, String>> shipped = new HashMap<>();
            shipped(layout.file()).forEach(r -> shipped.put(r.get("id"), r.toMap()));
            for (CSVRecord row : rows(layout.file())) {
                String id = row.get("id");
                if (id.contains("SYN-G")) {
                    assertThat(row.get("sources")).as(id).isEqualTo(ReferenceRows.SOURCE);
                    if (layout.columns().contains("synthetic")) {
                        assertThat(row.get("synthetic")).as(id).isEqualTo("true");
                    }
                } else if (!id.equals(ReferenceRows.SOURCE)) {
                    assertThat(row.toMap()).as(layout.file() + " " + id).isEqualTo(shipped.get(id));
                }
            }
        }
        CSVRecord source = byColumn(rows("sources.csv"), "id").get(ReferenceRows.SOURCE);
        assertThat(source.get("reliability")).isEqualTo("F");
        assertThat(source.get("synthetic")).isEqualTo("true");
        assertThat(column(rows("sources.csv"), "id")).contains("S-COLLINS-2012", "S-DNK-KAECHON");
    }

    // ---- reading the CSV files ----

    private static final Map<String, List<CSVRecord>> cache = new HashMap<>();

    static List<CSVRecord> rows(String file) {
        return cache.computeIfAbsent(file, f -> read(folder.resolve(f)));
    }

    static List<CSVRecord> shipped(String file) {
        return read(SHIPPED.resolve(file));
    }

    static List<CSVRecord> read(Path file) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CSVRecord> byColumn(List<CSVRecord> rows, String column) {
        return rows.stream()
                .collect(Collectors.toMap(r -> r.get(column), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<String> column(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> r.get(column)).collect(Collectors.toCollection(HashSet::new));
    }

    private static Map<String, String> parents(String line) {
        return rows("child_of.csv").stream()
                .filter(r -> r.get("line").equals(line))
                .collect(Collectors.toMap(r -> r.get("startId"), r -> r.get("endId")));
    }

    private static Map<String, String> kinds() {
        return rows("units.csv").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r.get("kind")));
    }

    /** Each person's class by the derivation rule of docs/model.md: documented, else the nearest paternal ancestor's. */
    private static Map<String, String> derivedClasses() {
        Map<String, String> classOf = new HashMap<>();
        rows("in_class.csv").forEach(r -> classOf.put(r.get("startId"), r.get("endId")));
        Map<String, String> documented = new HashMap<>();
        rows("classified_as.csv").forEach(r -> documented.put(r.get("startId"), classOf.get(r.get("endId"))));
        Map<String, String> father = parents("PATERNAL");
        Map<String, String> classes = new HashMap<>();
        for (CSVRecord person : rows("persons.csv")) {
            String p = person.get("id");
            while (!documented.containsKey(p) && father.containsKey(p)) {
                p = father.get(p);
            }
            classes.put(person.get("id"), documented.get(p));
        }
        return classes;
    }
}
