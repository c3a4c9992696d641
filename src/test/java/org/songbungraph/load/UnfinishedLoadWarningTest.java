package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songbungraph.connection.Connection;
import org.songbungraph.custody.Custody;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * A start that does not own the store (here: remote mode) cannot tell an interrupted load from one still running
 * in another process, so it warns and leaves the run as it is.
 */
class UnfinishedLoadWarningTest extends GraphTest {

    @Autowired
    FirstStartLoad firstStart;

    @Autowired
    Custody custody;

    @Autowired
    Connection connection;

    @Test
    void aStartThatDoesNotOwnTheStoreWarnsOfAnUnfinishedLoadAndLeavesItRunning() {
        ShippedData.ensureLoaded();
        assertThat(connection.mode()).isEqualTo(Connection.Mode.REMOTE);
        String runId = custody.begin("load", TestNeo4j.IMPORT_DIR, TestNeo4j.SCRIPTS_DIR, List.of());
        try {
            String warning = stderrOf(() -> firstStart.run(new DefaultApplicationArguments("stats")));
            String quietForLoad = stderrOf(() -> firstStart.run(new DefaultApplicationArguments("load")));
            String quietForCsvCommands = stderrOf(() -> {
                firstStart.run(new DefaultApplicationArguments("check"));
                firstStart.run(new DefaultApplicationArguments("generate", "--people", "10"));
            });

            assertThat(warning)
                    .contains("Warning: Load run " + runId)
                    .contains("has not finished")
                    .contains("still running in another process");
            assertThat(quietForLoad).as("`load` itself needs no warning").isEmpty();
            assertThat(quietForCsvCommands)
                    .as("check and generate never read the graph")
                    .isEmpty();
            assertThat(custody.unfinished()).extracting(Custody.Run::runId).contains(runId);
        } finally {
            custody.failed(runId, "test run, closed by the test", new Custody.Outcome(0, 0, 0, 0));
        }
        assertThat(stderrOf(() -> firstStart.run(new DefaultApplicationArguments("stats"))))
                .isEmpty();
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
