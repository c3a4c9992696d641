package org.songbungraph.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Finds a text in raw bytes, in each encoding a store, a log or an export could hold it in. */
public final class ByteSearch {

    public static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private ByteSearch() {}

    /** The encodings in which {@code text} occurs in {@code bytes}; empty when it is in none. */
    public static List<Charset> encodingsOf(String text, byte[] bytes) {
        // ISO-8859-1 maps each byte to one char and back, so a String search is a byte search.
        String haystack = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Charset> found = new ArrayList<>();
        for (Charset encoding : ENCODINGS) {
            if (haystack.contains(new String(text.getBytes(encoding), StandardCharsets.ISO_8859_1))) {
                found.add(encoding);
            }
        }
        return found;
    }
}
