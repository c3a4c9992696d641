package org.songbungraph.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every command checks its ids (KnownIds) and trace and surveillance look up who watches whom: each lookup is a seek
 * in an id index, never a scan that grows with the graph (issue 6). Neo4j 5.26 scans every node for a dynamic label.
 */
class LookupPlansTest extends GraphTest {

    private static final Map<KnownIds.Kind, String> KNOWN = Map.of(
            KnownIds.Kind.PERSON,
            "P-W0101",
            KnownIds.Kind.FAMILY,
            "F-SYN-PAK",
            KnownIds.Kind.UNIT,
            "U-SYN-MINE-7",
            KnownIds.Kind.MINE,
            "U-SYN-MINE-7",
            KnownIds.Kind.MARKET,
            "MK-JANGMADANG",
            KnownIds.Kind.PLACE,
            "PL-KAECHON",
            KnownIds.Kind.SOURCE,
            "S-DNK-KAECHON",
            KnownIds.Kind.CLAIM,
            "C-DNK-01");

    @Autowired
    KnownIds knownIds;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @ParameterizedTest
    @EnumSource(KnownIds.Kind.class)
    void anIdOfEveryKindIsFoundBySeekingItsLabelsIdIndex(KnownIds.Kind kind) {
        assertThat(knownIds.exists(kind, KNOWN.get(kind))).isTrue();
        assertThat(knownIds.exists(kind, KNOWN.get(kind) + "-X")).isFalse();

        Set<String> operators = operators("shell/id-exists.cypher", Map.of("label", kind.label(), "id", "X"));
        assertThat(operators).contains("NodeUniqueIndexSeek").doesNotContain("AllNodesScan", "NodeByLabelScan");
    }

    @Test
    void aMineIsNotJustAnyUnit() {
        assertThat(knownIds.exists(KnownIds.Kind.MINE, "U-JIHOON-TEXTILE")).isFalse();
    }

    @Test
    void watchersAreFoundFromTheWatchedNodesIdIndex() {
        Set<String> operators =
                operators("surveillance/watchers.cypher", Map.of("label", "Person", "ids", List.of("P-SYN-PAK-08")));

        assertThat(operators).contains("NodeUniqueIndexSeek").doesNotContain("AllNodesScan", "NodeByLabelScan");
    }

    private static Set<String> operators(String queryFile, Map<String, Object> parameters) {
        return QueryPlans.operators(neo4j().driver(), queryFile, parameters);
    }
}
