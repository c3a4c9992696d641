package org.songbungraph.market;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read-only queries on markets: the list, and one market's traders and raids. */
@Component
class Markets {

    record Market(String id, String name, List<String> places, long traders, long raids, List<String> sources) {}

    /** One TRADES_AT edge, with the person already shown as the protection rules require. */
    record Trade(
            String personId,
            String person,
            List<String> goods,
            Integer from,
            Integer to,
            List<String> sources,
            Integer credibility) {}

    record Raid(
            String unitId,
            String unit,
            String kind,
            Integer from,
            Integer to,
            String note,
            List<String> sources,
            Integer credibility) {}

    private final Neo4jClient client;

    Markets(Neo4jClient client) {
        this.client = client;
    }

    /** All markets when {@code id} is null, else the one with that id. */
    List<Market> markets(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        return List.copyOf(client.query(QueryFile.load("market/markets.cypher"))
                .bindAll(parameters)
                .fetchAs(Market.class)
                .mappedBy((types, r) -> new Market(
                        r.get("id").asString(),
                        r.get("name").asString(null),
                        r.get("places").asList(Value::asString, List.of()),
                        r.get("traders").asLong(),
                        r.get("raids").asLong(),
                        r.get("sources").asList(Value::asString, List.of())))
                .all());
    }

    List<Trade> traders(String marketId) {
        return List.copyOf(client.query(QueryFile.load("market/traders.cypher"))
                .bindAll(Map.of("id", marketId))
                .fetchAs(Trade.class)
                .mappedBy((types, r) -> new Trade(
                        r.get("personId").asString(null),
                        r.get("person").asString(null),
                        r.get("goods").asList(Value::asString, List.of()),
                        r.get("from").computeOrDefault(Value::asInt, null),
                        r.get("to").computeOrDefault(Value::asInt, null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("credibility").computeOrDefault(Value::asInt, null)))
                .all());
    }

    List<Raid> raids(String marketId) {
        return List.copyOf(client.query(QueryFile.load("market/raids.cypher"))
                .bindAll(Map.of("id", marketId))
                .fetchAs(Raid.class)
                .mappedBy((types, r) -> new Raid(
                        r.get("unitId").asString(),
                        r.get("unit").asString(null),
                        r.get("kind").asString(null),
                        r.get("from").computeOrDefault(Value::asInt, null),
                        r.get("to").computeOrDefault(Value::asInt, null),
                        r.get("note").asString(null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("credibility").computeOrDefault(Value::asInt, null)))
                .all());
    }
}
