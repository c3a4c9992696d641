package org.songbungraph.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.JsonRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** `weak` and the independent origins on the shipped dataset. */
class WeakFactsCommandTest extends GraphTest {

    @Autowired
    WeakFactsCommand command;

    @Autowired
    SourceNetworks networks;

    @Autowired
    Neo4jClient client;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    private JsonNode weak(String kind, boolean synthetic, String knowledge) {
        return JsonRows.parse(command.weak(kind, synthetic, knowledge, "json"));
    }

    @Test
    void listsTheClaimsThatRestOnTheFeatureArticleAloneWithTheirOneOrigin() {
        JsonNode rows = weak("Claim", false, null);

        JsonNode feature = JsonRows.row(rows, "id", "C-FEAT-04");
        assertThat(feature.get("origins").asInt()).isOne();
        assertThat(feature.get("bestGrade").asText()).isEqualTo("F");
        assertThat(feature.get("chain").get(0).get("sources").get(0).asText()).isEqualTo("S-FEAT-JOBS");
        assertThat(JsonRows.column(rows, "kind")).containsOnly("Claim");
    }

    @Test
    void aFactOnTwoIndependentWellGradedOriginsIsNotWeak() {
        // Five independent sources agree that no rule for marriage is known.
        assertThat(JsonRows.column(weak(null, false, null), "id")).doesNotContain("C-MARRIAGE-NO-RULE");
    }

    @Test
    void leavesOutFactsOnSyntheticSourcesAloneUnlessAskedAndThenCountsNoOriginForThem() {
        assertThat(JsonRows.column(weak("CHILD_OF", false, null), "id")).isEmpty();

        JsonNode synthetic = weak("CHILD_OF", true, null);
        assertThat(synthetic).isNotEmpty();
        for (JsonNode row : synthetic) {
            assertThat(row.get("origins").asInt()).isZero();
            assertThat(row.get("credibility").asInt()).isEqualTo(6);
            assertThat(row.get("chain").get(0).get("synthetic").asBoolean()).isTrue();
        }
    }

    @Test
    void filtersByHowTheTellerKnows() {
        JsonNode direct = weak(null, false, "direct");

        assertThat(direct).isNotEmpty();
        assertThat(JsonRows.column(direct, "knowledge")).allMatch(k -> k.contains("DIRECT"));
        assertThatThrownBy(() -> weak(null, false, "SEEN"))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("--knowledge takes DIRECT, HEARSAY, RUMOUR, DOCUMENT, OFFICIAL, UNSTATED");
    }

    @Test
    void showsAProtectedWitnessOnlyByWitnessCode() {
        String all = command.weak(null, true, null, "csv") + command.weak(null, true, null, "table");

        assertThat(all).doesNotContain("P-W0001").contains("W-0001");
    }

    @Test
    void theCookbookCountsTheSameIndependentOriginsForEveryClaim() throws IOException {
        String query = Files.readString(Path.of("cypher/queries/12-independent-origins.cypher"));
        Map<String, Long> cookbook = new HashMap<>();
        client.query(query)
                .bind("C-")
                .to("prefix")
                .fetch()
                .all()
                .forEach(r -> cookbook.put((String) r.get("claim"), (Long) r.get("independentOrigins")));
        SourceNetwork network = networks.read();
        Map<String, Long> java = new HashMap<>();
        client.query("MATCH (c:Claim) RETURN c.id AS id, c.sources AS sources")
                .fetch()
                .all()
                .forEach(r -> java.put((String) r.get("id"), (long)
                        network.corroborate(castList(r.get("sources"))).independent()));

        assertThat(cookbook).isNotEmpty().isEqualTo(java);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
