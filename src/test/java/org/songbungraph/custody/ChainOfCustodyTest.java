package org.songbungraph.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.load.Loader;
import org.songbungraph.load.ShippedData;
import org.songbungraph.load.TestLoaders;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.JsonRows;
import org.songbungraph.support.ShellCommands;
import org.songbungraph.support.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every load leaves a LoadRun behind, later loads never rewrite it, and `verify` notices any changed file. */
class ChainOfCustodyTest extends GraphTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Autowired
    Loader loader;

    @Autowired
    Custody custody;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    ShellCommands commands;

    @BeforeEach
    void shippedData() {
        ShippedData.ensureLoaded();
        commands = ShellCommands.of(context);
    }

    @Test
    void recordsWhoLoadedWhatWithTheHashAndRowCountOfEveryFileRead() throws Exception {
        Loader.Report report = loader.load(QUIET);

        Custody.Run run = custody.run(report.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.trigger()).isEqualTo("load");
        assertThat(run.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(run.startedAt()).isNotBlank();
        assertThat(run.endedAt()).isGreaterThanOrEqualTo(run.startedAt());
        assertThat(run.importDir())
                .isEqualTo(TestNeo4j.IMPORT_DIR.toAbsolutePath().normalize().toString());

        List<Path> csvs = list(TestNeo4j.IMPORT_DIR, ".csv");
        List<Path> scripts = list(TestNeo4j.SCRIPTS_DIR, ".cypher");
        List<Custody.RecordedFile> files = custody.files(report.runId());
        assertThat(files).hasSize(csvs.size() + scripts.size());
        assertThat(run.csvFiles()).isEqualTo(csvs.size());
        assertThat(run.scripts()).isEqualTo(scripts.size());
        for (Custody.RecordedFile file : files) {
            Path path = ("csv".equals(file.kind()) ? TestNeo4j.IMPORT_DIR : TestNeo4j.SCRIPTS_DIR).resolve(file.name());
            byte[] bytes = Files.readAllBytes(path);
            assertThat(file.sha256())
                    .as(file.name())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(file.bytes()).as(file.name()).isEqualTo(bytes.length);
        }
        Custody.RecordedFile persons = files.stream()
                .filter(f -> f.name().equals("persons.csv"))
                .findFirst()
                .orElseThrow();
        long personNodes = neo4j().driver()
                .session()
                .run("MATCH (p:Person) RETURN count(p) AS n")
                .single()
                .get("n")
                .asLong();
        assertThat(persons.count()).as("data rows of persons.csv").isEqualTo(personNodes);
        assertThat(run.csvRows())
                .isEqualTo(files.stream()
                        .filter(f -> f.kind().equals("csv"))
                        .mapToLong(Custody.RecordedFile::count)
                        .sum());
    }

    @Test
    void aLaterLoadAddsItsOwnRunAndLeavesEarlierRunsAndTheGraphAsTheyWere() {
        String graph = GraphFingerprint.of(neo4j().driver());
        Loader.Report first = loader.load(QUIET);
        Custody.Run firstRecord = custody.run(first.runId()).orElseThrow();

        Loader.Report second = loader.load(QUIET);

        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(custody.run(first.runId())).contains(firstRecord);
        assertThat(custody.files(first.runId())).isEqualTo(custody.files(second.runId()));
        assertThat(custody.runs(2)).extracting(Custody.Run::runId).containsExactly(second.runId(), first.runId());
        assertThat(GraphFingerprint.of(neo4j().driver()))
                .as("the chain of custody is not part of the graph's hash")
                .isEqualTo(graph);
    }

    @Test
    void aScriptThatFailsMidwayIsRecordedAsFailedWithWhereAndWhy() throws IOException {
        Path scripts = Files.createDirectories(temp.resolve("cypher"));
        for (Path script : list(TestNeo4j.SCRIPTS_DIR, ".cypher")) {
            Files.copy(script, scripts.resolve(script.getFileName()));
        }
        Files.writeString(
                scripts.resolve("99-broken.cypher"),
                "// fails at run time, after every other script\n" + "MATCH (p:Person) RETURN p.id / 0 AS broken;\n");
        Loader broken = TestLoaders.over(neo4j().driver(), scripts, TestNeo4j.IMPORT_DIR);

        assertThatThrownBy(() -> broken.load(QUIET))
                .isInstanceOf(SongbunException.class)
                .extracting(e -> ((SongbunException) e).exitCode())
                .isEqualTo(ExitCode.LOAD_FAILED);

        Custody.Run failed = custody.runs(1).get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("99-broken.cypher:2");
        assertThat(failed.endedAt()).isNotNull();
        assertThat(failed.statements())
                .as("statements that ran before the failure")
                .isPositive();
        assertThat(custody.files(failed.runId()))
                .extracting(Custody.RecordedFile::name)
                .contains("99-broken.cypher");
    }

    @Test
    void aLoadRefusedByTheCheckRecordsNoRunAtAll() throws IOException {
        Path importDir = copyOfTheImportFolder();
        Files.writeString(importDir.resolve("persons.csv"), "id,name\nP-X,\n");
        List<Custody.Run> before = custody.runs(10_000);

        Loader refused = TestLoaders.over(neo4j().driver(), TestNeo4j.SCRIPTS_DIR, importDir);
        assertThatThrownBy(() -> refused.load(QUIET))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("nothing was written");

        assertThat(custody.runs(10_000)).isEqualTo(before);
    }

    @Test
    void historyListsTheRunsNewestFirstAndShowsOneRunsFiles() throws Exception {
        Loader.Report report = loader.load(QUIET);

        JsonNode runs = JsonRows.parse(commands.run("history", "--limit", "1", "--format", "json"));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("run").asText()).isEqualTo(report.runId());
        assertThat(runs.get(0).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(runs.get(0).get("user").asText()).isEqualTo(System.getProperty("user.name"));
        String files = commands.run("history", "--run", report.runId());
        assertThat(files)
                .contains(
                        "Load run " + report.runId() + ": SUCCEEDED (load)",
                        "persons.csv",
                        "00-constraints.cypher",
                        custody.files(report.runId()).get(0).sha256());
    }

    @Test
    void historyRefusesARunIdItDoesNotKnowWithoutEchoingArbitraryText() {
        assertThatThrownBy(() -> commands.run("history", "--run", "LR-19990101T000000Z-abcdef"))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("No load run LR-19990101T000000Z-abcdef");
        assertThatThrownBy(() -> commands.run("history", "--run", "<script>"))
                .isInstanceOf(SongbunException.class)
                .hasMessageNotContaining("<script>")
                .extracting(e -> ((SongbunException) e).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThatThrownBy(() -> commands.run("history", "--limit", "0"))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("--limit");
    }

    @Test
    void verifyConfirmsAnUnchangedImportFolder() {
        loader.load(QUIET);

        String out = commands.run("verify");

        assertThat(out)
                .contains("All "
                        + (list(TestNeo4j.IMPORT_DIR, ".csv").size()
                                + list(TestNeo4j.SCRIPTS_DIR, ".cypher").size()) + " files")
                .contains("match load run");
        assertThat(out).doesNotContain("CHANGED", "MISSING", "ADDED");
    }

    @Test
    void verifyNamesEveryChangedMissingAndAddedFileAndExitsEight() throws IOException {
        loader.load(QUIET);
        Path importDir = copyOfTheImportFolder();
        Files.writeString(importDir.resolve("claims.csv"), "\n", StandardOpenOption.APPEND);
        Files.delete(importDir.resolve("raided.csv"));
        Files.writeString(importDir.resolve("extra.csv"), "id\n");

        assertThatThrownBy(() -> commands.run("verify", "--import-dir", importDir.toString(), "--format", "csv"))
                .isInstanceOf(SongbunException.class)
                .satisfies(e -> {
                    SongbunException failure = (SongbunException) e;
                    assertThat(failure.exitCode()).isEqualTo(ExitCode.MISMATCH);
                    assertThat(failure.getMessage())
                            .startsWith("3 of the files")
                            .contains("csv,claims.csv,CHANGED,")
                            .contains("csv,raided.csv,MISSING,")
                            .contains("csv,extra.csv,ADDED,")
                            .contains("csv,persons.csv,SAME,");
                });
    }

    private Path copyOfTheImportFolder() throws IOException {
        Path importDir = Files.createDirectories(temp.resolve("import"));
        for (Path csv : list(TestNeo4j.IMPORT_DIR, ".csv")) {
            Files.copy(csv, importDir.resolve(csv.getFileName()));
        }
        return importDir;
    }

    /** The load's files in a folder: CSVs, or the numbered scripts at its top. */
    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(f -> !suffix.equals(".cypher")
                            || f.getFileName().toString().matches("\\d+[-_].*"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
