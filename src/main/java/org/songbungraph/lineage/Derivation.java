package org.songbungraph.lineage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's hereditary songbun under the derivation rule: what is documented for them, what the nearest
 * classified ancestor on the paternal line implies, and whether the two disagree.
 */
public record Derivation(
        String personId,
        String name,
        String protection,
        List<Classification> documented,
        Optional<Inherited> inherited) {

    /** A classification into one sub-category of a taxonomy, and so into one class. */
    public record Classification(
            String category,
            String categoryName,
            String taxonomy,
            boolean uncertain,
            String songbunClass,
            String basis,
            String act,
            Integer year,
            List<String> sources,
            Integer credibility) {}

    /** The classification implied by an ancestor, and the paternal path that carries it. */
    public record Inherited(
            String ancestorId,
            String ancestorName,
            int generations,
            List<String> path,
            Classification classification,
            List<String> sources) {}

    /** Documented when the person has their own classification, derived when only an ancestor's applies. */
    public boolean isDocumented() {
        return !documented.isEmpty();
    }

    /** The class that stands for this person: their own documented one, else the inherited one. */
    public Optional<String> effectiveClass() {
        if (isDocumented()) {
            return Optional.of(documented.get(documented.size() - 1).songbunClass());
        }
        return inherited.map(i -> i.classification().songbunClass());
    }

    /**
     * True when a documented classification and the inherited one name different sub-categories. Both are
     * kept and reported; this rule never picks one.
     */
    public boolean contradicts() {
        if (inherited.isEmpty() || documented.isEmpty()) {
            return false;
        }
        Set<String> own = documented.stream().map(Classification::category).collect(Collectors.toSet());
        return !own.contains(inherited.get().classification().category());
    }

    /** True when the disagreement reaches the class itself (e.g. CORE against HOSTILE). */
    public boolean contradictsClass() {
        if (!contradicts()) {
            return false;
        }
        Set<String> own = documented.stream().map(Classification::songbunClass).collect(Collectors.toSet());
        return !own.contains(inherited.get().classification().songbunClass());
    }
}
