package org.songbungraph.lineage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songbungraph.surveillance.Surveillance;

/**
 * Everything a trace shows: who is in the lineage, each member's hereditary songbun and how it was found,
 * the class-level policies that apply, what happened to each member in fact, and a summary beside the
 * class-wide figures. Every line carries the ids of its sources and its credibility grade.
 */
public record Trace(
        Subject subject,
        Integer generations,
        List<Member> members,
        List<Policy> policies,
        Summary summary,
        List<String> policyTargets) {

    /** What was traced: a family, or the lineage around one person. */
    public record Subject(String kind, String id, String name, Boolean synthetic, List<String> sources) {}

    public record Person(
            String id,
            String name,
            String nameKo,
            String protection,
            Boolean synthetic,
            String sex,
            Integer birthYear,
            Integer deathYear,
            List<String> sources) {}

    /** A CHILD_OF or MARRIED_TO link to another member. */
    public record Link(String id, String line, Integer from, Integer to, List<String> sources, Integer credibility) {}

    /** One life-course edge: ASSIGNED_TO, SERVED_IN, STUDIED_AT, DENIED, LIVES_IN, DETAINED_IN or TRADES_AT. */
    public record LifeFact(
            String type,
            String targetId,
            String target,
            String targetKind,
            List<String> places,
            Integer from,
            Integer to,
            String fromDate,
            String toDate,
            String dateQualifier,
            String status,
            String role,
            String what,
            String reason,
            Boolean completed,
            List<String> goods,
            List<String> documents,
            String assignedById,
            String assignedBy,
            List<String> sources,
            Integer credibility) {}

    /**
     * A sourced statement about a member (Claim ABOUT the person); {@code knowledge} is how its teller knows when
     * the claim says so itself, {@code asOf} the date it refers to, {@code dateQualifier} how to read that date.
     */
    public record Reported(
            String id,
            String statement,
            String knowledge,
            String asOf,
            String dateQualifier,
            List<String> sources,
            Integer credibility) {}

    public record Member(
            Person person,
            int generation,
            List<Link> parents,
            List<Link> spouses,
            Derivation songbun,
            List<LifeFact> facts,
            List<Surveillance.Watch> watchers,
            List<Reported> reported) {

        /** The class standing for this member: documented, else derived; empty when unknown. */
        public Optional<String> songbunClass() {
            return songbun == null ? Optional.empty() : songbun.effectiveClass();
        }
    }

    /** A class-level rule (Policy APPLIES_TO a class or category). */
    public record Policy(
            String target,
            String id,
            String name,
            String domain,
            String statement,
            List<String> sources,
            Integer credibility) {}

    /** A class-wide figure from a Claim about a class. */
    public record Figure(
            String songbunClass,
            String id,
            String statement,
            Number value,
            Number valueMax,
            String unit,
            String qualifier,
            String asOf,
            List<String> sources,
            Integer credibility) {}

    /**
     * Members by class (documented or derived, {@code UNKNOWN} where neither exists), and by kind of assigned
     * work: hard labour (mines, farms, construction) against other work, and never assigned.
     */
    public record Summary(
            Map<String, Long> byClass, long hardLabour, long otherWork, long notAssigned, List<Figure> figures) {}
}
