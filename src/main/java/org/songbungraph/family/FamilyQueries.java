package org.songbungraph.family;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The analyst views of families, as Neo4jClient projections into records. */
@Component
class FamilyQueries {

    /** Member counts of one family; memberIds feed the derivation and are never printed. */
    record MemberStats(
            String familyId,
            List<String> memberIds,
            long members,
            Integer firstBorn,
            Integer lastBorn,
            long generations) {}

    /** A parent (detail is the CHILD_OF line) or a spouse (detail is the year of marriage), with the edge's grade. */
    record Relative(String id, String name, String detail, Integer credibility, List<String> sources) {}

    /** A member as shown (shownId is the witness code of a protected person); personId feeds the derivation only. */
    record Member(
            String personId,
            String shownId,
            String name,
            String sex,
            Integer born,
            Integer died,
            Integer credibility,
            List<String> sources,
            List<Relative> parents,
            List<Relative> spouses) {}

    private final Neo4jClient client;

    FamilyQueries(Neo4jClient client) {
        this.client = client;
    }

    List<MemberStats> memberStats() {
        return List.copyOf(client.query(QueryFile.load("family/member-stats.cypher"))
                .fetchAs(MemberStats.class)
                .mappedBy((types, r) -> new MemberStats(
                        r.get("id").asString(),
                        r.get("memberIds").asList(Value::asString),
                        r.get("members").asLong(),
                        r.get("firstBorn").computeOrDefault(Value::asInt, null),
                        r.get("lastBorn").computeOrDefault(Value::asInt, null),
                        r.get("generations").asLong()))
                .all());
    }

    List<Member> members(String familyId) {
        return List.copyOf(client.query(QueryFile.load("family/members.cypher"))
                .bindAll(Map.of("id", familyId))
                .fetchAs(Member.class)
                .mappedBy((types, r) -> new Member(
                        r.get("personId").asString(),
                        r.get("shownId").asString(null),
                        r.get("name").asString(null),
                        r.get("sex").asString(null),
                        r.get("born").computeOrDefault(Value::asInt, null),
                        r.get("died").computeOrDefault(Value::asInt, null),
                        r.get("credibility").computeOrDefault(Value::asInt, null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("parents").asList(v -> relative(v, v.get("line").asString(null))),
                        r.get("spouses")
                                .asList(v -> relative(
                                        v,
                                        v.get("from").isNull()
                                                ? null
                                                : "married " + v.get("from").asInt()))))
                .all());
    }

    private static Relative relative(Value v, String detail) {
        return new Relative(
                v.get("id").asString(null),
                v.get("name").asString(null),
                detail,
                v.get("credibility").computeOrDefault(Value::asInt, null),
                v.get("sources").asList(Value::asString, List.of()));
    }
}
