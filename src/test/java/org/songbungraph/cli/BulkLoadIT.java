package org.songbungraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.support.SongbunProcess;
import org.songbungraph.support.SongbunProcess.Result;
import org.songbungraph.support.TestNeo4j;

/**
 * `load --bulk` (Neo4j's own importer) and `load` (the Cypher scripts) give the same graph from the shipped data:
 * the JSON exports of the two stores, which carry every label, property and value type, are the same bytes.
 */
class BulkLoadIT {

    @TempDir
    Path temp;

    @Test
    void bulkImporterBuildsTheGraphTheLoadScriptsBuild() throws IOException {
        SongbunProcess scripted = SongbunProcess.inDataDir(temp.resolve("scripted"));
        assertThat(scripted.run("load").exitCode()).isZero();
        Path byScripts = temp.resolve("by-scripts");
        exports(scripted, byScripts);

        SongbunProcess bulk = SongbunProcess.inDataDir(temp.resolve("bulk"));
        Result load = bulk.run("load", "--bulk");
        assertThat(load.exitCode()).as(load.all()).isZero();
        assertThat(load.stdout()).contains("Bulk-imported 34 CSV files").contains("load run LR-");
        assertThat(load.stderr()).as("the importer's own report").contains("IMPORT DONE");
        assertThat(load.stderr())
                .as("the importer wrote the staged search keys, so the pass after it finds them all current")
                .containsPattern("search keys\\s+0 nodes given new search keys");
        assertThat(temp.resolve("bulk").resolve("bulk").resolve("rows"))
                .as("staged rows are deleted without --keep-staged")
                .doesNotExist();
        Path byImporter = temp.resolve("by-importer");
        exports(bulk, byImporter);

        assertThat(Files.readString(byImporter.resolve("graph.json"))).contains("\"Mine\"");
        sameBytes(byScripts, byImporter);
        // The export leaves out the Protected label (it follows from `protection`) and the search keys; one query
        // per store shows both, node by node (a process each costs a JVM and a server start).
        String notExported = """
                CALL () {
                  MATCH (n:Protected) RETURN 'Protected' AS id, toString(count(n)) AS words, null AS skeletons,
                                             null AS keysOf
                  UNION ALL
                  MATCH (n) WHERE n.searchKeysOf IS NOT NULL
                  RETURN n.id AS id, n.searchWords AS words, n.searchSkeletons AS skeletons, n.searchKeysOf AS keysOf
                }
                RETURN id, words, skeletons, keysOf ORDER BY id""";
        Result scriptedKeys = scripted.run("cypher", "--query", notExported, "--format", "csv");
        assertThat(scriptedKeys.exitCode()).as(scriptedKeys.all()).isZero();
        assertThat(scriptedKeys.stdout()).contains("Protected,6,,");
        assertThat(scriptedKeys.stdout().lines().count()).isGreaterThan(100);
        assertThat(bulk.run("cypher", "--query", notExported, "--format", "csv").stdout())
                .isEqualTo(scriptedKeys.stdout());

        Result history = bulk.run("history", "--format", "csv");
        assertThat(history.stdout()).contains("bulk").contains("SUCCEEDED");
        assertThat(Files.readAllLines(temp.resolve("bulk").resolve("bulk").resolve("import.args")))
                .contains("database", "import", "full", "neo4j")
                .anyMatch(arg -> arg.startsWith("--nodes=Person="));
    }

    @Test
    void refusesAStoreThatAlreadyHoldsAGraph() {
        SongbunProcess process = SongbunProcess.inDataDir(temp.resolve("loaded"));
        assertThat(process.run("stats").exitCode()).isZero();

        Result bulk = process.run("load", "--bulk");

        assertThat(bulk.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(bulk.stderr()).contains("already holds").contains("SONGBUN_DATA_DIR");
    }

    @Test
    void anIdTheImporterWouldRefuseIsRefusedBeforeItRunsAndTheStoreStaysEmpty() throws IOException {
        // The importer keeps one id space for all nodes; `check` now holds ids to the same rule, so the load is refused
        // before the importer starts.
        Path folder = copyOfShippedImport();
        Path families = folder.resolve("families.csv");
        List<String> lines = Files.readAllLines(families);
        String firstPerson =
                Files.readAllLines(folder.resolve("persons.csv")).get(1).split(",")[0];
        String duplicate = firstPerson + lines.get(1).substring(lines.get(1).indexOf(','));
        Files.write(
                families, Stream.concat(lines.stream(), Stream.of(duplicate)).toList());

        SongbunProcess process =
                SongbunProcess.inDataDir(temp.resolve("failed")).env("SONGBUN_IMPORT_DIR", folder.toString());
        Result bulk = process.run("load", "--bulk");

        assertThat(bulk.exitCode()).as(bulk.all()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(bulk.stderr()).contains("nothing was written").contains("duplicate id '" + firstPerson + "'");
        // Not loading on this start is the point: the store must still be empty after the failed import.
        Result stats = process.env("SONGBUN_LOAD_ON_EMPTY", "false")
                .run("cypher", "--query", "MATCH (n) RETURN count(n) AS nodes", "--format", "csv");
        assertThat(stats.stdout()).as(stats.all()).contains("nodes\n0");
        assertThat(temp.resolve("failed").resolve("bulk").resolve("rows")).doesNotExist();
    }

    private static void exports(SongbunProcess process, Path out) {
        Result export = process.run("export", "--out", out.toString(), "--format", "json");
        assertThat(export.exitCode()).as(export.all()).isZero();
    }

    private Path copyOfShippedImport() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("import"));
        try (Stream<Path> files = Files.list(TestNeo4j.IMPORT_DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    private static void sameBytes(Path a, Path b) throws IOException {
        List<String> files = names(a);
        assertThat(files).contains("graph.json", "MANIFEST.sha256");
        assertThat(names(b)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readString(b.resolve(file))).as(file).isEqualTo(Files.readString(a.resolve(file)));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
