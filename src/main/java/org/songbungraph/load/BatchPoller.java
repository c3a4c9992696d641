package org.songbungraph.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songbungraph.shell.QueryFile;

/**
 * Watches one running load statement from its own thread and reports how many batches of its
 * {@code CALL { } IN TRANSACTIONS} have finished.
 *
 * <p>A statement runs on the server, so the client sees no rows until it ends, and Neo4j reports no row count for a
 * running query. {@code SHOW DATABASES}' {@code lastCommittedTxn} is null on 5.26 Community. What the server does
 * show is each running transaction: the statement's own, found by the metadata the Loader tags it with, and the
 * batch now running, whose id comes from the same per-database counter. Batch k runs as the statement's id + k as
 * long as nothing else opens a transaction on that database meanwhile, so the count holds on the embedded server and
 * on a quiet remote one, and it counts batches that change nothing (a reload of the same data) too. Other clients,
 * or the token transactions of a first load, only make it run ahead; the bar caps it and the Loader sets the exact
 * total when the statement ends.
 */
final class BatchPoller implements AutoCloseable {

    static final String THREAD_NAME = "songbun-load-progress";
    /** The transaction metadata key the Loader tags each statement with. */
    static final String TAG = "songbunLoad";

    private static final Logger log = LoggerFactory.getLogger(BatchPoller.class);

    /** One row of {@code SHOW TRANSACTIONS}: a tagged statement, or a batch of some statement. */
    record Running(String id, String outerId, boolean tagged) {}

    private final Driver driver;
    private final String tag;
    private final Duration interval;
    private final LongConsumer batchesDone;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    private BatchPoller(Driver driver, String tag, Duration interval, LongConsumer batchesDone) {
        this.driver = driver;
        this.tag = tag;
        this.interval = interval;
        this.batchesDone = batchesDone;
        this.thread = new Thread(this::poll, THREAD_NAME);
        this.thread.setDaemon(true);
    }

    /** Starts polling every {@code interval} until {@link #close()}; {@code batchesDone} hears each new count. */
    static BatchPoller start(Driver driver, String tag, Duration interval, LongConsumer batchesDone) {
        BatchPoller poller = new BatchPoller(driver, tag, interval, batchesDone);
        poller.thread.start();
        return poller;
    }

    /** Stops polling and waits for the thread to end, so no poller outlives its statement, failed or not. */
    @Override
    public void close() {
        stop.countDown();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
            long reported = -1;
            while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                OptionalLong done = batchesDone(session, tag);
                if (done.isPresent() && done.getAsLong() > reported) {
                    reported = done.getAsLong();
                    batchesDone.accept(reported);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Progress is a courtesy: without it (say, no access to SHOW TRANSACTIONS) the bar completes at the end.
            log.debug("Load progress polling stopped: {}", e.getMessage());
        }
    }

    /** Asks the server once; empty while the statement or its next batch is not running. */
    static OptionalLong batchesDone(Session system, String tag) {
        List<Running> running = system.run(QueryFile.load("load/running-batches.cypher"), Map.of("tag", tag))
                .list(r -> new Running(
                        r.get("transactionId").asString(),
                        r.get("outerTransactionId").asString(""),
                        r.get("tagged").asBoolean(false)));
        return batchesDone(running);
    }

    /** Batches finished before the earliest one still running (with CONCURRENT batches, a lower bound). */
    static OptionalLong batchesDone(List<Running> running) {
        Optional<Running> statement = running.stream().filter(Running::tagged).findFirst();
        if (statement.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong outer = sequence(statement.get().id());
        OptionalLong firstRunning = running.stream()
                .filter(t -> t.outerId().equals(statement.get().id()))
                .map(t -> sequence(t.id()))
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        if (outer.isEmpty() || firstRunning.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, firstRunning.getAsLong() - outer.getAsLong() - 1));
    }

    /** 42 from {@code neo4j-transaction-42}. */
    static OptionalLong sequence(String transactionId) {
        try {
            return OptionalLong.of(Long.parseLong(transactionId.substring(transactionId.lastIndexOf('-') + 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
