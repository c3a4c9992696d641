package org.songbungraph.corroboration;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * The --knowledge option: keep the facts whose teller knows in one of these ways. A fact's basis is its own
 * (a claim's knowledge column) or else that of its testimony sources; a fact with none is left out.
 */
public record KnowledgeFilter(Set<String> kept) {

    /** The controlled vocabulary, as the import format gives it. */
    public static final List<String> VALUES =
            List.of("DIRECT", "HEARSAY", "RUMOUR", "DOCUMENT", "OFFICIAL", "UNSTATED");

    public static final String DESCRIPTION = "only facts whose teller knows in one of these ways, comma-separated: "
            + "DIRECT (saw or lived it), HEARSAY, RUMOUR, DOCUMENT, OFFICIAL (a regime statement) or UNSTATED; "
            + "a claim's own basis, else its testimony sources'";

    /** No option given: everything is kept. */
    public static KnowledgeFilter parse(String option) {
        if (option == null || option.isBlank()) {
            return new KnowledgeFilter(Set.of());
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String value : option.split(",")) {
            String basis = value.strip().toUpperCase(Locale.ROOT);
            if (!VALUES.contains(basis)) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "--knowledge takes " + String.join(", ", VALUES) + " (comma-separated), not '"
                                + (basis.length() <= 20
                                        ? basis.replaceAll("\\p{Cntrl}", "?")
                                        : basis.substring(0, 17) + "...")
                                + "'.");
            }
            kept.add(basis);
        }
        return new KnowledgeFilter(Set.copyOf(kept));
    }

    public boolean keeps(List<String> basis) {
        return kept.isEmpty() || basis.stream().anyMatch(kept::contains);
    }

    /** Whether the option was given, so that something may be left out. */
    public boolean filters() {
        return !kept.isEmpty();
    }

    /** The kept bases in the vocabulary's order, for a report to say what it shows. */
    public List<String> shown() {
        return VALUES.stream().filter(kept::contains).toList();
    }

    /**
     * The basis of knowledge of a fact: its own where given, else that of each of its sources that gives one
     * ({@code bySource}: source id to basis), in the sources' order.
     */
    public static List<String> basis(String own, Collection<String> sources, Map<String, String> bySource) {
        if (own != null && !own.isBlank()) {
            return List.of(own);
        }
        return sources.stream()
                .map(bySource::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
