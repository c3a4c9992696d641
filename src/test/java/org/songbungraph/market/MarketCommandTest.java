package org.songbungraph.market;

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

/** `markets [--id ID]`: the market list, and the synthetic Kaechon market's traders, raid and watchers. */
class MarketCommandTest extends GraphTest {

    @Autowired
    MarketCommand command;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void listsMarketsWithTheirPlaceTradersAndRaids() {
        List<CSVRecord> rows = csv(command.markets(null, "csv"), "id", "name", "place", "traders", "raids", "refs");

        assertThat(rows)
                .extracting(r -> String.join(",", r.toList()))
                .containsExactly(
                        "MK-JANGMADANG,Jangmadang (informal markets),,0,1,[S-FEAT-JOBS F]",
                        "MK-SYN-KAECHON,Example Kaechon Jangmadang (synthetic),Kaechon,2,1,[S-SYN-ILLUSTRATIVE F]");
        assertThat(command.markets(null, "table"))
                .contains("MK-SYN-KAECHON", "Kaechon")
                .endsWith("2 rows");
    }

    @Test
    void showsTheSyntheticMarketsTradersGoodsRaidAndWatcher() {
        JsonNode market = json(command.markets("MK-SYN-KAECHON", "json"));

        assertThat(market.get("market").get("id").asText()).isEqualTo("MK-SYN-KAECHON");
        assertThat(market.get("market").get("place").get(0).asText()).isEqualTo("Kaechon");
        JsonNode traders = market.get("traders");
        assertThat(traders)
                .extracting(t -> t.get("personId").asText() + " " + t.get("goods") + " "
                        + t.get("from").asInt() + "-" + t.get("to").asInt())
                .containsExactly(
                        "W-0101 [\"vegetables\",\"homebrewed alcohol\"] 2005-2010",
                        "P-SYN-PAK-08 [\"used clothes\",\"smuggled electronics\"] 2024-2024");
        assertThat(traders.get(0).get("refs").findValuesAsText("source"))
                .containsExactly("S-SYN-ILLUSTRATIVE", "S-SYN-W0101-TESTIMONY");
        JsonNode raid = market.get("raids").get(0);
        assertThat(market.get("raids")).hasSize(1);
        assertThat(raid.get("unitId").asText()).isEqualTo("U-SYN-SECURITY");
        assertThat(raid.get("from").asInt()).isEqualTo(2024);
        assertThat(raid.get("note").asText()).contains("young vendors absent from their assigned workplaces");
        assertThat(raid.get("refs").get(0).get("credibility").asInt()).isEqualTo(6);
        assertThat(market.get("surveilledBy"))
                .extracting(w -> w.get("watcherId").asText() + " "
                        + w.get("means").asText() + " " + w.get("from").asInt())
                .containsExactly("U-SYN-SECURITY SECURITY 2020");
    }

    @Test
    void printsTheMarketThenItsTradersRaidsAndWatchers() {
        String table = command.markets("MK-SYN-KAECHON", "table");

        int traders = table.indexOf("\n\nTraders:\n");
        int raids = table.indexOf("\n\nRaids:\n");
        int watchers = table.indexOf("\n\nSurveilled by:\n");
        assertThat(traders).isPositive();
        assertThat(raids).isGreaterThan(traders);
        assertThat(watchers).isGreaterThan(raids);
        assertThat(table.substring(traders, raids)).contains("Pak Example-nam", "smuggled electronics");
        assertThat(table.substring(raids, watchers)).contains("U-SYN-SECURITY", "2024");
    }

    @Test
    void givesOneCsvRowPerEdgeOfTheMarket() {
        List<CSVRecord> rows = csv(
                command.markets("MK-SYN-KAECHON", "csv"),
                "relation",
                "id",
                "name",
                "kind",
                "goods",
                "means",
                "from",
                "to",
                "note",
                "refs");

        assertThat(rows)
                .extracting(r -> r.get("relation") + " " + r.get("id"))
                .containsExactly(
                        "TRADES_AT W-0101",
                        "TRADES_AT P-SYN-PAK-08",
                        "RAIDED U-SYN-SECURITY",
                        "SURVEILS U-SYN-SECURITY");
        assertThat(rows.get(1).get("goods")).isEqualTo("used clothes|smuggled electronics");
    }

    @Test
    void showsTheProtectedTraderOnlyByHerWitnessCodeInEveryFormat() {
        for (String format : List.of("table", "json", "csv")) {
            String detail = command.markets("MK-SYN-KAECHON", format);
            String list = command.markets(null, format);

            assertThat(detail).contains("W-0101").doesNotContain("P-W0101");
            assertNoSecrets(detail);
            assertNoSecrets(list);
        }
    }

    @Test
    void showsTheCollectiveJangmadangRaidedByInspectors() {
        JsonNode market = json(command.markets("MK-JANGMADANG", "json"));

        assertThat(market.get("traders")).isEmpty();
        assertThat(market.get("raids").get(0).get("unitId").asText()).isEqualTo("U-GEN-MARKET-INSPECTORS");
        assertThat(market.get("raids").get(0).get("from").isNull()).isTrue();
        assertThat(market.get("raids").get(0).get("refs").get(0).get("source").asText())
                .isEqualTo("S-FEAT-JOBS");
    }

    @Test
    void suggestsNearIdsForAnUnknownMarket() {
        assertBadInput(() -> command.markets("MK-SYN-KAECHN", "table"), "No market", "MK-SYN-KAECHON");
        assertBadInput(() -> command.markets("U-SYN-MINE-7", "json"), "No market");
    }

    @Test
    void refusesHostileIdsWithoutTouchingTheGraph() {
        assertHostileIdsRefused(neo4j().driver(), id -> command.markets(id, "json"));
    }
}
