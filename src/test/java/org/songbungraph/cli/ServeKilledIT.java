package org.songbungraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.SongbunProcess;
import org.songbungraph.support.TestNeo4j;

/**
 * A `serve` killed with SIGKILL (power cut, OOM killer) while idle leaves a store that the next start opens with
 * the same graph, and a stale endpoint file that no later command mistakes for a running server.
 * A kill during a load is CrashRecoveryIT's.
 */
class ServeKilledIT {

    @TempDir
    Path temp;

    @Test
    void anIdleServeKilledWithSigkillReopensWithTheSameGraph() throws Exception {
        ShippedData.ensureLoaded();
        String clean = GraphFingerprint.of(TestNeo4j.get().driver());
        Path data = temp.resolve("data");

        SongbunProcess first = SongbunProcess.inDataDir(data);
        var killed = first.serve();
        killed.process().destroyForcibly();
        assertThat(killed.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(data.resolve("endpoint.properties"))
                .as("left behind by the kill")
                .exists();

        // No first-start load this time: a store emptied by the kill must show, not be quietly refilled.
        SongbunProcess second = SongbunProcess.inDataDir(data).env("SONGBUN_LOAD_ON_EMPTY", "false");
        var serve = second.serve();
        try (Driver driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + second.env("SONGBUN_BOLT_PORT"),
                AuthTokens.basic(
                        "neo4j", Files.readString(data.resolve("password")).strip()))) {
            assertThat(GraphFingerprint.of(driver))
                    .as("after SIGKILL of an idle serve")
                    .isEqualTo(clean);
        } finally {
            assertThat(serve.stop()).isNotEqualTo(-1);
        }
    }
}
