package org.songbungraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.SongbunProcess;
import org.songbungraph.support.SongbunProcess.Result;
import org.songbungraph.support.TestNeo4j;

/**
 * A load killed with SIGKILL at a random point leaves a store that opens cleanly, and `load` then repairs it to
 * exactly the graph a clean load builds.
 */
class CrashRecoveryIT {

    @TempDir
    Path temp;

    @Test
    void aFirstStartLoadKilledRightAfterRecordingItsRunIsMarkedInterruptedAndFinishedAtTheNextStart() throws Exception {
        ShippedData.ensureLoaded();
        String clean = GraphFingerprint.of(TestNeo4j.get().driver());
        Path data = temp.resolve("data");
        SongbunProcess songbun = SongbunProcess.inDataDir(data);

        // The run is recorded before the load writes anything else, so this kill always lands mid-load.
        var first = songbun.startAndAwait("SHA-256 of", Duration.ofMinutes(3), "stats");
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

        Result reopened = songbun.run("history", "--format", "csv");
        assertThat(reopened.exitCode()).as(reopened.all()).isZero();
        assertThat(reopened.stderr()).contains("was interrupted: loading the shipped dataset again");
        assertThat(reopened.stdout())
                .containsPattern("LR-[^,]+,INTERRUPTED,first-start,[^,]+,,")
                .containsPattern("LR-[^,]+,SUCCEEDED,first-start,");
        assertThat(fingerprint(songbun, data)).isEqualTo(clean);

        Result later = songbun.run("stats");
        assertThat(later.stderr())
                .as("the interrupted run is reported once, not at every start")
                .doesNotContain("interrupted");
    }

    @RepeatedTest(1)
    void aLoadKilledAtARandomPointIsFinishedAtTheNextStartAndRepairedByTheNextLoad() throws Exception {
        ShippedData.ensureLoaded();
        String clean = GraphFingerprint.of(TestNeo4j.get().driver());
        Path data = temp.resolve("data");
        SongbunProcess songbun = SongbunProcess.inDataDir(data);

        // A first start on an empty store loads the shipped dataset; kill it somewhere in that work.
        long killAfter = ThreadLocalRandom.current().nextLong(4_000, 20_000);
        Process first = songbun.launch("stats");
        boolean finished = first.waitFor(killAfter, TimeUnit.MILLISECONDS);
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        System.out.println(
                "CrashRecoveryIT: SIGKILL after " + killAfter + " ms" + (finished ? " (it had already finished)" : ""));

        // The next start owns the store, so a run still marked RUNNING was interrupted: it says so, and finishes
        // an interrupted first-start load by itself.
        Result reopened = songbun.run("history", "--format", "csv");
        assertThat(reopened.exitCode())
                .as("the store opens after SIGKILL\n" + reopened.all())
                .isZero();
        if (reopened.stdout().contains(",INTERRUPTED,first-start,")) {
            assertThat(reopened.stderr()).contains("was interrupted: loading the shipped dataset again");
            assertThat(reopened.stdout()).contains(",SUCCEEDED,first-start,");
        }
        assertThat(fingerprint(songbun, data))
                .as("after SIGKILL at " + killAfter + " ms and a restart")
                .isEqualTo(clean);

        Result load = songbun.run("load");
        assertThat(load.exitCode()).as(load.all()).isZero();
        assertThat(load.stderr()).doesNotContain("Warning");
        assertThat(fingerprint(songbun, data))
                .as("after SIGKILL at " + killAfter + " ms and a new load")
                .isEqualTo(clean);
    }

    private static String fingerprint(SongbunProcess songbun, Path data) throws Exception {
        var serve = songbun.serve();
        try (Driver driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + songbun.env("SONGBUN_BOLT_PORT"),
                AuthTokens.basic(
                        "neo4j", Files.readString(data.resolve("password")).strip()))) {
            return GraphFingerprint.of(driver);
        } finally {
            serve.stop();
        }
    }
}
