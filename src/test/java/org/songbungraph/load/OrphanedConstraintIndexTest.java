package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.TestNeo4j;

/**
 * A load killed between building a constraint's index and creating the constraint leaves an index with the
 * constraint's name and no owner. The next load drops it and creates the constraint, instead of failing on the name.
 */
class OrphanedConstraintIndexTest extends GraphTest {

    @Test
    void aLoadDropsTheIndexLeftByAnInterruptedConstraintAndCreatesTheConstraint() {
        ShippedData.ensureLoaded();
        String before = GraphFingerprint.of(neo4j().driver());
        try (Session session = neo4j().driver().session()) {
            session.run("DROP CONSTRAINT mine_id").consume();
            // What the killed run leaves: the index under the constraint's name, owned by nothing.
            session.run("CREATE INDEX mine_id FOR (n:Mine) ON (n.id)").consume();
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TestLoaders.over(neo4j().driver(), TestNeo4j.SCRIPTS_DIR, TestNeo4j.IMPORT_DIR)
                .load(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("dropped index mine_id");
        try (Session session = neo4j().driver().session()) {
            assertThat(session.run("SHOW CONSTRAINTS YIELD name, ownedIndex WHERE name = 'mine_id' RETURN ownedIndex")
                            .single()
                            .get(0)
                            .asString())
                    .isEqualTo("mine_id");
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    @Test
    void anIndexThatIsNotNamedForAConstraintIsLeftAlone() {
        ShippedData.ensureLoaded();
        try (Session session = neo4j().driver().session()) {
            session.run("CREATE INDEX analyst_own_index IF NOT EXISTS FOR (n:Mine) ON (n.name)")
                    .consume();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TestLoaders.over(neo4j().driver(), TestNeo4j.SCRIPTS_DIR, TestNeo4j.IMPORT_DIR)
                    .load(new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("dropped index");
            try (Session session = neo4j().driver().session()) {
                assertThat(session.run("SHOW INDEXES YIELD name WHERE name = 'analyst_own_index' RETURN count(*)")
                                .single()
                                .get(0)
                                .asLong())
                        .isOne();
            }
        } finally {
            try (Session session = neo4j().driver().session()) {
                session.run("DROP INDEX analyst_own_index IF EXISTS").consume();
            }
        }
    }
}
