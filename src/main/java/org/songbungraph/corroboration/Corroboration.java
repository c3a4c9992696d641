package org.songbungraph.corroboration;

import java.util.List;

/**
 * The independent origins behind one fact (docs/model.md, Corroboration). Synthetic sources never corroborate
 * real ones: they are origins only of a fact that rests on nothing else, and then count for none.
 *
 * @param origins the origins, in order of their first source id
 * @param syntheticOnly whether every source of the fact is synthetic
 */
public record Corroboration(List<Origin> origins, boolean syntheticOnly) {

    public Corroboration {
        origins = List.copyOf(origins);
    }

    /** How many independent real origins support the fact. */
    public int independent() {
        return syntheticOnly ? 0 : origins.size();
    }

    /** How many of the origins are graded at least as well as {@code worst} (A best). */
    public long gradedAtLeast(char worst) {
        return syntheticOnly
                ? 0
                : origins.stream().filter(o -> o.grade() <= worst).count();
    }

    /** The best grade among the real origins, or 'F' when there are none. */
    public char best() {
        return syntheticOnly
                ? 'F'
                : origins.stream()
                        .map(Origin::grade)
                        .filter(g -> g >= 'A' && g <= 'F')
                        .min(Character::compare)
                        .orElse('F');
    }

    /**
     * Whether the fact is weak: it rests on at most one independent origin, or only on origins graded D-F (a
     * fact on synthetic sources alone has none).
     */
    public boolean weak() {
        return independent() <= 1 || gradedAtLeast('C') == 0;
    }

    /** The origin a source of the fact belongs to, as its own source or as a relay; empty when it counts for none. */
    public java.util.Optional<Origin> originOf(String source) {
        return origins.stream()
                .filter(o -> o.sources().contains(source) || o.relays().contains(source))
                .findFirst();
    }

    /** One line per origin, as {@link Origin#chain()} gives it. */
    public List<String> chains() {
        return origins.stream().map(Origin::chain).toList();
    }
}
