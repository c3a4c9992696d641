package org.songbungraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The ranking sees at most a fixed number of candidates of each label, whatever the graph holds; when more match,
 * the search says for which labels, so a page that may be missing rows of equal rank never passes for complete.
 * The cap is lowered here so that the shipped graph reaches it.
 */
class SearchCapTest extends GraphTest {

    private static final Set<SearchLabel> ALL = EnumSet.allOf(SearchLabel.class);

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void saysWhichLabelsHadMoreMatchesThanTheRankingSaw() {
        // The cap is at least the page: two people of the five Kims can be ranked, not all of them.
        NameSearch.Found found = new NameSearch(client, 1).find("Kim", ALL, 2);

        assertThat(found.cap()).isEqualTo(2);
        assertThat(found.capped()).contains(SearchLabel.PERSON).doesNotContain(SearchLabel.MARKET, SearchLabel.SOURCE);
        assertThat(found.hits()).hasSize(2);
        assertThat(SearchCommand.cappedNote(found))
                .startsWith("More than 2 nodes of each of these labels match: person")
                .contains("--label");
    }

    @Test
    void aSearchWithinTheCapIsCompleteAndSaysNothing() {
        NameSearch search = new NameSearch(client, NameSearch.PER_LABEL);

        NameSearch.Found found = search.find("Kim", ALL, 20);

        assertThat(found.capped()).isEmpty();
        assertThat(found.hits()).hasSizeGreaterThan(2);
        assertThat(ids(found.hits())).isEqualTo(ids(search.search("Kim", ALL, 20, false)));
    }

    private static List<String> ids(List<NameSearch.Hit> hits) {
        return hits.stream().map(h -> h.candidate().id()).toList();
    }
}
