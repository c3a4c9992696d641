package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.songbungraph.support.TestNeo4j;

/** Batches done of a running statement, from the transactions the server shows. */
class BatchPollerTest {

    @Test
    void countsTheBatchesBeforeTheOneRunning() {
        List<BatchPoller.Running> running = List.of(
                new BatchPoller.Running("neo4j-transaction-34", "", true),
                new BatchPoller.Running("neo4j-transaction-40", "neo4j-transaction-34", false),
                new BatchPoller.Running("neo4j-transaction-77", "neo4j-transaction-70", false));

        assertThat(BatchPoller.batchesDone(running)).hasValue(5);
    }

    @Test
    void withConcurrentBatchesCountsOnlyThoseBeforeTheEarliestStillRunning() {
        List<BatchPoller.Running> running = List.of(
                new BatchPoller.Running("neo4j-transaction-43", "neo4j-transaction-34", false),
                new BatchPoller.Running("neo4j-transaction-34", "", true),
                new BatchPoller.Running("neo4j-transaction-41", "neo4j-transaction-34", false));

        assertThat(BatchPoller.batchesDone(running)).hasValue(6);
    }

    @Test
    void knowsNothingBetweenBatchesOrWhenTheStatementIsNotRunning() {
        assertThat(BatchPoller.batchesDone(List.of(new BatchPoller.Running("neo4j-transaction-34", "", true))))
                .isEmpty();
        assertThat(BatchPoller.batchesDone(
                        List.of(new BatchPoller.Running("neo4j-transaction-40", "neo4j-transaction-34", false))))
                .isEmpty();
        assertThat(BatchPoller.sequence("neo4j-transaction-x")).isEmpty();
    }

    /**
     * On the real server: batches 1 and 2 commit without changing anything (as in a reload), batch 3 waits for a lock
     * the test holds, so the poller must report exactly 2 batches done and then stop with its statement.
     */
    @Test
    void reportsBatchesThatChangeNothingWhileTheStatementRuns() throws Exception {
        TestNeo4j neo4j = TestNeo4j.get();
        String tag = "test " + System.nanoTime();
        List<Long> reported = new CopyOnWriteArrayList<>();
        try (Session setup = neo4j.driver().session()) {
            setup.run("MERGE (l:ProgressLock {id: 'lock'}) SET l.v = 0").consume();
        }
        CompletableFuture<Void> statement;
        try (Session holder = neo4j.driver().session();
                Transaction lock = holder.beginTransaction()) {
            lock.run("MATCH (l:ProgressLock) SET l.v = -1").consume();
            try (BatchPoller poller = BatchPoller.start(neo4j.driver(), tag, Duration.ofMillis(20), reported::add)) {
                statement = CompletableFuture.runAsync(() -> {
                    try (Session session = neo4j.driver().session()) {
                        session.run(
                                        "UNWIND range(1, 5) AS i CALL (i) { WITH i WHERE i = 3 MATCH (l:ProgressLock) SET l.v = i }"
                                                + " IN TRANSACTIONS OF 1 ROWS",
                                        TransactionConfig.builder()
                                                .withMetadata(Map.of(BatchPoller.TAG, tag))
                                                .build())
                                .consume();
                    }
                });
                // Batch 3 waits for the lock until the test lets go, so the count settles at 2 and stays there.
                for (int polls = 0; !reported.contains(2L) && polls < 3000; polls++) {
                    Thread.sleep(10);
                }
            }
            assertThat(reported)
                    .as("counts reported while batch 3 waited")
                    .isNotEmpty()
                    .isSorted()
                    .last()
                    .isEqualTo(2L);
            lock.rollback();
        }
        statement.get();
        assertThat(pollerThreads()).isZero();
        try (Session cleanup = neo4j.driver().session()) {
            assertThat(cleanup.run("MATCH (l:ProgressLock) WITH l, l.v AS v DETACH DELETE l RETURN v")
                            .single()
                            .get("v")
                            .asLong())
                    .as("batch 3 ran after the lock was released")
                    .isEqualTo(3);
        }
    }

    static long pollerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(BatchPoller.THREAD_NAME) && t.isAlive())
                .count();
    }

    @Test
    void pollingOnceFindsNothingForATagNoStatementCarries() {
        try (Session system = TestNeo4j.get().driver().session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
            assertThat(BatchPoller.batchesDone(system, "no statement has this tag"))
                    .isEqualTo(OptionalLong.empty());
        }
    }
}
