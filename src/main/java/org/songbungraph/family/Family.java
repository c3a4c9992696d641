package org.songbungraph.family;

import java.util.List;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A family line as Spring Data Neo4j maps it: immutable, identified by its business id (the load scripts give
 * every node a string id under a uniqueness constraint, so no generated id is used). Only the family's own
 * properties are mapped; members are read through projections, never as an entity graph.
 */
@Node("Family")
final class Family {

    @Id
    private final String id;

    private final String name;
    private final String nameKo;
    private final Boolean synthetic;
    private final List<String> sources;

    Family(String id, String name, String nameKo, Boolean synthetic, List<String> sources) {
        this.id = id;
        this.name = name;
        this.nameKo = nameKo;
        this.synthetic = synthetic;
        this.sources = sources == null ? List.of() : List.copyOf(sources);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String nameKo() {
        return nameKo;
    }

    Boolean synthetic() {
        return synthetic;
    }

    List<String> sources() {
        return sources;
    }
}
