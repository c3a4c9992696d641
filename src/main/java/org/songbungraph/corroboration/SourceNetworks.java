package org.songbungraph.corroboration;

import java.util.List;
import java.util.Map;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads the graph's {@link SourceNetwork}, once per command: the shell's views judge facts against it. */
@Component
public class SourceNetworks {

    private final Neo4jClient client;

    SourceNetworks(Neo4jClient client) {
        this.client = client;
    }

    public SourceNetwork read() {
        SourceNetwork network = new SourceNetwork();
        for (Map<String, Object> row : client.query(QueryFile.load("corroboration/source-network.cypher"))
                .fetch()
                .all()) {
            String id = (String) row.get("id");
            network.source(id, (String) row.get("reliability"), Boolean.TRUE.equals(row.get("synthetic")));
            network.knowledge(id, (String) row.get("knowledge"));
            for (Object cited : (List<?>) row.get("cites")) {
                network.cites(id, (String) cited);
            }
            for (Object giver : (List<?>) row.get("givers")) {
                network.gave((String) giver, id);
            }
        }
        return network;
    }
}
