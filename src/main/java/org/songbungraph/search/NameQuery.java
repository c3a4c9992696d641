package org.songbungraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A search text, prepared once and compared with each candidate name in two ways: as typed (up to case and
 * accents, any part of the name) and as a romanisation skeleton (whole words only, so that "Ri" does not match
 * inside "list"). The better of the two wins; on a tie, the match as typed.
 */
final class NameQuery {

    /** How much of a name the text matched; the order is the order of the results. */
    enum Tier {
        EXACT,
        PREFIX,
        SUBSTRING;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a name may be matched. */
    enum Mode {
        /** A name: as typed or as a romanisation variant, in full or in part. */
        NAME,
        /** An id or code: as typed, in full or in part; ids are codes, not romanised words. */
        CODE,
        /** A protected person's witness code or id: as typed and in full (a partial id can carry a family name). */
        WHOLE_CODE
    }

    /** One way the text matched a name; {@code variantOf} is the part of the name a variant spelling matched. */
    record Found(Tier tier, String variantOf) {

        boolean isVariant() {
            return variantOf != null;
        }

        boolean isBetterThan(Found other) {
            return tier.compareTo(other.tier) < 0 || tier == other.tier && !isVariant() && other.isVariant();
        }
    }

    private final String literal;
    private final String skeleton;

    NameQuery(String text) {
        this.literal = Romanisation.fold(text);
        this.skeleton = Romanisation.skeleton(text);
    }

    String literal() {
        return literal;
    }

    String skeleton() {
        return skeleton;
    }

    /** True when nothing is left to compare, e.g. the text held only control or format characters. */
    boolean isEmpty() {
        return literal.isEmpty() && skeleton.isEmpty();
    }

    /** The best way the text matches the name, if any. */
    Optional<Found> match(String name, Mode mode) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<Found> asTyped = asTyped(name);
        if (mode == Mode.WHOLE_CODE) {
            return asTyped.filter(f -> f.tier() == Tier.EXACT);
        }
        Optional<Found> variant = mode == Mode.NAME ? variant(name) : Optional.empty();
        if (asTyped.isPresent() && variant.isPresent()) {
            return variant.get().isBetterThan(asTyped.get()) ? variant : asTyped;
        }
        return asTyped.isPresent() ? asTyped : variant;
    }

    private Optional<Found> asTyped(String name) {
        if (literal.isEmpty()) {
            return Optional.empty();
        }
        String folded = Romanisation.fold(name);
        if (folded.equals(literal)) {
            return Optional.of(new Found(Tier.EXACT, null));
        }
        if (folded.startsWith(literal)) {
            return Optional.of(new Found(Tier.PREFIX, null));
        }
        return folded.contains(literal) ? Optional.of(new Found(Tier.SUBSTRING, null)) : Optional.empty();
    }

    /** The text's skeleton must start and end on word boundaries of the name's skeleton. */
    private Optional<Found> variant(String name) {
        if (skeleton.isEmpty()) {
            return Optional.empty();
        }
        List<Romanisation.Word> words = Romanisation.words(name);
        int[] starts = new int[words.size() + 1];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            starts[i] = joined.length();
            joined.append(words.get(i).skeleton());
        }
        starts[words.size()] = joined.length();
        String whole = joined.toString();
        if (skeleton.length() > whole.length()) {
            return Optional.empty();
        }
        for (int first = 0; first < words.size(); first++) {
            if (!whole.startsWith(skeleton, starts[first])) {
                continue;
            }
            int after = Arrays.binarySearch(starts, first + 1, starts.length, starts[first] + skeleton.length());
            if (after < 0) {
                continue;
            }
            Tier tier = first > 0 ? Tier.SUBSTRING : after == words.size() ? Tier.EXACT : Tier.PREFIX;
            return Optional.of(new Found(
                    tier,
                    name.substring(
                            words.get(first).start(), words.get(after - 1).end())));
        }
        return Optional.empty();
    }
}
