package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.songbungraph.support.TestNeo4j;

/**
 * An Eager operator makes Neo4j read a whole CSV into memory before writing, which breaks batching and the
 * bounded memory of CALL { } IN TRANSACTIONS. No load statement may plan one.
 */
class LoadPlansTest {

    @Test
    void noLoadStatementPlansAnEagerOperator() {
        ShippedData.ensureLoaded();
        List<String> eager = new ArrayList<>();
        int planned = 0;
        try (var session = TestNeo4j.get().driver().session()) {
            for (LoadScripts.Script script : LoadScripts.read(TestNeo4j.SCRIPTS_DIR)) {
                for (LoadScripts.Statement statement : script.statements()) {
                    // Schema commands have no query plan.
                    if (statement
                            .text()
                            .strip()
                            .toUpperCase(Locale.ROOT)
                            .matches("(?s)^(CREATE|DROP) (CONSTRAINT|INDEX).*")) {
                        continue;
                    }
                    Plan plan =
                            session.run("EXPLAIN " + statement.text()).consume().plan();
                    planned++;
                    if (hasEager(plan)) {
                        eager.add(statement.where());
                    }
                }
            }
        }
        try (var session = TestNeo4j.get().driver().session()) {
            // Labelling nodes and then matching that label needs an Eager barrier: the check must see it.
            assertThat(hasEager(session.run("EXPLAIN MATCH (n:Person) SET n:Mine WITH n MATCH (m:Mine) RETURN count(m)")
                            .consume()
                            .plan()))
                    .as("the check detects an Eager plan")
                    .isTrue();
        }
        assertThat(planned).isGreaterThan(30);
        assertThat(eager).isEmpty();
    }

    private static boolean hasEager(Plan plan) {
        // "Eager@neo4j"; EagerAggregation is an ordinary aggregation and does not count.
        String operator = plan.operatorType().split("@")[0];
        return operator.equals("Eager") || plan.children().stream().anyMatch(LoadPlansTest::hasEager);
    }
}
