package org.songbungraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.support.SongbunProcess;
import org.songbungraph.support.SongbunProcess.Result;
import org.songbungraph.support.TestNeo4j;

/** The packaged jar, driven from outside as the README tells a user to. */
class CommandLineIT {

    @TempDir
    static Path shared;

    static SongbunProcess songbun;
    static Result firstStart;

    @BeforeAll
    static void firstStartOnAFreshDataDirectory() {
        songbun = SongbunProcess.inDataDir(shared.resolve("data"));
        firstStart = songbun.run("stats", "--format", "csv");
    }

    @Test
    void firstStartLoadsTheShippedDatasetAndStatsPrintsCounts() {
        assertThat(firstStart.exitCode()).as(firstStart.all()).isZero();
        assertThat(firstStart.stderr())
                .contains("The database is empty: loading the shipped dataset")
                .contains("Loaded ");
        assertThat(firstStart.stdout())
                .startsWith("kind,name,count\n")
                .contains("label,Person,")
                .contains("label,Source,")
                .contains("relationship,CHILD_OF,");
    }

    @Test
    void laterStartsDoNotLoadAgainAndSeeTheSameGraphFromTheFatJarToo() {
        // The other cases run the layout ./songbun runs; the README also offers `java -jar`.
        Result again = songbun.asFatJar().run("stats", "--format", "csv");

        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.stderr()).doesNotContain("loading the shipped dataset");
        assertThat(again.stdout()).isEqualTo(firstStart.stdout());
    }

    @Test
    void anUnknownOptionExitsTwoAndPointsToHelp() {
        Result result = songbun.run("stats", "--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.all()).contains("--bogus").contains("help stats").doesNotContain("Exception");
    }

    @Test
    void aWriteWithoutWriteIsRefusedWithExitFourAndNoStackTrace() {
        Result result = songbun.run("cypher", "--query", "CREATE (:Refused {id: 'x'})");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stderr().strip())
                .startsWith("Error: Refused")
                .contains("--write")
                .doesNotContain("\tat ");
    }

    @Test
    void debugShowsTheStackTrace() {
        Result result = songbun.run("--debug", "cypher", "--query", "MATC (n) RETURN n");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr()).contains("Error: The query failed").contains("\tat ");
    }

    @Test
    void keepsQuotesAndSpacesInArgumentsExactlyAsGiven() {
        Result result = songbun.run(
                "cypher",
                "--query",
                "RETURN $ids AS ids, $who AS who, \"a, b\" AS text",
                "--param",
                "ids=['P 1', 'P,2']",
                "--param",
                "who=it's \"me\"",
                "--format",
                "json");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.stdout())
                .contains("\"ids\" : [ \"P 1\", \"P,2\" ]")
                .contains("\"who\" : \"it's \\\"me\\\"\"")
                .contains("\"text\" : \"a, b\"");
    }

    @Test
    void runsTheInteractiveShellWhenNoCommandIsGiven() throws Exception {
        Path data = shared.resolve("interactive");
        SongbunProcess interactive = SongbunProcess.inDataDir(data).env("SONGBUN_LOAD_ON_EMPTY", "false");
        Result result = interactive.runWithInput("stats\nexit\n");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.stdout())
                .contains("songbun-graph: embedded Neo4j at bolt://127.0.0.1:")
                .contains("Neo4j Browser: http://127.0.0.1:")
                .contains("(no rows)");
    }

    @Test
    void oneShotCommandsReuseARunningServeOverBolt() throws Exception {
        Path data = shared.resolve("served");
        SongbunProcess server = SongbunProcess.inDataDir(data);
        var serve = server.startAndAwait("Serving until interrupted", Duration.ofMinutes(3), "serve");
        try {
            assertThat(serve.output())
                    .contains("Neo4j Browser: http://127.0.0.1:" + server.env("SONGBUN_HTTP_PORT") + "/browser/")
                    .contains("user neo4j")
                    .doesNotContain(Files.readString(data.resolve("password")).strip());

            // Same data directory, other ports: it must attach, not try to open the store.
            Result attached = SongbunProcess.inDataDir(data)
                    .run("cypher", "--write", "--query", "MERGE (n:ServeCheck {id: 'attached'}) RETURN n.id AS id");
            assertThat(attached.exitCode()).as(attached.all()).isZero();
            assertThat(attached.stderr()).contains("Using the songbun server already running");

            // Remote mode against the serve process, as against any Neo4j server.
            Result remote = SongbunProcess.inDataDir(shared.resolve("remote-client"))
                    .env("SONGBUN_NEO4J_URI", "bolt://127.0.0.1:" + server.env("SONGBUN_BOLT_PORT"))
                    .env(
                            "SONGBUN_PASSWORD",
                            Files.readString(data.resolve("password")).strip())
                    .run("cypher", "--query", "MATCH (n:ServeCheck) RETURN n.id AS id", "--format", "csv");
            assertThat(remote.exitCode()).as(remote.all()).isZero();
            assertThat(remote.stdout()).isEqualTo("id\nattached\n");

            // The analyst commands work the same way against the served database, and Korean names come out
            // as UTF-8 even under the C locale of a cron job or container.
            Result trace = SongbunProcess.inDataDir(shared.resolve("remote-client"))
                    .env("SONGBUN_NEO4J_URI", "bolt://127.0.0.1:" + server.env("SONGBUN_BOLT_PORT"))
                    .env(
                            "SONGBUN_PASSWORD",
                            Files.readString(data.resolve("password")).strip())
                    .env("LANG", "C")
                    .env("LC_ALL", "C")
                    .run("trace", "--family", "F-SYN-CHONG", "--format", "csv");
            assertThat(trace.exitCode()).as(trace.all()).isZero();
            assertThat(trace.stdout())
                    .contains("songbun,P-SYN-CHONG-08,Chong Example-bin,")
                    .contains("W-0101")
                    .contains("정예시빈")
                    .doesNotContain("Hidden");
            Result unknown = SongbunProcess.inDataDir(data).run("person", "--id", "P-SYN-CHONG-6");
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.stderr())
                    .contains("No person has the id 'P-SYN-CHONG-6'")
                    .contains("P-SYN-CHONG-06");

            Result serveAgain = SongbunProcess.inDataDir(data).run("serve");
            assertThat(serveAgain.exitCode()).isEqualTo(6);
            assertThat(serveAgain.stderr()).contains("already serves this data directory");
        } finally {
            long stopping = System.nanoTime();
            assertThat(serve.stop()).isNotEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - stopping))
                    .as("stop after SIGTERM")
                    .isLessThan(Duration.ofSeconds(60));
        }
        assertThat(Files.exists(data.resolve("endpoint.properties"))).isFalse();
    }

    @Test
    void aDataDirectoryHeldByAProcessThatDoesNotServeGetsAClearMessage() throws IOException {
        Path data = shared.resolve("held");
        Files.createDirectories(data);
        try (FileChannel channel = FileChannel.open(
                        data.resolve("songbun.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Result result = SongbunProcess.inDataDir(data).run("stats");

            assertThat(result.exitCode()).isEqualTo(6);
            assertThat(result.stderr().strip())
                    .startsWith("Error: The data directory")
                    .contains("in use by another songbun process")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aRefusedPasswordAndAnUnreachableServerAreReportedAsUnavailable() {
        Result refused = SongbunProcess.inDataDir(shared.resolve("nowhere"))
                .env("SONGBUN_NEO4J_URI", TestNeo4j.get().boltUri())
                .env("SONGBUN_PASSWORD", "not-the-password")
                .run("stats");
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.stderr().strip())
                .startsWith("Error: The password was refused")
                .contains("SONGBUN_PASSWORD");

        Result unreachable = SongbunProcess.inDataDir(shared.resolve("nowhere"))
                .env("SONGBUN_NEO4J_URI", "bolt://127.0.0.1:" + TestNeo4j.freePort())
                .env("SONGBUN_PASSWORD", "whatever")
                .run("stats");
        assertThat(unreachable.exitCode()).isEqualTo(5);
        assertThat(unreachable.stderr().strip())
                .startsWith("Error: Cannot reach the Neo4j server at bolt://127.0.0.1:");

        Result notAUri = SongbunProcess.inDataDir(shared.resolve("nowhere"))
                .env("SONGBUN_NEO4J_URI", "http://example.invalid")
                .env("SONGBUN_PASSWORD", "whatever")
                .run("stats");
        assertThat(notAUri.exitCode()).isEqualTo(2);
        assertThat(notAUri.stderr()).contains("is not a bolt://, neo4j:// or neo4j+s:// URI");
    }
}
