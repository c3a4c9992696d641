package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songbungraph.support.TestNeo4j;

/** What a load statement reads and in what batches, as the progress bars need it. */
class CsvReadTest {

    @Test
    void readsTheFileAndTheBatchSizeOfAShippedStatement() {
        Optional<CsvRead> read = CsvRead.in("LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row\n"
                + "CALL (row) {\n  MERGE (n:Person {id: row.id})\n} IN TRANSACTIONS OF 1000 ROWS");

        assertThat(read).contains(new CsvRead("persons.csv", OptionalLong.of(1000)));
    }

    @Test
    void readsTheBatchSizeOfConcurrentTransactions() {
        assertThat(CsvRead.in("LOAD CSV FROM \"file:///units.csv\" AS row CALL (row) { CREATE (:U) } "
                        + "IN 4 CONCURRENT TRANSACTIONS OF 10000 ROWS"))
                .contains(new CsvRead("units.csv", OptionalLong.of(10000)));
        assertThat(CsvRead.in("load csv with headers from 'file:///units.csv' as row call (row) { create (:U) } "
                        + "in concurrent transactions of 1 row"))
                .contains(new CsvRead("units.csv", OptionalLong.of(1)));
    }

    @Test
    void inTransactionsWithoutASizeMeansNeo4jsDefaultOf1000Rows() {
        assertThat(CsvRead.in("LOAD CSV FROM 'file:///a.csv' AS row CALL (row) { CREATE (:A) } IN TRANSACTIONS"))
                .contains(new CsvRead("a.csv", OptionalLong.of(CsvRead.DEFAULT_BATCH_ROWS)));
    }

    @Test
    void aBatchSizeOnlyTheServerKnowsOrASingleTransactionGivesNoBatchSize() {
        assertThat(CsvRead.in(
                        "LOAD CSV FROM 'file:///a.csv' AS row CALL (row) { CREATE (:A) } IN TRANSACTIONS OF $n ROWS"))
                .contains(new CsvRead("a.csv", OptionalLong.empty()));
        assertThat(CsvRead.in("LOAD CSV FROM 'file:///a.csv' AS row CREATE (:A {id: row[0]})"))
                .contains(new CsvRead("a.csv", OptionalLong.empty()));
    }

    @Test
    void statementsThatReadNoCsvFileGetNoBar() {
        assertThat(CsvRead.in("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE"))
                .isEmpty();
        assertThat(CsvRead.in("MATCH (n:Person) CALL (n) { SET n:Protected } IN TRANSACTIONS OF 1000 ROWS"))
                .isEmpty();
    }

    @Test
    void everyShippedCsvFileIsReadByAStatementWithABatchSize() {
        Set<String> read = new LinkedHashSet<>();
        for (LoadScripts.Script script : LoadScripts.read(TestNeo4j.SCRIPTS_DIR)) {
            for (LoadScripts.Statement statement : script.statements()) {
                CsvRead.in(statement.text()).ifPresent(csv -> {
                    assertThat(csv.batchRows()).as(statement.where()).isPresent();
                    read.add(csv.file());
                });
            }
        }

        assertThat(read)
                .containsExactlyInAnyOrderElementsOf(ImportCheck.run(TestNeo4j.IMPORT_DIR, ShippedSchema.files())
                        .rowsByFile()
                        .keySet());
    }
}
