package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.search.SearchKeys;

/**
 * `load --bulk` stages a searchable node file's rows with their search keys as three more importer columns: every
 * cell comes through as it was (quotes, commas, line breaks, empty cells), and a protected row's keys come from its
 * witness code alone.
 */
class KeyedRowsTest {

    private static final BulkPlan.Input PERSONS = new BulkPlan.Input(
            null,
            "persons.csv",
            true,
            "Person",
            List.of(
                    "id:ID",
                    "name:string",
                    "nameKo:string",
                    ":IGNORE",
                    "protection:string",
                    "witnessCode:string",
                    "sources:string[]"));

    @TempDir
    Path temp;

    @Test
    void stagesEveryCellAsItWasWithTheKeysAfterThem() throws IOException {
        Path csv = temp.resolve("persons.csv");
        Files.writeString(csv, """
                id,name,nameKo,unused,protection,witnessCode,sources
                P-SYN-1,"Kim, ""Example"" Ch'ŏl-su",김철수,x,,,S-A|S-B
                P-SYN-2,"Ri
                Two lines",,,,,S-A
                P-SYN-3,,,,,,
                P-W-7,,,,PROTECTED,W-07,S-C
                """, StandardCharsets.UTF_8);
        Path body = temp.resolve("staged.csv");

        KeyedRows.stage(PERSONS, csv, body);

        List<CSVRecord> staged;
        try (CSVParser parser = CSVParser.parse(body, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            staged = parser.getRecords();
        }
        assertThat(Files.readString(body)).doesNotStartWith("id,").doesNotContain("\r\n");
        assertThat(staged).hasSize(4);
        assertThat(staged.get(0).toList())
                .startsWith("P-SYN-1", "Kim, \"Example\" Ch'ŏl-su", "김철수", "x", "", "", "S-A|S-B")
                .endsWith(keys(SearchKeys.of("Person", "Kim, \"Example\" Ch'ŏl-su", "김철수", null, null)));
        assertThat(staged.get(1).get(1)).isEqualTo("Ri\nTwo lines");
        assertThat(staged.get(2).toList())
                .as("no name: no keys, only what they were made from")
                .endsWith("", "", "named |");
        assertThat(staged.get(3).toList()).endsWith("w 07", "", "protected W-07");
        assertThat(KeyedRows.header(PERSONS))
                .endsWith("searchWords:string", "searchSkeletons:string", "searchKeysOf:string")
                .hasSize(PERSONS.header().size() + 3);
    }

    @Test
    void onlyNodesOfALabelSearchFindsAreKeyed() {
        assertThat(KeyedRows.applies(PERSONS)).isTrue();
        assertThat(KeyedRows.applies(new BulkPlan.Input(null, "claims.csv", true, "Claim", List.of("id:ID"))))
                .isFalse();
        assertThat(KeyedRows.applies(new BulkPlan.Input(null, "x.csv", false, "Person", List.of("id"))))
                .as("relationships are never keyed")
                .isFalse();
    }

    private static String[] keys(SearchKeys.Keys keys) {
        return new String[] {
            keys.words() == null ? "" : keys.words(), keys.skeletons() == null ? "" : keys.skeletons(), keys.keysOf()
        };
    }
}
