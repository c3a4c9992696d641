package org.songbungraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.Failures;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

class AnalystQueriesTest extends GraphTest {

    @Autowired
    AnalystQueries queries;

    @AfterEach
    void removeScratchNodes() {
        try (var session = neo4j().driver().session()) {
            session.run("MATCH (n:ScratchForTest) DETACH DELETE n").consume();
        }
    }

    @Test
    void bindsTypedParametersWithoutTouchingTheQueryText() {
        var outcome = queries.run(
                "RETURN $year + 1 AS next, $ids AS ids, $name AS name",
                Parameters.parse(List.of("year=1966", "ids=['a', 'b']", "name=' OR 1=1 //")),
                false);

        assertThat(outcome.table().rows()).containsExactly(List.of(1967L, List.of("a", "b"), "' OR 1=1 //"));
    }

    @Test
    void refusesAWriteWithoutWriteAndExplainsHowToAllowIt() {
        assertThatThrownBy(() -> queries.run("CREATE (:ScratchForTest {id: 'x'})", Map.of(), false))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> {
                    var failure = Failures.describe(e);
                    assertThat(failure.code()).isEqualTo(ExitCode.WRITE_REFUSED);
                    assertThat(failure.message()).contains("--write");
                });
        assertThat(count("MATCH (n:ScratchForTest) RETURN count(n)")).isZero();
    }

    @Test
    void refusesEveryKindOfWriteWithoutWrite() {
        ShippedData.ensureLoaded();
        for (String write : List.of(
                "MERGE (n:ScratchForTest {id: 'merge'})",
                "MATCH (n:Person) WITH n LIMIT 1 SET n.scratchForTest = true",
                "MATCH (n:Person) WITH n LIMIT 1 DETACH DELETE n",
                "LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row MERGE (:ScratchForTest {id: row.id})",
                "CALL { CREATE (:ScratchForTest {id: 'sub'}) } IN TRANSACTIONS",
                "CREATE INDEX scratch_for_test IF NOT EXISTS FOR (n:ScratchForTest) ON (n.id)",
                "CREATE USER scratch_for_test SET PASSWORD 'scratch-password-1'")) {
            assertThatThrownBy(() -> queries.run(write, Map.of(), false))
                    .as(write)
                    .isInstanceOf(ClientException.class)
                    .satisfies(e -> assertThat(Failures.describe(e).code())
                            .as(write + ": " + e.getMessage())
                            .isEqualTo(ExitCode.WRITE_REFUSED));
        }
        assertThat(count("MATCH (n:ScratchForTest) RETURN count(n)")).isZero();
        assertThat(count("MATCH (n:Person) WHERE n.scratchForTest RETURN count(n)"))
                .isZero();
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'scratch_for_test' RETURN count(*)"))
                .isZero();
        assertThat(count("SHOW USERS YIELD user WHERE user = 'scratch_for_test' RETURN count(*)"))
                .isZero();
    }

    @Test
    void writesWhenAskedTo() {
        var outcome = queries.run("CREATE (n:ScratchForTest {id: $id}) RETURN n.id AS id", Map.of("id", "w-1"), true);

        assertThat(outcome.counters().nodesCreated()).isEqualTo(1);
        assertThat(count("MATCH (n:ScratchForTest {id: 'w-1'}) RETURN count(n)"))
                .isEqualTo(1);
    }

    @Test
    void reportsASyntaxErrorAsAQueryFailure() {
        assertThatThrownBy(() -> queries.run("MATC (n) RETURN n", Map.of(), false))
                .satisfies(e -> assertThat(Failures.describe(e).code()).isEqualTo(ExitCode.QUERY_FAILED));
    }

    @Test
    void printsNodesAsLabelsAndPropertiesInEveryFormat() {
        var table = queries.run("RETURN {id: 'S-1', tags: ['a', 'b']} AS m, 'x,y' AS text", Map.of(), false)
                .table();

        assertThat(table.render(OutputFormat.CSV))
                .isEqualTo("m,text\n\"{\"\"id\"\":\"\"S-1\"\",\"\"tags\"\":[\"\"a\"\",\"\"b\"\"]}\",\"x,y\"");
        assertThat(table.render(OutputFormat.JSON)).contains("\"text\" : \"x,y\"");
        assertThat(table.render(OutputFormat.TABLE)).contains("x,y").contains("1 row");
    }

    private static long count(String query) {
        try (var session = neo4j().driver().session()) {
            return session.run(query).single().get(0).asLong();
        }
    }
}
