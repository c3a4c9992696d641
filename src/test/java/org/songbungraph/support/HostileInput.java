package org.songbungraph.support;

import java.util.List;

/**
 * Strings an analyst's command must treat as plain data when passed as ids, grades or text: Cypher
 * injection attempts, parameter and identifier syntax, Hangul, confusables, direction marks, a NUL and a
 * 100 kB string.
 */
public final class HostileInput {

    private HostileInput() {}

    public static List<String> strings() {
        return List.of(
                "' OR 1=1 //",
                "\" OR 1=1 //",
                "}) DETACH DELETE n //",
                "x'}) MATCH (n) DETACH DELETE n //",
                "$x",
                "`x`",
                "박예시남",
                "Р-SYN-РAK-08", // Cyrillic Р, looks like P-SYN-PAK-08
                "\u202EP-SYN-PAK-08\u202C",
                "P-SYN-PAK-08\u0000",
                "A".repeat(100_000));
    }
}
