package org.songbungraph.lineage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Applies the derivation rule of docs/model.md to people, in one query for any number of them. */
@Component
public class SongbunDerivation {

    private final Neo4jClient client;

    SongbunDerivation(Neo4jClient client) {
        this.client = client;
    }

    public List<Derivation> forPeople(Collection<String> personIds) {
        return List.copyOf(client.query(QueryFile.load("lineage/derivation.cypher"))
                .bindAll(Map.of("ids", List.copyOf(personIds)))
                .fetchAs(Derivation.class)
                .mappedBy((types, r) -> new Derivation(
                        r.get("id").asString(),
                        r.get("name").asString(null),
                        r.get("protection").asString(null),
                        r.get("documented").asList(SongbunDerivation::classification),
                        r.get("inherited").isNull() ? Optional.empty() : Optional.of(inherited(r.get("inherited")))))
                .all());
    }

    public Optional<Derivation> forPerson(String personId) {
        return forPeople(List.of(personId)).stream().findFirst();
    }

    private static Derivation.Inherited inherited(Value v) {
        Derivation.Classification classification = classification(v.get("classification"));
        List<String> sources = java.util.stream.Stream.concat(
                        v.get("pathSources").asList(Value::asString).stream(), classification.sources().stream())
                .distinct()
                .toList();
        return new Derivation.Inherited(
                v.get("ancestor").asString(),
                v.get("ancestorName").asString(null),
                v.get("generations").asInt(),
                v.get("path").asList(Value::asString),
                classification,
                sources);
    }

    private static Derivation.Classification classification(Value v) {
        return new Derivation.Classification(
                v.get("category").asString(),
                v.get("categoryName").asString(null),
                v.get("taxonomy").asString(null),
                v.get("uncertain").asBoolean(false),
                v.get("class").asString(null),
                v.get("basis").asString(null),
                v.get("act").asString(null),
                v.get("year").isNull() ? null : v.get("year").asInt(),
                v.get("sources").isNull() ? List.of() : v.get("sources").asList(Value::asString),
                v.get("credibility").isNull() ? null : v.get("credibility").asInt());
    }
}
