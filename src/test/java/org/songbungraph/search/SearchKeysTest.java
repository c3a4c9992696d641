package org.songbungraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.songbungraph.load.ShippedData;
import org.songbungraph.load.TestLoaders;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.ShippedIdentities;
import org.songbungraph.support.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * `load` writes each searchable node's search keys (its name's pieces and word skeletons), which the search_keys_*
 * indexes hold: protected people are keyed by witness code alone, renamed nodes get new keys, and nodes added
 * outside `load` are still found (by reading every name) until a load keys them.
 */
class SearchKeysTest extends GraphTest {

    private static final Set<SearchLabel> ALL = EnumSet.allOf(SearchLabel.class);
    private static final SearchKeys.Progress QUIET = new SearchKeys.Progress() {
        @Override
        public void started(long searchableNodes) {}

        @Override
        public void written(long nodes) {}
    };

    @Autowired
    NameSearch search;

    @Autowired
    SearchKeys keys;

    @BeforeEach
    void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void everySearchableNodeIsKeyedAndTheLoadRunRecordsHowMany() {
        try (Session session = neo4j().driver().session()) {
            Record r = session.run("""
                    MATCH (n) WHERE n:Person OR n:Family OR n:Unit OR n:Market OR n:Place OR n:Source
                    RETURN count(n) AS nodes, count(n.searchKeysOf) AS keyed""").single();
            assertThat(r.get("keyed").asLong())
                    .isEqualTo(r.get("nodes").asLong())
                    .isPositive();
            assertThat(session.run("MATCH (run:LoadRun) WHERE run.searchKeyed IS NOT NULL "
                                    + "RETURN run.searchKeyed ORDER BY run.startedAt DESC LIMIT 1")
                            .single()
                            .get(0)
                            .asLong())
                    .isEqualTo(r.get("nodes").asLong());
        }
    }

    @Test
    void aProtectedPersonIsKeyedByItsWitnessCodeAloneAndNothingOfItsName() {
        try (Session session = neo4j().driver().session()) {
            List<Record> rows = session.run(
                            "MATCH (p:Person {protection: 'PROTECTED'}) "
                                    + "RETURN p.name AS name, p.witnessCode AS code, p.searchWords AS words, p.searchSkeletons AS skeletons")
                    .list();
            assertThat(rows).isNotEmpty();
            for (Record r : rows) {
                assertThat(r.get("words").asString())
                        .isEqualTo(
                                String.join(" ", SearchKeys.words(r.get("code").asString())));
                assertThat(r.get("skeletons").isNull()).isTrue();
                String code = r.get("code").asString();
                String sealedName = ShippedIdentities.all().stream()
                        .filter(i -> i.witnessCode().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .fields()
                        .get("name");
                assertThat(r.get("name").asString()).isEqualTo(code);
                for (String word : SearchKeys.words(sealedName)) {
                    assertThat(r.get("words").asString().split(" "))
                            .as(r.get("code").asString())
                            .doesNotContain(word);
                }
            }
        }
    }

    @Test
    void theKeysTheBulkPathStagesAreTheKeysThePassWritesForEveryShippedNode() {
        // load --bulk stages SearchKeys.of as importer columns; the pass must then find nothing to rewrite.
        try (Session session = neo4j().driver().session()) {
            List<Record> nodes = session.run("""
                    MATCH (n) WHERE n:Person OR n:Family OR n:Unit OR n:Market OR n:Place OR n:Source
                    RETURN [l IN labels(n) WHERE l IN ['Person', 'Family', 'Unit', 'Market', 'Place', 'Source']][0]
                             AS label, n.id AS id, n.name AS name, n.nameKo AS nameKo, n.protection AS protection,
                           n.witnessCode AS witnessCode, n.searchWords AS words, n.searchSkeletons AS skeletons,
                           n.searchKeysOf AS keysOf""").list();
            assertThat(nodes).hasSizeGreaterThan(100);
            assertThat(nodes).extracting(r -> r.get("label").asString()).contains("Person", "Source", "Place");
            for (Record r : nodes) {
                SearchKeys.Keys staged = SearchKeys.of(
                        r.get("label").asString(),
                        r.get("name").asString(null),
                        r.get("nameKo").asString(null),
                        r.get("protection").asString(null),
                        r.get("witnessCode").asString(null));
                assertThat(staged)
                        .as(r.get("id").asString())
                        .isEqualTo(new SearchKeys.Keys(
                                r.get("words").asString(null),
                                r.get("skeletons").asString(null),
                                r.get("keysOf").asString()));
            }
        }
    }

    @Test
    void aNodeWithNoNameIsStoredWithNoKeyRatherThanAnEmptyOne() {
        assertThat(SearchKeys.of("Unit", null, null, null, null)).isEqualTo(new SearchKeys.Keys(null, null, "named |"));
        assertThat(SearchKeys.of("Source", "Daily NK", "데일리NK", null, null).keysOf())
                .as("a source is keyed by its short name only")
                .isEqualTo("named Daily NK|");
        assertThat(SearchKeys.of("Person", "Kim Sealed", "김", "PROTECTED", "W-07"))
                .as("a protected person's name is never read")
                .isEqualTo(new SearchKeys.Keys("w 07", null, "protected W-07"));
    }

    @Test
    void aRenamedNodeGetsNewKeysAndOnlyItIsRewritten() {
        try (Session session = neo4j().driver().session()) {
            session.run("MATCH (f:Family {id: 'F-SYN-PAK'}) SET f.name = 'Synthetic-Kaeryong household'")
                    .consume();
            try {
                assertThat(keys.refresh("no-run", QUIET)).isOne();
                assertThat(ids(search.search("Kaeryong", ALL, 20))).containsExactly("F-SYN-PAK");
                assertThat(keys.refresh("no-run", QUIET))
                        .as("nothing changed since")
                        .isZero();
            } finally {
                session.run("MATCH (f:Family {id: 'F-SYN-PAK'}) SET f.name = 'Synthetic-Pak family'")
                        .consume();
                keys.refresh("no-run", QUIET);
            }
        }
    }

    @Test
    void aNodeAddedOutsideLoadIsFoundByReadingEveryNameUntilALoadKeysIt() {
        try (Session session = neo4j().driver().session()) {
            session.run("CREATE (:Person {id: 'P-SYN-ADDED', name: 'Example Addedname', synthetic: true})")
                    .consume();
            try {
                assertThat(ids(search.search("Addedname", ALL, 20)))
                        .as("read from every name")
                        .containsExactly("P-SYN-ADDED");
                assertThat(session.run("MATCH (p:Person {id: 'P-SYN-ADDED'}) RETURN p.searchWords")
                                .single()
                                .get(0)
                                .isNull())
                        .isTrue();

                TestLoaders.over(neo4j().driver(), TestNeo4j.SCRIPTS_DIR, TestNeo4j.IMPORT_DIR)
                        .load(new PrintStream(OutputStream.nullOutputStream()));

                assertThat(session.run("MATCH (p:Person {id: 'P-SYN-ADDED'}) RETURN p.searchWords")
                                .single()
                                .get(0)
                                .asString())
                        .isEqualTo("example addedname");
                assertThat(ids(search.search("Addedname", ALL, 20)))
                        .as("from the index")
                        .containsExactly("P-SYN-ADDED");
                assertThat(ids(search.search("Addednaem", ALL, 20))).isEmpty();
            } finally {
                session.run("MATCH (p:Person {id: 'P-SYN-ADDED'}) DETACH DELETE p")
                        .consume();
                neo4j().wipe();
            }
        }
    }

    @Test
    void termsAreCutShortAndKeepNoWhiteSpaceSoEitherSideComparesAlike() {
        String longWord = "a".repeat(100);

        assertThat(SearchKeys.term(longWord)).hasSize(SearchKeys.MAX_TERM);
        assertThat(SearchKeys.term("a\u00a0b")).isEqualTo("a_b");
        assertThat(SearchKeys.words("Kaech'ŏn  Ri")).containsExactly("kaech", "on", "ri");
        assertThat(SearchKeys.skeletons("Kaech'ŏn Rhee")).containsExactly("kaejon", "li");
    }

    private static List<String> ids(List<NameSearch.Hit> hits) {
        return hits.stream().map(h -> h.candidate().id()).toList();
    }
}
