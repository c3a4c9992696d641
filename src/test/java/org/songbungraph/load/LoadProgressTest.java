package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.TestNeo4j;

/** A load shows a bar per CSV file; where the stream is not a terminal, as plain lines. */
class LoadProgressTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    final PrintStream progress = new PrintStream(captured, true, StandardCharsets.UTF_8);

    @Test
    void everyCsvFileGetsABarThatEndsAtItsRows() {
        ShippedData.ensureLoaded();
        Loader loader = TestLoaders.over(TestNeo4j.get().driver(), TestNeo4j.SCRIPTS_DIR, TestNeo4j.IMPORT_DIR);
        Map<String, Long> rows = loader.check(TestNeo4j.IMPORT_DIR).rowsByFile();

        loader.load(progress);

        List<String> lines = output().lines().toList();
        assertThat(rows).isNotEmpty();
        rows.forEach((file, count) -> {
            List<String> bar =
                    lines.stream().filter(l -> l.startsWith("  " + file + " ")).toList();
            if (count == 0) {
                assertThat(bar).as("an empty file gets no bar").isEmpty();
                return;
            }
            assertThat(bar).as(file).isNotEmpty();
            assertThat(bar.stream().map(l -> l.substring(0, l.indexOf(" ("))).toList())
                    .as("a new line for %s only when its rows moved", file)
                    .doesNotHaveDuplicates();
            assertThat(bar.get(bar.size() - 1))
                    .as("the last line of " + file)
                    .containsPattern("\\b100%")
                    .containsPattern("\\s" + count + "/" + count + " rows ");
        });
        for (LoadScripts.Script script : LoadScripts.read(TestNeo4j.SCRIPTS_DIR)) {
            assertThat(lines)
                    .as("the summary line of " + script.file().getFileName())
                    .anyMatch(
                            l -> l.startsWith("  " + script.file().getFileName() + " ") && l.contains(" statements "));
        }
        assertThat(output()).as("no carriage returns or escape codes in a log").doesNotContain("\r", "\u001b");
    }

    @Test
    void standardErrorThatIsNotATerminalGetsPlainLines() {
        // Surefire hands the test JVM a pipe, as CI, `2> file` and the one-shot runs in *IT tests do.
        assertThat(LoadProgress.to(System.err).redraws()).isFalse();
        assertThat(LoadProgress.to(progress).redraws()).isFalse();
    }

    @Test
    void aFailingStatementStopsItsPollerAndIsRecordedWhereItFailed() throws IOException {
        Path scripts = Files.createDirectories(temp.resolve("cypher"));
        Files.writeString(
                scripts.resolve("10-fails.cypher"),
                "// reads persons.csv and fails on its first row\n"
                        + "LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row\n"
                        + "CALL (row) {\n  CREATE (:ProgressFailure {v: 1 / (size(row.id) - size(row.id))})\n"
                        + "} IN TRANSACTIONS OF 1 ROWS;\n");
        Loader failing = TestLoaders.over(TestNeo4j.get().driver(), scripts, TestNeo4j.IMPORT_DIR);

        assertThatThrownBy(() -> failing.load(progress))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("10-fails.cypher:2")
                .extracting(e -> ((SongbunException) e).exitCode())
                .isEqualTo(ExitCode.LOAD_FAILED);

        assertThat(BatchPollerTest.pollerThreads())
                .as("poller threads left running")
                .isZero();
        assertThat(output().lines())
                .as("the bar was drawn, and closed where it stopped")
                .anyMatch(
                        Pattern.compile("^  persons\\.csv +0% .* 0/\\d+ rows ").asPredicate());
        Record run = lastRun();
        assertThat(run.get("status").asString()).isEqualTo("FAILED");
        assertThat(run.get("failure").asString()).contains("10-fails.cypher:2");
    }

    private Record lastRun() {
        try (var session = TestNeo4j.get().driver().session()) {
            return session.run("MATCH (r:LoadRun) RETURN r.status AS status, r.failure AS failure "
                            + "ORDER BY r.startedAt DESC LIMIT 1")
                    .single();
        }
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }
}
