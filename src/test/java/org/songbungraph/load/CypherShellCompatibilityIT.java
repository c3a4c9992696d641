package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.TestNeo4j;

/**
 * The cypher/ scripts are plain Cypher: the official cypher-shell runs them unchanged against a
 * standalone server, twice without changing the result, and builds exactly the graph that `load` builds.
 */
class CypherShellCompatibilityIT {

    @TempDir
    Path temp;

    @Test
    void cypherShellAndLoadBuildTheSameGraphAndLoadingTwiceChangesNothing() throws Exception {
        TestNeo4j neo4j = TestNeo4j.get();
        List<LoadScripts.Script> scripts = LoadScripts.read(TestNeo4j.SCRIPTS_DIR);

        // One cypher-shell `:source`s every script in turn, each file as it is: one JVM start instead of one per
        // script.
        Path all = Files.write(
                temp.resolve("all-scripts.cypher"),
                scripts.stream()
                        .map(script -> ":source " + script.file().toAbsolutePath())
                        .toList());
        neo4j.wipe();
        runCypherShell(neo4j, all);
        String byCypherShell = GraphFingerprint.of(neo4j.driver());
        runCypherShell(neo4j, all);
        assertThat(GraphFingerprint.of(neo4j.driver()))
                .as("cypher-shell, second run")
                .isEqualTo(byCypherShell);

        neo4j.wipe();
        Loader loader = TestLoaders.over(neo4j.driver(), TestNeo4j.SCRIPTS_DIR, TestNeo4j.IMPORT_DIR);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        loader.load(quiet);
        assertThat(GraphFingerprint.of(neo4j.driver())).as("songbun load").isEqualTo(byCypherShell);
        loader.load(quiet);
        assertThat(GraphFingerprint.of(neo4j.driver()))
                .as("songbun load, second run")
                .isEqualTo(byCypherShell);
        assertThat(byCypherShell).doesNotStartWith("0 nodes");
    }

    private static void runCypherShell(TestNeo4j neo4j, Path file) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                classpath,
                "org.neo4j.shell.Main",
                "-a",
                neo4j.boltUri(),
                "-u",
                "neo4j",
                "-p",
                TestNeo4j.PASSWORD,
                "--non-interactive",
                "--fail-fast",
                "-f",
                file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as("cypher-shell -f " + file.getFileName() + "\n" + output)
                .isZero();
    }
}
