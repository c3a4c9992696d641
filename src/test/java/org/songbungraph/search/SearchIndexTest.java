package org.songbungraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * `search` asks the search_* indexes of cypher/60-lookup-indexes.cypher for its candidates (issue 6): the plans use
 * them, and what they offer loses no match that reading every name finds.
 */
class SearchIndexTest extends GraphTest {

    private static final Set<SearchLabel> ALL = EnumSet.allOf(SearchLabel.class);

    @Autowired
    NameSearch search;

    @BeforeAll
    static void shippedDataWithItsIndexesOnline() {
        ShippedData.ensureLoaded();
        try (Session session = neo4j().driver().session()) {
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    @Test
    void theCandidatesComeFromTheFullTextAndTextIndexesNeverFromALabelScan() {
        Map<String, Object> parameters = Map.of(
                "labels",
                List.of("person", "family", "unit", "market", "place", "source"),
                "lucene",
                IndexQuery.lucene("Kaechon"),
                "idText",
                "KAECHON",
                "limit",
                1000);

        Set<String> operators = operators("search/indexed-ids.cypher", parameters);

        assertThat(operators)
                .contains("ProcedureCall", "NodeIndexContainsScan")
                .doesNotContain("NodeByLabelScan", "AllNodesScan");
    }

    @Test
    void theCandidatesAreThenReadBySeekingTheirIds() {
        Set<String> operators = operators(
                "search/candidates.cypher", Map.of("ids", Map.of("person", List.of("P-W0101")), "details", true));

        assertThat(operators).contains("NodeUniqueIndexSeek").doesNotContain("NodeByLabelScan", "AllNodesScan");
    }

    @Test
    void aSearchRanksAFewIndexedCandidatesNotEveryNode() {
        Map<String, List<String>> indexed =
                search.ids("kaechon", ALL, NameSearch.PER_LABEL, IndexQuery.lucene("Kaechon"));
        Map<String, List<String>> every = search.ids("kaechon", ALL, NameSearch.PER_LABEL, null);

        assertThat(indexed.get("place")).contains("PL-KAECHON");
        assertThat(count(indexed)).isPositive().isLessThan(count(every) / 4);
    }

    @Test
    void theIndexesLoseNoMatchThatReadingEveryNameFinds() {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of(
                "Gaecheon",
                "Kaech'ŏn",
                "KAECH’ŎN",
                "Rhee",
                "Lee",
                "Yi",
                "Park",
                "Jeong",
                "Chung",
                "Choi",
                "jihoon",
                "Ji Hoon",
                "Pyeongyang",
                "Hamheung",
                "개천",
                "광산",
                "w-0101",
                "p-w0101",
                "W-01",
                "syn-pak",
                "Example",
                "xampl",
                "m exa",
                "(synthetic)",
                "No. 1",
                "-",
                "'",
                "Kim Example-il",
                "Ri Example-sun",
                "I",
                "a",
                "Eoeu Ootch-chshrh Gdbr eoeu ootch",
                "Kaech'ŏn Ri",
                "ample-a",
                "Kaech'",
                "'ŏn",
                "ch'ŏn Ri",
                "Kaechon-district",
                "광산지구",
                "Synthetic-Pak fam",
                "yi",
                "Pak Example",
                "Example-il Kim"));
        for (String text : texts) {
            assertThat(search.search(text, ALL, 1000, true)).as(text).isEqualTo(search.search(text, ALL, 1000, false));
        }
    }

    /** Names, Hangul names, ids and witness codes that search could be asked for, whole and in part. */
    private static Set<String> texts() {
        Set<String> texts = new LinkedHashSet<>();
        AtomicInteger rows = new AtomicInteger();
        try (Session session = neo4j().driver().session()) {
            session.run("""
                    MATCH (n) WHERE n:Person OR n:Family OR n:Unit OR n:Market OR n:Place OR n:Source
                    UNWIND [n.name, n.nameKo, n.id, n.witnessCode] AS text
                    WITH text WHERE text IS NOT NULL
                    RETURN DISTINCT text ORDER BY text""").list().forEach(r -> {
                // Every text whole, and parts of every third.
                int row = rows.getAndIncrement();
                String text = r.get("text").asString();
                texts.add(text);
                if (row % 3 == 0) {
                    texts.add(text.substring(0, Math.min(4, text.length())));
                    texts.add(text.substring(text.length() / 2));
                    texts.add(text.substring(text.lastIndexOf(' ') + 1));
                }
            });
        }
        return texts;
    }

    private static Set<String> operators(String queryFile, Map<String, Object> parameters) {
        return QueryPlans.operators(neo4j().driver(), queryFile, parameters);
    }

    private static int count(Map<String, List<String>> ids) {
        return ids.values().stream().mapToInt(List::size).sum();
    }
}
