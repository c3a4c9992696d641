package org.songbungraph.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Read-only queries on job assignments: histories, a mine's intake cohorts and the claims to compare them with. */
@Component
class Assignments {

    /** One ASSIGNED_TO edge, with the person already shown as the protection rules require. */
    record Assignment(
            String personId,
            String person,
            String unitId,
            String unit,
            String kind,
            List<String> places,
            Integer from,
            Integer to,
            String status,
            String role,
            String assignedById,
            String assignedBy,
            List<String> sources,
            Integer credibility) {}

    /** A sourced claim linked to a mine, with the links ({@code via}) that brought it in. */
    record MineClaim(
            String id,
            String statement,
            Number value,
            Number valueMax,
            String unit,
            String qualifier,
            String asOf,
            Integer credibility,
            List<String> via,
            List<String> sources) {}

    /** What a unit that is not a mine is, and which mines there are. */
    record NotAMine(String kind, List<String> mines) {}

    private final Neo4jClient client;

    Assignments(Neo4jClient client) {
        this.client = client;
    }

    /** Exactly one of the two ids is non-null; the query matches on whichever is given. */
    List<Assignment> history(String personId, String unitId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("personId", personId);
        parameters.put("unitId", unitId);
        return List.copyOf(client.query(QueryFile.load("assignment/history.cypher"))
                .bindAll(parameters)
                .fetchAs(Assignment.class)
                .mappedBy((types, r) -> new Assignment(
                        r.get("personId").asString(null),
                        r.get("person").asString(null),
                        r.get("unitId").asString(),
                        r.get("unit").asString(null),
                        r.get("kind").asString(null),
                        r.get("places").asList(Value::asString, List.of()),
                        r.get("from").computeOrDefault(Value::asInt, null),
                        r.get("to").computeOrDefault(Value::asInt, null),
                        r.get("status").asString(null),
                        r.get("role").asString(null),
                        r.get("assignedById").asString(null),
                        r.get("assignedBy").asString(null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("credibility").computeOrDefault(Value::asInt, null)))
                .all());
    }

    List<Cohort> cohorts(String mineId) {
        return List.copyOf(client.query(QueryFile.load("assignment/cohorts.cypher"))
                .bindAll(Map.of("mineId", mineId))
                .fetchAs(Cohort.class)
                .mappedBy((types, r) -> cohort(
                        r.get("intake").computeOrDefault(Value::asInt, null),
                        r.get("statuses").asList(v -> v),
                        r.get("evidence")
                                .asList(e -> new Cohort.Evidence(
                                        e.get("sources").asList(Value::asString, List.of()),
                                        e.get("credibility").computeOrDefault(Value::asInt, null)))))
                .all());
    }

    /** A cohort from its counts by status: each assignment's status once, as {@link Cohort} counts them. */
    private static Cohort cohort(Integer intake, List<Value> byStatus, List<Cohort.Evidence> evidence) {
        List<String> statuses = new ArrayList<>();
        int assigned = 0;
        for (Value v : byStatus) {
            int n = v.get("assignments").asInt();
            assigned += n;
            if (!v.get("status").isNull()) {
                statuses.addAll(Collections.nCopies(n, v.get("status").asString()));
            }
        }
        return new Cohort(intake, assigned, statuses, evidence);
    }

    List<MineClaim> claims(String mineId) {
        return List.copyOf(client.query(QueryFile.load("assignment/mine-claims.cypher"))
                .bindAll(Map.of("mineId", mineId))
                .fetchAs(MineClaim.class)
                .mappedBy((types, r) -> new MineClaim(
                        r.get("id").asString(),
                        r.get("statement").asString(null),
                        r.get("value").computeOrDefault(Value::asNumber, null),
                        r.get("valueMax").computeOrDefault(Value::asNumber, null),
                        r.get("unit").asString(null),
                        r.get("qualifier").asString(null),
                        r.get("asOf").asString(null),
                        r.get("credibility").computeOrDefault(Value::asInt, null),
                        r.get("via").asList(Value::asString, List.of()),
                        r.get("sources").asList(Value::asString, List.of())))
                .all());
    }

    /** Empty when no unit has the id. */
    Optional<NotAMine> unitKind(String unitId) {
        return client.query(QueryFile.load("assignment/unit-kind.cypher"))
                .bindAll(Map.of("id", unitId))
                .fetchAs(NotAMine.class)
                .mappedBy((types, r) -> new NotAMine(
                        r.get("kind").asString(null), r.get("mines").asList(Value::asString, List.of())))
                .one();
    }
}
