package org.songbungraph.load;

import java.io.OutputStream;
import java.io.PrintStream;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.TestNeo4j;

/**
 * Puts the shipped dataset into the shared test server, for tests that read it. Tests that wipe or change
 * the graph leave it different; the fingerprint notices and the next reader gets a clean reload.
 */
public final class ShippedData {

    private static String loaded;

    private ShippedData() {}

    public static synchronized void ensureLoaded() {
        TestNeo4j neo4j = TestNeo4j.get();
        if (loaded != null && loaded.equals(GraphFingerprint.of(neo4j.driver()))) {
            return;
        }
        neo4j.wipe();
        TestLoaders.over(neo4j.driver(), TestNeo4j.SCRIPTS_DIR, TestNeo4j.IMPORT_DIR)
                .load(new PrintStream(OutputStream.nullOutputStream()));
        loaded = GraphFingerprint.of(neo4j.driver());
    }
}
