package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.TestNeo4j;

/** Each kind of bad row stops the load before anything is written, and says where it is. */
class BadImportTest extends GraphTest {

    @TempDir
    Path temp;

    ImportCopy copy;
    Path importDir;
    Loader loader;

    @BeforeEach
    void copyTheShippedImportFolder() throws IOException {
        copy = ImportCopy.of(temp);
        importDir = copy.dir;
        loader = TestLoaders.over(neo4j().driver(), TestNeo4j.SCRIPTS_DIR, importDir);
    }

    @Test
    void anUnknownUnitKindIsRejected() throws IOException {
        int column = setCell("units.csv", 0, "kind", "SPACESHIP");

        assertRejectedUnchanged("import/units.csv:2:" + column + ": kind: 'SPACESHIP' is not one of");
    }

    @Test
    void aReferenceToAMissingIdIsRejected() throws IOException {
        int column = setCell("assigned_to.csv", 0, "endId", "U-DOES-NOT-EXIST");

        assertRejectedUnchanged("import/assigned_to.csv:2:" + column + ": endId: no Unit has id 'U-DOES-NOT-EXIST'");
    }

    @Test
    void aDuplicateIdIsRejected() throws IOException {
        List<List<String>> rows = read("persons.csv");
        rows.add(new ArrayList<>(rows.get(1)));
        int line = write("persons.csv", rows);

        assertRejectedUnchanged("import/persons.csv:" + line + ":1: id: duplicate Person id '"
                + rows.get(1).get(0) + "'");
    }

    @Test
    void aMalformedYearIsRejected() throws IOException {
        int column = setCell("persons.csv", 0, "birthYear", "19x5");

        assertRejectedUnchanged("import/persons.csv:2:" + column + ": birthYear: '19x5' is not a year");
    }

    @Test
    void aWrongGradeAndAnUnknownSourceAreBothReportedInOneRun() throws IOException {
        int reliability = setCell("sources.csv", 0, "reliability", "Z");
        int sources = setCell("claims.csv", 0, "sources", "S-NOT-A-SOURCE");

        SongbunException e = rejected();
        assertThat(e.getMessage())
                .contains("import/sources.csv:2:" + reliability + ": reliability: 'Z'")
                .contains("import/claims.csv:2:" + sources + ": sources: no Source has id 'S-NOT-A-SOURCE'");
    }

    private void assertRejectedUnchanged(String expected) {
        String before = GraphFingerprint.of(neo4j().driver());
        assertThat(rejected().getMessage()).contains(expected).contains("nothing was written");
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    private SongbunException rejected() {
        var thrown = assertThatThrownBy(() -> loader.load(new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(SongbunException.class)
                .actual();
        SongbunException e = (SongbunException) thrown;
        assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        return e;
    }

    /** Sets one cell of data row {@code row} (0 = first after the header); returns its 1-based column. */
    private int setCell(String file, int row, String column, String value) throws IOException {
        List<List<String>> rows = read(file);
        int index = rows.get(0).indexOf(column);
        assertThat(index).as(file + " has column " + column).isNotNegative();
        rows.get(row + 1).set(index, value);
        write(file, rows);
        return index + 1;
    }

    private List<List<String>> read(String file) throws IOException {
        return copy.read(file);
    }

    /** Writes the rows back; returns the line the last row starts on (cells here hold no line breaks). */
    private int write(String file, List<List<String>> rows) throws IOException {
        copy.write(file, rows);
        return rows.size();
    }
}
