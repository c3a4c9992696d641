package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that ShippedSchema declares across rows and files, each broken once in a copy of the shipped data. */
class CrossFileRulesTest {

    @TempDir
    Path temp;

    ImportCopy copy;
    Path dir;

    @BeforeEach
    void copyTheShippedImportFolder() throws IOException {
        copy = ImportCopy.of(temp);
        dir = copy.dir;
    }

    @Test
    void theShippedDataBreaksNoRule() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void aParentWhoDoesNotExistIsReported() throws IOException {
        int line = append("child_of.csv", "R-CHD-9001", "P-SYN-PAK-09", "P-NOBODY", "PATERNAL");

        assertThat(problems())
                .containsExactly("import/child_of.csv:" + line + ":3: endId: no Person has id 'P-NOBODY'");
    }

    @Test
    void aChildOfCycleIsReportedAtTheRowThatClosesIt() throws IOException {
        // Neither has a birth year, so only the cycle rule can see that this is wrong.
        append("child_of.csv", "R-CHD-9001", "P-JIHOON", "P-W0001", "PATERNAL");
        int line = append("child_of.csv", "R-CHD-9002", "P-W0001", "P-JIHOON", "PATERNAL");

        assertThat(problems())
                .containsExactly("import/child_of.csv:" + line
                        + ":3: endId: closes a cycle, which CHILD_OF must not have: P-W0001 -> P-JIHOON -> P-W0001");
    }

    @Test
    void aPersonWhoIsTheirOwnParentIsACycle() throws IOException {
        int line = append("child_of.csv", "R-CHD-9001", "P-JIHOON", "P-JIHOON", "PATERNAL");

        assertThat(problems())
                .containsExactly("import/child_of.csv:" + line
                        + ":3: endId: closes a cycle, which CHILD_OF must not have: P-JIHOON -> P-JIHOON");
    }

    @Test
    void aParentBornAfterTheirChildIsReported() throws IOException {
        int line = append("child_of.csv", "R-CHD-9001", "P-SYN-KIM-01", "P-SYN-RYU-08", "MATERNAL");

        assertThat(problems())
                .containsExactly(
                        "import/child_of.csv:" + line
                                + ":3: endId: parent P-SYN-RYU-08 (born 2002) is not older than child P-SYN-KIM-01 (born 1908)");
    }

    @Test
    void anIdUsedInTwoNodeFilesIsReportedInTheFileReadLater() throws IOException {
        List<List<String>> families = read("families.csv");
        families.add(List.of("P-JIHOON", "Synthetic-Ji family", "", "true", "S-SYN-ILLUSTRATIVE", ""));
        write("families.csv", families);

        assertThat(problems())
                .containsExactly("import/families.csv:" + families.size()
                        + ":1: id: duplicate id 'P-JIHOON', already in persons.csv");
    }

    @Test
    void aProtectedPersonWithoutAWitnessCodeIsReported() throws IOException {
        List<List<String>> persons = read("persons.csv");
        int row = indexOf(persons, "P-W0001");
        int column = persons.get(0).indexOf("witnessCode");
        persons.get(row).set(column, "");
        write("persons.csv", persons);

        assertThat(problems())
                .containsExactly("import/persons.csv:" + (row + 1) + ":" + (column + 1)
                        + ": witnessCode: is empty, but every row with protection PROTECTED needs it");
    }

    @Test
    void aRuleAcrossRowsMustNameReferencesOfOneLabel() {
        assertThatThrownBy(() -> ImportSchema.file("reports_to.csv")
                        .required("startId", ImportSchema.Ref.to("Unit"))
                        .required("endId", ImportSchema.Ref.labelledBy("endLabel"))
                        .acyclic("startId", "endId")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endId is not a reference to one label");
    }

    private List<String> problems() {
        return ImportCheck.run(dir, ShippedSchema.files()).problems().stream()
                .map(Object::toString)
                .toList();
    }

    /** Appends a CHILD_OF-shaped row (graded 2, illustrative source); returns its line. */
    private int append(String file, String id, String start, String end, String line) throws IOException {
        List<List<String>> rows = read(file);
        List<String> header = rows.get(0);
        List<String> row = new ArrayList<>();
        for (String column : header) {
            row.add(
                    switch (column) {
                        case "id" -> id;
                        case "startId" -> start;
                        case "endId" -> end;
                        case "line" -> line;
                        case "credibility" -> "6";
                        case "sources" -> "S-SYN-ILLUSTRATIVE";
                        default -> "";
                    });
        }
        rows.add(row);
        write(file, rows);
        return rows.size();
    }

    private List<List<String>> read(String file) throws IOException {
        return copy.read(file);
    }

    private void write(String file, List<List<String>> rows) throws IOException {
        copy.write(file, rows);
    }

    private static int indexOf(List<List<String>> rows, String id) {
        return ImportCopy.indexOf(rows, id);
    }
}
