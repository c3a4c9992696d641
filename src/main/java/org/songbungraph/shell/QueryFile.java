package org.songbungraph.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The application's own queries: one purpose per .cypher file under resources/queries/, with $parameters. */
public final class QueryFile {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private QueryFile() {}

    /** The text of queries/{name}, e.g. {@code stats/node-counts.cypher}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, QueryFile::read);
    }

    private static String read(String name) {
        String path = "/queries/" + name;
        try (InputStream in = QueryFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
