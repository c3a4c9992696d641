package org.songbungraph.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.songbungraph.corroboration.KnowledgeFilter;
import org.songbungraph.source.SourceRefs;

/** The report's named parts, built from a small hand-made trace without a database. */
class TraceReportTest {

    static final List<String> SOURCE = List.of("S-TEST");

    static final Derivation.Classification LANDLORD = new Derivation.Classification(
            "CAT-H03", "landlords", "asia-watch-1988", false, "HOSTILE", "OWN_ACT", "owned land", 1946, SOURCE, 2);

    static final Derivation.Classification WORKER = new Derivation.Classification(
            "CAT-C01", "workers", "asia-watch-1988", false, "CORE", "FAMILY_BACKGROUND", null, null, SOURCE, 3);

    @Test
    void derivesHostileClassFromGrandfather() {
        TraceReport report = TraceReport.of(family(null));

        Songbun grandson = member(report, "P-3").songbun();
        assertThat(grandson.status()).isEqualTo(Songbun.Status.DERIVED);
        assertThat(grandson.songbunClass()).contains("HOSTILE");
        assertThat(grandson.entries()).singleElement().isInstanceOfSatisfying(Songbun.Derived.class, derived -> {
            assertThat(derived.inheritance().ancestor())
                    .isEqualTo(new Songbun.Ancestor("P-1", "Grandfather", 2, List.of("P-3", "P-2", "P-1")));
            assertThat(derived.inheritance().classification().category()).isEqualTo("CAT-H03");
            assertThat(derived.evidence()).isEqualTo(new Evidence(SOURCE, 2));
        });
    }

    @Test
    void keepsBothClassesWhenThePaternalLineContradictsTheRecord() {
        TraceReport report = TraceReport.of(family(WORKER));

        Songbun grandson = member(report, "P-3").songbun();
        assertThat(grandson.status()).isEqualTo(Songbun.Status.DOCUMENTED);
        assertThat(grandson.songbunClass()).contains("CORE");
        assertThat(grandson.entries()).hasSize(2);
        assertThat(grandson.entries().get(0)).isEqualTo(new Songbun.Documented(WORKER, new Evidence(SOURCE, 3)));
        assertThat(grandson.entries().get(1)).isInstanceOfSatisfying(Songbun.Contradiction.class, c -> {
            assertThat(c.ofClass()).isTrue();
            assertThat(c.inheritance().ancestor().id()).isEqualTo("P-1");
        });
    }

    @Test
    void drawsEachGenerationUnderItsFatherWithTheSpouseBesideHim() {
        TraceReport report = TraceReport.of(family(null));

        assertThat(report.lineage())
                .extracting(m -> m.person().id(), LineageMember::depth, LineageMember::lastChild)
                .containsExactly(
                        tuple("P-1", 0, List.of()),
                        tuple("P-2", 1, List.of(true)),
                        tuple("P-3", 2, List.of(true, true)));
        LineageMember grandfather = report.lineage().get(0);
        assertThat(grandfather.parent()).isEmpty();
        assertThat(grandfather.marriages())
                .singleElement()
                .satisfies(m -> assertThat(m.spouse().id()).isEqualTo("P-4"));
        assertThat(report.lineage().get(2).parent().map(Trace.Link::id)).contains("P-2");
    }

    @Test
    void countsTheMembersOfEachClassBesideItsPolicies() {
        TraceReport report = TraceReport.of(family(null));

        assertThat(report.policyTargets())
                .containsExactly(
                        new TraceReport.PolicyTarget("HOSTILE", 3L), new TraceReport.PolicyTarget("CAT-H03", null));
        assertThat(report.effects()).singleElement().satisfies(e -> {
            assertThat(e.domain()).isEqualTo("EDUCATION");
            assertThat(e.evidence()).isEqualTo(new Evidence(SOURCE, 1));
        });
        assertThat(member(report, "P-4").songbun().entries()).singleElement().isInstanceOf(Songbun.Unknown.class);
    }

    @Test
    void leavesTheTreeAndTheSummaryOffAPersonsPage() {
        Trace trace = family(null);
        Profile profile = new Profile(
                "P-3",
                "Grandson",
                trace.members().get(3).person(),
                "PUBLIC",
                null,
                new Evidence(SOURCE, null),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());

        TraceReport page = TraceReport.forPerson(trace, profile);

        assertThat(page.page()).isEqualTo(TraceReport.Page.PERSON);
        assertThat(page.profile()).contains(profile);
        assertThat(page.lineage()).isEmpty();
        assertThat(page.summary()).isEmpty();
    }

    /** The grandson's record: a posting a witness saw, a residence from a document, and a claim heard from others. */
    static Trace toldInThreeWays() {
        Trace trace = family(null);
        Trace.Member g = trace.members().get(3);
        Trace.Member grandson = new Trace.Member(
                g.person(),
                g.generation(),
                g.parents(),
                g.spouses(),
                g.songbun(),
                List.of(
                        life("ASSIGNED_TO", "U-MINE", 1990, 1995, "1990-03", null, null, List.of("S-WITNESS")),
                        life("LIVES_IN", "PL-TOWN", 1925, 1950, null, null, "CIRCA", List.of("S-PAPER"))),
                List.of(),
                List.of(new Trace.Reported(
                        "C-HEARD",
                        "Sent to the mine after his father's arrest.",
                        "HEARSAY",
                        "2019",
                        "CIRCA",
                        List.of("S-WITNESS"),
                        3)));
        List<Trace.Member> members = new java.util.ArrayList<>(trace.members());
        members.set(3, grandson);
        return new Trace(
                trace.subject(),
                trace.generations(),
                members,
                trace.policies(),
                trace.summary(),
                trace.policyTargets());
    }

    static final Map<String, String> KNOWLEDGE_BY_SOURCE = Map.of("S-WITNESS", "DIRECT");

    @Test
    void keepsOnlyTheFactsToldOnTheBasisAskedForAndCountsTheRest() {
        TraceReport direct =
                TraceReport.of(toldInThreeWays()).keeping(KnowledgeFilter.parse("direct"), KNOWLEDGE_BY_SOURCE);

        TraceReport.Member grandson = member(direct, "P-3");
        assertThat(grandson.life())
                .as("the witness's own basis, DIRECT, carries the posting; the document gives none")
                .extracting(f -> f.fact().targetId())
                .containsExactly("U-MINE");
        assertThat(grandson.reported())
                .as("the claim says itself that it was heard, whatever its source's basis")
                .isEmpty();
        assertThat(direct.knowledge()).contains(new TraceReport.KnowledgeShown(List.of("DIRECT"), 2));
        assertThat(direct.summary())
                .as("the summary speaks of classes, not of one teller")
                .isEqualTo(TraceReport.of(toldInThreeWays()).summary());

        TraceReport heard =
                TraceReport.of(toldInThreeWays()).keeping(KnowledgeFilter.parse("HEARSAY,RUMOUR"), KNOWLEDGE_BY_SOURCE);
        assertThat(member(heard, "P-3").reported())
                .extracting(r -> r.claim().id())
                .containsExactly("C-HEARD");
        assertThat(member(heard, "P-3").life()).isEmpty();
    }

    @Test
    void withoutTheOptionEveryFactStays() {
        TraceReport whole = TraceReport.of(toldInThreeWays());

        assertThat(whole.keeping(KnowledgeFilter.parse(null), KNOWLEDGE_BY_SOURCE))
                .isSameAs(whole);
        assertThat(whole.knowledge()).isEmpty();
    }

    @Test
    void printsTheDatesAsPreciseAsGivenAndTheClaimsOwnBasis() {
        TraceReport report =
                TraceReport.of(toldInThreeWays()).keeping(KnowledgeFilter.parse("DIRECT,HEARSAY"), KNOWLEDGE_BY_SOURCE);
        SourceRefs.Grades grades = new SourceRefs.Grades(Map.of("S-WITNESS", "B"), KNOWLEDGE_BY_SOURCE);

        List<String> facts = TraceText.statements(report, grades).stream()
                .filter(s -> s.section() == TraceText.Section.FACT)
                .map(s -> s.label() + " | " + s.text())
                .toList();

        assertThat(facts)
                .contains(
                        "filter | Only facts whose teller knows by DIRECT or HEARSAY (--knowledge: a claim's own"
                                + " basis, else its testimony sources'); 1 fact(s) of another or no stated basis"
                                + " left out",
                        "assigned | U-MINE U-MINE 1990-03–1995",
                        "reported | C-HEARD (HEARSAY, as of c. 2019): Sent to the mine after his father's arrest.")
                .noneMatch(f -> f.contains("PL-TOWN"));
        assertThat(TraceText.statements(TraceReport.of(toldInThreeWays()), grades))
                .extracting(TraceText.Statement::text)
                .contains("PL-TOWN PL-TOWN c. 1925–1950");
    }

    static Trace.LifeFact life(
            String type,
            String target,
            Integer from,
            Integer to,
            String fromDate,
            String toDate,
            String qualifier,
            List<String> sources) {
        return new Trace.LifeFact(
                type, target, target, null, List.of(), from, to, fromDate, toDate, qualifier, null, null, null, null,
                null, List.of(), List.of(), null, null, sources, 3);
    }

    /** Grandfather P-1, a landlord, married to P-4; their son P-2; his son P-3, with {@code grandsonsOwn} if given. */
    static Trace family(Derivation.Classification grandsonsOwn) {
        Trace.Member grandfather = member(
                person("P-1", "Grandfather", "M", 1915),
                0,
                List.of(),
                List.of(link("P-4", null)),
                new Derivation("P-1", "Grandfather", "PUBLIC", List.of(LANDLORD), Optional.empty()));
        Trace.Member grandmother =
                member(person("P-4", "Grandmother", "F", 1920), 0, List.of(), List.of(link("P-1", null)), null);
        Trace.Member father = member(
                person("P-2", "Father", "M", 1944),
                1,
                List.of(link("P-1", "PATERNAL"), link("P-4", "MATERNAL")),
                List.of(),
                inheriting("P-2", List.of(), 1, List.of("P-2", "P-1")));
        Trace.Member grandson = member(
                person("P-3", "Grandson", "M", 1970),
                2,
                List.of(link("P-2", "PATERNAL")),
                List.of(),
                inheriting(
                        "P-3",
                        grandsonsOwn == null ? List.of() : List.of(grandsonsOwn),
                        2,
                        List.of("P-3", "P-2", "P-1")));
        List<Trace.Member> members = List.of(grandfather, grandmother, father, grandson);
        long hostile = members.stream()
                .filter(m -> m.songbunClass().filter("HOSTILE"::equals).isPresent())
                .count();
        return new Trace(
                new Trace.Subject("family", "F-TEST", "Test family", true, SOURCE),
                null,
                members,
                List.of(new Trace.Policy(
                        "HOSTILE", "PO-TEST", "Test policy", "EDUCATION", "No university.", SOURCE, 1)),
                new Trace.Summary(Map.of("HOSTILE", hostile, "UNKNOWN", members.size() - hostile), 0, 0, 4, List.of()),
                List.of("HOSTILE", "CAT-H03"));
    }

    static Trace.Member member(
            Trace.Person person, int generation, List<Trace.Link> parents, List<Trace.Link> spouses, Derivation d) {
        return new Trace.Member(person, generation, parents, spouses, d, List.of(), List.of(), List.of());
    }

    /** A derivation whose paternal line reaches the grandfather's landlord classification. */
    static Derivation inheriting(String id, List<Derivation.Classification> own, int generations, List<String> path) {
        return new Derivation(
                id,
                id,
                "PUBLIC",
                own,
                Optional.of(new Derivation.Inherited("P-1", "Grandfather", generations, path, LANDLORD, SOURCE)));
    }

    static Trace.Person person(String id, String name, String sex, int born) {
        return new Trace.Person(id, name, null, "PUBLIC", true, sex, born, null, SOURCE);
    }

    static Trace.Link link(String id, String line) {
        return new Trace.Link(id, line, null, null, SOURCE, 2);
    }

    static TraceReport.Member member(TraceReport report, String id) {
        return report.members().stream()
                .filter(m -> m.person().id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
