package org.songbungraph.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.KnownIds;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.SongbunException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds a node of any label by the id a user typed (or a protected person by witness code). KnownIds covers
 * one label at a time; provenance and claims can be asked about anything in the graph.
 */
@Component
class AnyNode {

    /** The node's id and its label (Mine folded into Unit). */
    record Found(String id, String label) {}

    private final Neo4jClient client;

    AnyNode(Neo4jClient client) {
        this.client = client;
    }

    /** The node with this id; otherwise exit code 2 naming the nearest ids of any label. */
    Found require(String option, String id) {
        if (id == null || id.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "Give a node id after --" + option + ", e.g. --" + option + " P-SYN-PAK-08.");
        }
        return find(id).orElseThrow(() -> KnownIds.unknownId("node", id, allIds()));
    }

    private Optional<Found> find(String id) {
        return client.query(QueryFile.load("source/node-by-id.cypher"))
                .bindAll(Map.of("id", id))
                .fetchAs(Found.class)
                .mappedBy((types, r) ->
                        new Found(r.get("id").asString(), r.get("label").asString(null)))
                .one();
    }

    private List<String> allIds() {
        return List.copyOf(client.query(QueryFile.load("source/all-ids.cypher"))
                .fetchAs(String.class)
                .all());
    }
}
