package org.songbungraph.lineage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.songbungraph.corroboration.KnowledgeFilter;

/**
 * What a trace, or a person's page, says, in named parts: the lineage as drawn, each member's songbun and what
 * happened to them, the policies that apply to their classes, and a summary. {@link TraceTree}, {@link TraceCsv}
 * and {@link TraceJson} only read it, so the three say the same thing.
 *
 * @param lineage empty on a person's page, which leaves the tree out
 * @param members in the order the trace found them
 * @param policyTargets the classes and categories that policies apply to, in the order the members name them
 * @param effects the policies on those targets, in the graph's order (target, domain, id)
 * @param summary empty on a person's page
 * @param knowledge present when the facts of section 4 were kept by how their teller knows (--knowledge)
 */
record TraceReport(
        Page page,
        Trace.Subject subject,
        Evidence subjectEvidence,
        Integer generations,
        Optional<Profile> profile,
        List<LineageMember> lineage,
        List<Member> members,
        List<PolicyTarget> policyTargets,
        List<Effect> effects,
        Optional<Summary> summary,
        Optional<KnowledgeShown> knowledge) {

    /** A trace of a family or lineage, or one person's page, which opens with their profile instead of a tree. */
    enum Page {
        TRACE,
        PERSON
    }

    /** One member: who, where in the family, their songbun and what happened to them. */
    record Member(
            Trace.Person person,
            int generation,
            List<Trace.Link> parents,
            List<Trace.Link> spouses,
            Songbun songbun,
            List<Fact.Life> life,
            List<Fact.Watched> watchers,
            List<Fact.Reported> reported) {

        boolean nothingRecorded() {
            return life.isEmpty() && watchers.isEmpty() && reported.isEmpty();
        }
    }

    /** The bases of knowledge the facts were kept by, and how many facts of other or unknown basis were left out. */
    record KnowledgeShown(List<String> kept, int leftOut) {}

    /** A class or category policies apply to; {@code classMembers} counts members of a class, null for a category. */
    record PolicyTarget(String id, Long classMembers) {}

    /** What a policy means in principle for a class or category, in one domain of life. */
    record Effect(Trace.Policy policy, Evidence evidence) {

        String target() {
            return policy.target();
        }

        String domain() {
            return policy.domain();
        }
    }

    /**
     * Members by class (documented or derived, UNKNOWN where neither), by kind of assigned work, and the class-wide
     * figures the sources give, to compare the family with.
     */
    record Summary(
            Map<String, Long> membersByClass,
            long hardLabour,
            long otherWork,
            long neverAssigned,
            List<ClassFigure> figures) {}

    /** A class-wide figure from a claim about a class. */
    record ClassFigure(Trace.Figure figure, Evidence evidence) {}

    /** The whole trace of a family or of the lineage around one person. */
    static TraceReport of(Trace trace) {
        return new TraceReport(
                Page.TRACE,
                trace.subject(),
                subjectEvidence(trace),
                trace.generations(),
                Optional.empty(),
                LineageTree.draw(trace.members()),
                members(trace),
                policyTargets(trace),
                effects(trace),
                Optional.of(summary(trace.summary())),
                Optional.empty());
    }

    /** One person's page: their profile, then their songbun, the policies and what happened to them. */
    static TraceReport forPerson(Trace trace, Profile profile) {
        return new TraceReport(
                Page.PERSON,
                trace.subject(),
                subjectEvidence(trace),
                trace.generations(),
                Optional.of(profile),
                List.of(),
                members(trace),
                policyTargets(trace),
                effects(trace),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The same report with only the facts whose teller knows in a way {@code filter} keeps: a claim's own basis,
     * else that of its sources ({@code bySource}). The lineage, songbun, policies and summary stay whole: they
     * say what the class means, which is not a matter of one teller.
     */
    TraceReport keeping(KnowledgeFilter filter, Map<String, String> bySource) {
        if (!filter.filters()) {
            return this;
        }
        int[] leftOut = {0};
        List<Member> kept = members.stream()
                .map(m -> new Member(
                        m.person(),
                        m.generation(),
                        m.parents(),
                        m.spouses(),
                        m.songbun(),
                        keep(m.life(), f -> f.fact().sources(), f -> null, filter, bySource, leftOut),
                        keep(m.watchers(), w -> w.watch().sources(), w -> null, filter, bySource, leftOut),
                        keep(
                                m.reported(),
                                r -> r.claim().sources(),
                                r -> r.claim().knowledge(),
                                filter,
                                bySource,
                                leftOut)))
                .toList();
        return new TraceReport(
                page,
                subject,
                subjectEvidence,
                generations,
                profile,
                lineage,
                kept,
                policyTargets,
                effects,
                summary,
                Optional.of(new KnowledgeShown(filter.shown(), leftOut[0])));
    }

    private static <F> List<F> keep(
            List<F> facts,
            Function<F, List<String>> sources,
            Function<F, String> own,
            KnowledgeFilter filter,
            Map<String, String> bySource,
            int[] leftOut) {
        List<F> kept = facts.stream()
                .filter(f -> filter.keeps(KnowledgeFilter.basis(own.apply(f), sources.apply(f), bySource)))
                .toList();
        leftOut[0] += facts.size() - kept.size();
        return kept;
    }

    private static Evidence subjectEvidence(Trace trace) {
        return new Evidence(trace.subject().sources(), null);
    }

    private static List<Member> members(Trace trace) {
        return trace.members().stream()
                .map(m -> new Member(
                        m.person(),
                        m.generation(),
                        m.parents(),
                        m.spouses(),
                        Songbun.of(m.songbun()),
                        m.facts().stream().map(Fact.Life::of).toList(),
                        m.watchers().stream().map(Fact.Watched::of).toList(),
                        m.reported().stream().map(Fact.Reported::of).toList()))
                .toList();
    }

    private static List<PolicyTarget> policyTargets(Trace trace) {
        Map<String, Long> byClass = trace.summary().byClass();
        return trace.policyTargets().stream()
                .map(target -> new PolicyTarget(target, byClass.get(target)))
                .toList();
    }

    private static List<Effect> effects(Trace trace) {
        return trace.policies().stream()
                .map(p -> new Effect(p, new Evidence(p.sources(), p.credibility())))
                .toList();
    }

    private static Summary summary(Trace.Summary s) {
        return new Summary(
                s.byClass(),
                s.hardLabour(),
                s.otherWork(),
                s.notAssigned(),
                s.figures().stream()
                        .map(f -> new ClassFigure(f, new Evidence(f.sources(), f.credibility())))
                        .toList());
    }
}
