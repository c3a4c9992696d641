package org.songbungraph.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read models for the sources and claims commands, projected from Neo4jClient rows. */
@Component
class SourceQueries {

    /**
     * A CITES or GAVE edge as seen from a source: the other end (a source id, or a person's id and name, both the
     * witness code for a protected person) and the edge's grade and sources.
     */
    record Link(String id, String name, Integer credibility, List<String> sources) {}

    /** A source, with its citations, who gave it, and how many nodes and relationships rest on it. */
    record SourceRow(
            String id,
            String title,
            boolean describesWitness,
            String publisher,
            String kind,
            String published,
            String language,
            String reliability,
            String knowledge,
            List<String> sources,
            List<Link> cites,
            List<Link> citedBy,
            List<Link> gaveBy,
            long nodes,
            long relationships) {}

    /** A node at the other end of a statement; withheld (and no name) for a source that describes a protected witness. */
    record Other(String id, String label, boolean withheld, String name) {}

    /** One statement about a node: its own record, one relationship touching it, or one claim about it. */
    record Statement(
            String kind, String statement, String direction, Other other, Integer credibility, List<String> sources) {}

    /** A claim with its figure, what it is about and what it contradicts. */
    record ClaimRow(
            String id,
            String name,
            String statement,
            Double value,
            Double valueMax,
            String unit,
            String qualifier,
            String asOf,
            String dateQualifier,
            Integer credibility,
            String gradeNote,
            String knowledge,
            List<String> sources,
            List<Other> about,
            List<String> contradicts) {}

    private final Neo4jClient client;

    SourceQueries(Neo4jClient client) {
        this.client = client;
    }

    List<SourceRow> sources() {
        return List.copyOf(client.query(QueryFile.load("source/sources.cypher"))
                .fetchAs(SourceRow.class)
                .mappedBy((types, r) -> new SourceRow(
                        r.get("id").asString(),
                        r.get("title").asString(null),
                        r.get("describesWitness").asBoolean(),
                        r.get("publisher").asString(null),
                        r.get("kind").asString(null),
                        r.get("published").asString(null),
                        r.get("language").asString(null),
                        r.get("reliability").asString(null),
                        r.get("knowledge").asString(null),
                        r.get("sources").asList(Value::asString, List.of()),
                        links(r.get("cites")),
                        links(r.get("citedBy")),
                        links(r.get("gaveBy")),
                        r.get("nodes").asLong(),
                        r.get("relationships").asLong()))
                .all());
    }

    List<Statement> provenance(String nodeId) {
        return List.copyOf(client.query(QueryFile.load("source/provenance.cypher"))
                .bindAll(Map.of("id", nodeId))
                .fetchAs(Statement.class)
                .mappedBy((types, r) -> new Statement(
                        r.get("kind").asString(),
                        r.get("statement").asString(null),
                        r.get("direction").asString(null),
                        r.get("other").isNull() ? null : other(r.get("other")),
                        r.get("credibility").computeOrDefault(Value::asInt, null),
                        r.get("sources").asList(Value::asString, List.of())))
                .all());
    }

    /** Every claim, or only those ABOUT the node with this id when it is not null. */
    List<ClaimRow> claims(String aboutId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("about", aboutId);
        return List.copyOf(client.query(QueryFile.load("source/claims.cypher"))
                .bindAll(parameters)
                .fetchAs(ClaimRow.class)
                .mappedBy((types, r) -> new ClaimRow(
                        r.get("id").asString(),
                        r.get("name").asString(null),
                        r.get("statement").asString(null),
                        number(r.get("value")),
                        number(r.get("valueMax")),
                        r.get("unit").asString(null),
                        r.get("qualifier").asString(null),
                        r.get("asOf").asString(null),
                        r.get("dateQualifier").asString(null),
                        r.get("credibility").computeOrDefault(Value::asInt, null),
                        r.get("gradeNote").asString(null),
                        r.get("knowledge").asString(null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("about").asList(SourceQueries::other),
                        r.get("contradicts").asList(Value::asString, List.of())))
                .all());
    }

    private static Other other(Value v) {
        return new Other(
                v.get("id").asString(null),
                v.get("label").asString(null),
                v.get("withheld").asBoolean(false),
                v.get("name").asString(null));
    }

    private static List<Link> links(Value v) {
        return v.asList(link -> new Link(
                link.get("id").asString(null),
                link.get("name").asString(null),
                link.get("credibility").computeOrDefault(Value::asInt, null),
                link.get("sources").asList(Value::asString, List.of())));
    }

    private static Double number(Value v) {
        return v.isNull() ? null : v.asDouble();
    }
}
