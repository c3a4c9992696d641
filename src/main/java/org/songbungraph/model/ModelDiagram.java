package org.songbungraph.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The shape of the graph as it is, read from the data: which relationship types join which labels. */
@Component
public class ModelDiagram {

    /** One kind of edge in the data. */
    public record Connection(String from, String type, String to) {}

    private final Neo4jClient client;

    ModelDiagram(Neo4jClient client) {
        this.client = client;
    }

    public List<Connection> connections() {
        return List.copyOf(client.query(QueryFile.load("model/connections.cypher"))
                .fetchAs(Connection.class)
                .mappedBy((types, r) -> new Connection(
                        r.get("from").asString(),
                        r.get("type").asString(),
                        r.get("to").asString()))
                .all());
    }

    /** A Mermaid flowchart; edges of one type between the same labels are drawn once. */
    public static String mermaid(List<Connection> connections) {
        Map<String, List<String>> typesByPair = new TreeMap<>();
        for (Connection c : connections) {
            typesByPair
                    .computeIfAbsent(c.from() + " --> " + c.to(), k -> new java.util.ArrayList<>())
                    .add(c.type());
        }
        String edges = typesByPair.entrySet().stream()
                .map(e -> {
                    String[] ends = e.getKey().split(" --> ");
                    return "  " + ends[0] + " -->|" + String.join(", ", e.getValue()) + "| " + ends[1];
                })
                .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart LR\n" + edges + "\n```\n";
    }
}
