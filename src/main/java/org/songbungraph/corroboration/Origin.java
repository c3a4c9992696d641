package org.songbungraph.corroboration;

import java.util.List;

/**
 * One independent origin behind a fact: the sources it rests on (one, or several testimonies of the same
 * witness), the fact's other sources that only relay it, and its grade, the best reliability along that chain.
 *
 * @param witness who gave the testimony (a protected person by witness code), or null for a document
 * @param sources the origin's own sources, by id
 * @param relays the fact's sources that reach one of them through CITES, nearest first
 * @param grade Admiralty reliability A-F of the best graded source in the chain ('?' for a source not known)
 * @param synthetic whether the origin is invented illustrative material
 */
public record Origin(String witness, List<String> sources, List<String> relays, char grade, boolean synthetic) {

    public Origin {
        sources = List.copyOf(sources);
        relays = List.copyOf(relays);
    }

    /**
     * {@code S-DNK-INF-SPYONGAN <- S-DNK-KAECHON, S-DTN-REPUBLICATION (witness W-0001, B)}: the origin, the sources
     * relaying it (nearest first), who gave it, and its grade.
     */
    public String chain() {
        StringBuilder text = new StringBuilder(String.join(" + ", sources));
        if (!relays.isEmpty()) {
            text.append(" <- ").append(String.join(", ", relays));
        }
        text.append(" (");
        if (witness != null) {
            text.append("witness ").append(witness).append(", ");
        }
        if (synthetic) {
            text.append("synthetic, ");
        }
        return text.append(grade).append(')').toString();
    }
}
