package org.songbungraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
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
        var outcome = queries.run("RETURN $year + 1 AS next, $ids AS ids, $name AS name",
                Parameters.parse(List.of("year=1966", "ids=['a', 'b']", "name=' OR 1=1 //")), false);

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
    void writesWhenAskedTo() {
        var outcome = queries.run("CREATE (n:ScratchForTest {id: $id}) RETURN n.id AS id", Map.of("id", "w-1"), true);

        assertThat(outcome.counters().nodesCreated()).isEqualTo(1);
        assertThat(count("MATCH (n:ScratchForTest {id: 'w-1'}) RETURN count(n)")).isEqualTo(1);
    }

    @Test
    void reportsASyntaxErrorAsAQueryFailure() {
        assertThatThrownBy(() -> queries.run("MATC (n) RETURN n", Map.of(), false))
                .satisfies(e -> assertThat(Failures.describe(e).code()).isEqualTo(ExitCode.QUERY_FAILED));
    }

    @Test
    void printsNodesAsLabelsAndPropertiesInEveryFormat() {
        var table = queries.run("RETURN {id: 'S-1', tags: ['a', 'b']} AS m, 'x,y' AS text", Map.of(), false).table();

        assertThat(table.render(OutputFormat.CSV)).isEqualTo("m,text\n\"{\"\"id\"\":\"\"S-1\"\",\"\"tags\"\":[\"\"a\"\",\"\"b\"\"]}\",\"x,y\"");
        assertThat(table.render(OutputFormat.JSON)).contains("\"text\" : \"x,y\"");
        assertThat(table.render(OutputFormat.TABLE)).contains("x,y").contains("1 row");
    }

    private static long count(String query) {
        try (var session = neo4j().driver().session()) {
            return session.run(query).single().get(0).asLong();
        }
    }
}
