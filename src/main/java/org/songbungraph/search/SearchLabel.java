package org.songbungraph.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/** What `search --label` can narrow the search to, in the order results of equal rank are listed. */
enum SearchLabel {
    PERSON,
    FAMILY,
    UNIT,
    MARKET,
    PLACE,
    SOURCE;

    /** The word used in --label, in the output's label column and in the candidates query. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Neo4j label of these nodes. */
    String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    static SearchLabel of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** Parses --label: one label, or all of them for "all". */
    static Set<SearchLabel> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("all")) {
            return EnumSet.allOf(SearchLabel.class);
        }
        for (SearchLabel label : values()) {
            if (label.word().equals(wanted)) {
                return EnumSet.of(label);
            }
        }
        throw new SongbunException(
                ExitCode.BAD_INPUT,
                "--label must be all, "
                        + Arrays.stream(values()).map(SearchLabel::word).collect(Collectors.joining(", ")) + ".");
    }
}
