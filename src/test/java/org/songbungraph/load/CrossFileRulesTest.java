package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.support.TestNeo4j;

/** The rules that ShippedSchema declares across rows and files, each broken once in a copy of the shipped data. */
class CrossFileRulesTest {

    @TempDir
    Path temp;

    Path dir;

    @BeforeEach
    void copyTheShippedImportFolder() throws IOException {
        dir = Files.createDirectories(temp.resolve("import"));
        try (Stream<Path> files = Files.list(TestNeo4j.IMPORT_DIR)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
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
                        case "credibility" -> "2";
                        case "sources" -> "S-SYN-ILLUSTRATIVE";
                        default -> "";
                    });
        }
        rows.add(row);
        write(file, rows);
        return rows.size();
    }

    private static int indexOf(List<List<String>> rows, String id) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private List<List<String>> read(String file) throws IOException {
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            for (CSVRecord r : parser) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        return rows;
    }

    // The shipped cells hold no line breaks, so row i (0: the header) is on line i + 1.
    private void write(String file, List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Files.writeString(dir.resolve(file), out.toString(), StandardCharsets.UTF_8);
    }
}
