package org.songbungraph.stats;

import java.util.ArrayList;
import java.util.List;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.Table;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Counts of what the graph holds, by label and by relationship type. */
@Component
public class GraphStats {

    /** One line of the count table. */
    public record Count(String kind, String name, long count) {}

    private final Neo4jClient client;

    GraphStats(Neo4jClient client) {
        this.client = client;
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        counts.addAll(client.query(QueryFile.load("stats/node-counts.cypher"))
                .fetchAs(Count.class)
                .mappedBy((types, r) -> new Count(
                        "label", r.get("label").asString(), r.get("count").asLong()))
                .all());
        counts.addAll(client.query(QueryFile.load("stats/relationship-counts.cypher"))
                .fetchAs(Count.class)
                .mappedBy((types, r) -> new Count(
                        "relationship", r.get("type").asString(), r.get("count").asLong()))
                .all());
        return counts;
    }

    public boolean isEmpty() {
        return client.query(QueryFile.load("stats/is-empty.cypher"))
                .fetchAs(Boolean.class)
                .one()
                .orElse(true);
    }

    public static Table table(List<Count> counts) {
        return new Table(
                List.of("kind", "name", "count"),
                counts.stream()
                        .map(c -> List.<Object>of(c.kind(), c.name(), c.count()))
                        .toList());
    }
}
