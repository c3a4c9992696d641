package org.songbungraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's hereditary songbun as the report states it: the class that stands for them, the statements that
 * say why, and what the paternal line implies, kept even where it merely agrees with the member's own record.
 */
record Songbun(Status status, Optional<String> songbunClass, List<Entry> entries, Optional<Inheritance> paternalLine) {

    enum Status {
        DOCUMENTED,
        DERIVED,
        UNKNOWN
    }

    /** One statement about the member's songbun. */
    sealed interface Entry permits Documented, Derived, Contradiction, Unknown {
        Evidence evidence();
    }

    /** A classification on the member's own record. */
    record Documented(Derivation.Classification classification, Evidence evidence) implements Entry {}

    /** No classification of their own, so the nearest classified paternal ancestor's stands. */
    record Derived(Inheritance inheritance) implements Entry {
        @Override
        public Evidence evidence() {
            return inheritance.evidence();
        }
    }

    /**
     * The member's own classification and the paternal line name different sub-categories ({@code ofClass}: even
     * different classes). Both are reported; the rule never picks one.
     */
    record Contradiction(Inheritance inheritance, boolean ofClass) implements Entry {
        @Override
        public Evidence evidence() {
            return inheritance.evidence();
        }
    }

    /** Neither documented nor derivable: the report says so rather than assume a class. */
    record Unknown() implements Entry {
        @Override
        public Evidence evidence() {
            return Evidence.NONE;
        }
    }

    /** The nearest classified ancestor on the paternal line, and the path of people from the member up to them. */
    record Ancestor(String id, String name, int generationsUp, List<String> path) {}

    /** What that ancestor's classification implies for the member, on the evidence of the path and classification. */
    record Inheritance(Ancestor ancestor, Derivation.Classification classification, Evidence evidence) {}

    /** The statements the derivation rule supports for one member; {@code derivation} is null when none was found. */
    static Songbun of(Derivation derivation) {
        if (derivation == null) {
            return new Songbun(Status.UNKNOWN, Optional.empty(), List.of(new Unknown()), Optional.empty());
        }
        Optional<Inheritance> paternalLine = derivation.inherited().map(Songbun::inheritance);
        Optional<String> songbunClass = derivation.effectiveClass();
        if (songbunClass.isEmpty()) {
            return new Songbun(Status.UNKNOWN, songbunClass, List.of(new Unknown()), paternalLine);
        }
        if (!derivation.isDocumented()) {
            return new Songbun(
                    Status.DERIVED, songbunClass, List.of(new Derived(paternalLine.orElseThrow())), paternalLine);
        }
        List<Entry> entries = new ArrayList<>();
        for (Derivation.Classification c : derivation.documented()) {
            entries.add(new Documented(c, new Evidence(c.sources(), c.credibility())));
        }
        if (derivation.contradicts()) {
            entries.add(new Contradiction(paternalLine.orElseThrow(), derivation.contradictsClass()));
        }
        return new Songbun(Status.DOCUMENTED, songbunClass, List.copyOf(entries), paternalLine);
    }

    private static Inheritance inheritance(Derivation.Inherited i) {
        return new Inheritance(
                new Ancestor(i.ancestorId(), i.ancestorName(), i.generations(), i.path()),
                i.classification(),
                // The path's sources as well as the classification's, graded as the classification is.
                new Evidence(i.sources(), i.classification().credibility()));
    }
}
