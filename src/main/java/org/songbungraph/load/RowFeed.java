package org.songbungraph.load;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a CSV file on a thread of its own and hands its records over in small batches, so decoding, hashing
 * and parsing (about half the work of the import check) run beside the checks instead of before them. The
 * queue is short, so no more than a few batches are ever held. An error of the parser arrives after the
 * records read before it, as if the caller had iterated the parser itself.
 */
final class RowFeed implements AutoCloseable {

    private static final int BATCH = 512;

    /** Records with the line each starts on; {@code failure} or {@code last} ends the feed. */
    static final class Batch {
        final CSVRecord[] records = new CSVRecord[BATCH];
        final long[] lines = new long[BATCH];
        int size;
        boolean last;
        Throwable failure;
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
    private final Thread parsing;
    private boolean ended;

    private RowFeed(CSVParser parser, String file) {
        parsing = new Thread(() -> parse(parser), "check " + file);
        parsing.setDaemon(true);
    }

    static RowFeed start(CSVParser parser, String file) {
        RowFeed feed = new RowFeed(parser, file);
        feed.parsing.start();
        return feed;
    }

    private void parse(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        long linesRead = 1;
        try {
            while (true) {
                Batch batch = new Batch();
                try {
                    while (batch.size < BATCH && records.hasNext()) {
                        batch.records[batch.size] = records.next();
                        batch.lines[batch.size++] = linesRead + 1;
                        linesRead = parser.getCurrentLineNumber();
                    }
                    batch.last = batch.size < BATCH;
                } catch (Throwable e) {
                    batch.failure = e;
                }
                queue.put(batch);
                if (batch.last || batch.failure != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // The reader stopped listening (close() before the end); nothing is left to hand over.
        }
    }

    /** The next batch, or null after the last; rethrows the parser's error where it happened. */
    Batch next() {
        if (ended) {
            return null;
        }
        Batch batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
        ended = batch.last || batch.failure != null;
        return batch;
    }

    /** Rethrows what ended the parsing, once the records before it have been taken. */
    static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /** Waits for the parsing thread, stopping it first if the feed was not read to its end. */
    @Override
    public void close() {
        if (!ended) {
            parsing.interrupt();
        }
        try {
            parsing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
