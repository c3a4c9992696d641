package org.songbungraph.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * `stats` counts every label and type of the model from Neo4j's count store, in constant time at any size, and
 * gives the same numbers as counting each node and relationship.
 */
class StatsCountsTest extends GraphTest {

    @Autowired
    GraphStats stats;

    @BeforeAll
    static void loadTheShippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void givesTheSameCountsAsAScanOfEveryNodeAndRelationship() {
        Map<String, Long> byLabel = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        stats.counts().forEach(c -> (c.kind().equals("label") ? byLabel : byType).put(c.name(), c.count()));

        try (Session session = neo4j().driver().session()) {
            Map<String, Long> scannedLabels = new TreeMap<>();
            session.run("MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS count"
                            + " WHERE NOT label IN ['LoadRun', 'LoadedFile', 'AuditRecord'] RETURN label, count")
                    .forEachRemaining(r -> scannedLabels.put(
                            r.get("label").asString(), r.get("count").asLong()));
            Map<String, Long> scannedTypes = new TreeMap<>();
            session.run("MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count WHERE type <> 'READ_FILE'"
                            + " RETURN type, count")
                    .forEachRemaining(r -> scannedTypes.put(
                            r.get("type").asString(), r.get("count").asLong()));

            assertThat(byLabel).isEqualTo(scannedLabels).containsEntry("Person", 48L);
            assertThat(byType).isEqualTo(scannedTypes).containsKey("SURVEILS");
        }
    }

    @Test
    void countsEveryLabelAndTypeOfTheShippedDataFromTheCountStore() {
        try (Session session = neo4j().driver().session()) {
            List<String> labels = session.run("CALL db.labels() YIELD label"
                            + " WHERE NOT label IN ['LoadRun', 'LoadedFile', 'AuditRecord'] RETURN label")
                    .list(r -> r.get(0).asString());
            List<String> types = session.run(
                            "CALL db.relationshipTypes() YIELD relationshipType AS type WHERE type <> 'READ_FILE'"
                                    + " RETURN type")
                    .list(r -> r.get(0).asString());

            assertThat(operators(session, "stats/node-counts.cypher"))
                    .as("one constant-time count per label of the model; a scan only for labels it does not know")
                    .filteredOn("NodeCountFromCountStore"::equals)
                    .hasSizeGreaterThanOrEqualTo(labels.size());
            assertThat(operators(session, "stats/relationship-counts.cypher"))
                    .filteredOn("RelationshipCountFromCountStore"::equals)
                    .hasSizeGreaterThanOrEqualTo(types.size());
            for (String label : labels) {
                assertThat(QueryFile.load("stats/node-counts.cypher"))
                        .as("%s is counted by its own static pattern", label)
                        .contains("MATCH (:" + label + ") WITH count(*) AS count RETURN '" + label + "'");
            }
            for (String type : types) {
                assertThat(QueryFile.load("stats/relationship-counts.cypher"))
                        .as("%s is counted by its own static pattern", type)
                        .contains("MATCH ()-[:" + type + "]->() WITH count(*) AS count RETURN '" + type + "'");
            }
        }
    }

    @Test
    void stillCountsALabelTheModelDoesNotKnow() {
        try (Session session = neo4j().driver().session()) {
            session.run("CREATE (:AnalystNote {id: 'N-STATS-TEST'})").consume();
            try {
                assertThat(stats.counts()).contains(new GraphStats.Count("label", "AnalystNote", 1));
            } finally {
                session.run("MATCH (n:AnalystNote {id: 'N-STATS-TEST'}) DELETE n")
                        .consume();
            }
            assertThat(stats.counts()).noneMatch(c -> c.name().equals("AnalystNote"));
        }
    }

    private static List<String> operators(Session session, String queryFile) {
        List<String> operators = new ArrayList<>();
        collect(session.run("EXPLAIN " + QueryFile.load(queryFile)).consume().plan(), operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> collect(child, operators));
    }
}
