package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.TestNeo4j;

/** The importer's typed headers are read off the load scripts, so the two paths cannot drift apart silently. */
class BulkPlanTest {

    @TempDir
    Path temp;

    private static final BulkPlan.Plan SHIPPED =
            BulkPlan.of(LoadScripts.read(TestNeo4j.SCRIPTS_DIR), TestNeo4j.IMPORT_DIR);

    @Test
    void typesEachColumnAsTheScriptsConvertIt() {
        assertThat(input("persons.csv").nodes()).isTrue();
        assertThat(input("persons.csv").labelOrType()).isEqualTo("Person");
        assertThat(input("persons.csv").header())
                .containsExactly(
                        "id:ID",
                        "name:string",
                        "nameKo:string",
                        "sex:string",
                        "birthYear:long",
                        "deathYear:long",
                        "birthDecade:long",
                        "protection:string",
                        "witnessCode:string",
                        "synthetic:boolean",
                        "sources:string[]",
                        "note:string");
        assertThat(input("songbun_classes.csv").header()).contains("share:double", "rank:long");
    }

    @Test
    void relationshipFilesKeepTheirIdAndIgnoreTheEndLabels() {
        BulkPlan.Input about = input("about.csv");
        assertThat(about.nodes()).isFalse();
        assertThat(about.labelOrType()).isEqualTo("ABOUT");
        assertThat(about.header())
                .containsExactly(
                        "id",
                        ":START_ID",
                        ":END_ID",
                        ":IGNORE",
                        ":IGNORE",
                        "from:long",
                        "to:long",
                        "credibility:long",
                        "fromDate:string",
                        "toDate:string",
                        "dateQualifier:string",
                        "gradeNote:string",
                        "sources:string[]",
                        "note:string");
        assertThat(input("assigned_to.csv").header()).contains("documents:string[]", "assignedBy:string");
    }

    @Test
    void everyCsvIsImportedAndEveryOtherStatementRunsAfterwards() {
        assertThat(SHIPPED.inputs()).hasSize(34);
        assertThat(SHIPPED.afterImport()).allSatisfy(s -> assertThat(s.text()).doesNotContain("LOAD CSV"));
        assertThat(SHIPPED.afterImport())
                .anySatisfy(s -> assertThat(s.text()).contains("SET n:Mine"))
                .anySatisfy(s -> assertThat(s.text()).contains("SET n:Protected"))
                .anySatisfy(s -> assertThat(s.text()).contains("CREATE FULLTEXT INDEX"));
    }

    @Test
    void refusesALoadThatSetsALabelWhileLoadingNamingItsLine() throws IOException {
        Path scripts = Files.createDirectories(temp.resolve("cypher"));
        Files.writeString(scripts.resolve("14-units.cypher"), """
                // derived label inside the load
                LOAD CSV WITH HEADERS FROM 'file:///units.csv' AS row
                CALL (row) {
                  MERGE (n:Unit {id: row.id})
                  SET n.kind = row.kind
                  WITH n, row WHERE row.kind = 'MINE'
                  SET n:Mine
                } IN TRANSACTIONS OF 10000 ROWS;
                """);

        assertThatThrownBy(() -> BulkPlan.of(LoadScripts.read(scripts), TestNeo4j.IMPORT_DIR))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("14-units.cypher:2")
                .hasMessageContaining("sets or removes a label");
    }

    private static BulkPlan.Input input(String csv) {
        List<BulkPlan.Input> found =
                SHIPPED.inputs().stream().filter(i -> i.csv().equals(csv)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
