package org.songbungraph.lineage;

import java.util.List;

/**
 * What a statement of a report rests on: its sources and its own credibility grade. Kept beside each statement
 * rather than inside its text, so the tree prints it as refs such as {@code [S-COI-CRP1-2014 B2]} and JSON as data.
 */
public record Evidence(List<String> sources, Integer credibility) {

    /** For headings and other statements that assert nothing a source must back. */
    static final Evidence NONE = new Evidence(List.of(), null);

    public Evidence {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }
}
