package org.songbungraph.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.songbungraph.source.SourceRefs;
import org.songbungraph.surveillance.Surveillance;

/**
 * A report's statements in print order, worded for people. The tree and the CSV print these same statements, so
 * they always say the same thing; JSON reads the report itself.
 */
final class TraceText {

    /** Policy domains in the order analysts read them. */
    private static final List<String> DOMAINS =
            List.of("EDUCATION", "RESIDENCE", "EMPLOYMENT", "PARTY", "MILITARY", "MARRIAGE", "FOOD", "MOVEMENT");

    /** The parts of a report; {@code key} is the CSV's section column. */
    enum Section {
        PROFILE("profile", "Person"),
        LINEAGE(
                "lineage",
                "1. Lineage (CHILD_OF; children under their father, or their mother where no father is recorded)"),
        SONGBUN(
                "songbun",
                "2. Hereditary songbun (own documented classification, else the nearest classified paternal ancestor)"),
        POLICY("policy", "3. What the class means in principle (policies that apply to the class or category)"),
        FACT("fact", "4. What happened in fact"),
        SUMMARY("summary", "5. Summary");

        final String key;
        final String title;

        Section(String key, String title) {
            this.key = key;
            this.title = title;
        }
    }

    /**
     * One printed statement. The tree shows the label, text, evidence and trailer; the CSV every field, with the
     * trailer joined to the text.
     *
     * @param personId whom it is about, with {@code person}; null for statements about classes
     * @param label the short left column, such as "assigned", "father" or a policy domain; "" for none
     * @param nested printed under the statement above it
     * @param trailer printed after the evidence: a member's marriages, a watcher's reporting chains
     * @param when the dates of a life fact or a watch, and {@code status}, are CSV columns for those and songbun
     */
    record Statement(
            Section section,
            String personId,
            String person,
            String label,
            String text,
            Evidence evidence,
            boolean nested,
            String trailer,
            When when,
            String status) {

        Statement {
            label = label == null ? "" : label;
            when = when == null ? When.UNKNOWN : when;
        }

        static Statement of(Section section, String label, String text, Evidence evidence) {
            return new Statement(section, null, null, label, text, evidence, false, "", When.UNKNOWN, null);
        }

        Statement about(String id, String name) {
            return new Statement(section, id, name, label, text, evidence, nested, trailer, when, status);
        }

        Statement about(Trace.Person p) {
            return about(p.id(), p.name());
        }

        Statement nest() {
            return new Statement(section, personId, person, label, text, evidence, true, trailer, when, status);
        }

        Statement followedBy(String trailer) {
            return new Statement(section, personId, person, label, text, evidence, nested, trailer, when, status);
        }

        Statement during(When when) {
            return new Statement(section, personId, person, label, text, evidence, nested, trailer, when, status);
        }

        Statement withStatus(String status) {
            return new Statement(section, personId, person, label, text, evidence, nested, trailer, when, status);
        }

        /** The statement's own refs: none at all when nothing backs it, as for a heading. */
        String refs(SourceRefs.Grades grades) {
            return evidence.isEmpty() ? "" : grades.refs(evidence.sources(), evidence.credibility());
        }
    }

    private final TraceReport report;
    private final SourceRefs.Grades grades;
    private final List<Statement> statements = new ArrayList<>();

    private TraceText(TraceReport report, SourceRefs.Grades grades) {
        this.report = report;
        this.grades = grades;
    }

    /** Every statement, in section order; {@code grades} words the evidence inside trailers. */
    static List<Statement> statements(TraceReport report, SourceRefs.Grades grades) {
        TraceText text = new TraceText(report, grades);
        report.profile().ifPresent(text::profile);
        report.lineage().forEach(text::lineage);
        report.members().forEach(text::songbun);
        text.policies();
        report.knowledge().ifPresent(text::knowledge);
        report.members().forEach(text::facts);
        report.summary().ifPresent(text::summary);
        return List.copyOf(text.statements);
    }

    private void add(Statement statement) {
        statements.add(statement);
    }

    // --- profile ------------------------------------------------------------------------------------------------

    private void profile(Profile p) {
        add(Statement.of(Section.PROFILE, "", describe(p.person()) + ", " + naming(p), p.evidence())
                .about(p.personId(), p.name()));
        p.note()
                .ifPresent(note -> add(Statement.of(Section.PROFILE, "note", note, Evidence.NONE)
                        .about(p.personId(), p.name())));
        for (Profile.Family f : p.families()) {
            add(Statement.of(Section.PROFILE, "family", f.id() + " " + f.name(), f.evidence())
                    .about(p.personId(), p.name()));
        }
        for (Profile.Relative r : p.relatives()) {
            String born = r.birthYear() == null ? "" : " (" + r.birthYear() + ")";
            add(Statement.of(Section.PROFILE, r.relation(), r.id() + " " + r.name() + born, r.evidence())
                    .about(p.personId(), p.name()));
        }
        for (Profile.Testimony t : p.gave()) {
            add(Statement.of(Section.PROFILE, "gave", t.id() + " " + t.title() + " (" + t.kind() + ")", t.evidence())
                    .about(p.personId(), p.name()));
        }
    }

    private static String naming(Profile p) {
        return switch (String.valueOf(p.protection())) {
            case "PROTECTED" -> "protected: shown only by witness code " + p.witnessCode();
            case "PSEUDONYM" -> "named by a pseudonym, as the source does";
            default -> "may be named";
        };
    }

    // --- 1. lineage ---------------------------------------------------------------------------------------------

    private void lineage(LineageMember m) {
        StringBuilder branch = new StringBuilder();
        for (int level = 0; level < m.depth(); level++) {
            boolean last = m.lastChild().get(level);
            boolean own = level == m.depth() - 1;
            branch.append(own ? (last ? "└── " : "├── ") : (last ? "    " : "│   "));
        }
        String relation =
                m.parent().map(l -> "(" + relation(m.person(), l) + ") ").orElse("");
        StringBuilder marriages = new StringBuilder();
        for (LineageMember.Marriage marriage : m.marriages()) {
            marriages
                    .append("  ⚭ ")
                    .append(describe(marriage.spouse()))
                    .append(dated(" married ", When.years(marriage.from(), marriage.to())))
                    .append(' ')
                    .append(refs(marriage.evidence()));
        }
        add(Statement.of(Section.LINEAGE, "member", branch + relation + describe(m.person()), m.evidence())
                .about(m.person())
                .followedBy(marriages.toString()));
    }

    private static String relation(Trace.Person child, Trace.Link parent) {
        String role = "F".equals(child.sex()) ? "daughter" : "M".equals(child.sex()) ? "son" : "child";
        return role + ", "
                + (parent.line() == null ? "line unknown" : parent.line().toLowerCase()) + " line";
    }

    /** A person as every part of a report names them: id, name, Korean name, sex, years and any marks. */
    private static String describe(Trace.Person p) {
        StringBuilder s = new StringBuilder(p.id()).append(' ').append(p.name());
        if (p.nameKo() != null) {
            s.append(' ').append(p.nameKo());
        }
        List<String> bits = new ArrayList<>();
        if (p.sex() != null) {
            bits.add(p.sex());
        }
        if (p.birthYear() != null || p.deathYear() != null) {
            bits.add(
                    (p.birthYear() == null ? "?" : p.birthYear()) + "–" + (p.deathYear() == null ? "" : p.deathYear()));
        }
        if (Boolean.TRUE.equals(p.synthetic())) {
            bits.add("synthetic");
        }
        if ("PROTECTED".equals(p.protection())) {
            bits.add("protected witness");
        }
        return bits.isEmpty()
                ? s.toString()
                : s.append(" (").append(String.join(", ", bits)).append(')').toString();
    }

    // --- 2. songbun ---------------------------------------------------------------------------------------------

    private void songbun(TraceReport.Member m) {
        String who = m.person().id() + " " + m.person().name();
        for (Songbun.Entry entry : m.songbun().entries()) {
            Statement statement;
            if (entry instanceof Songbun.Documented d) {
                Derivation.Classification c = d.classification();
                statement = Statement.of(
                                Section.SONGBUN,
                                "",
                                who + ": " + c.songbunClass() + ", documented: " + category(c) + ", " + basis(c),
                                d.evidence())
                        .withStatus("DOCUMENTED");
            } else if (entry instanceof Songbun.Derived d) {
                statement = Statement.of(Section.SONGBUN, "", who + ": " + derived(d.inheritance()), d.evidence())
                        .withStatus("DERIVED");
            } else if (entry instanceof Songbun.Contradiction c) {
                statement = Statement.of(
                                Section.SONGBUN,
                                "",
                                "!! CONTRADICTION (" + (c.ofClass() ? "class" : "category")
                                        + "): the paternal line says " + derived(c.inheritance())
                                        + ". Both are kept; neither wins.",
                                c.evidence())
                        .withStatus("CONTRADICTION")
                        .nest();
            } else {
                statement = Statement.of(
                                Section.SONGBUN,
                                "",
                                who + ": unknown (no documented classification and no classified ancestor on the "
                                        + "paternal line; none is assumed)",
                                entry.evidence())
                        .withStatus("UNKNOWN");
            }
            add(statement.about(m.person()));
        }
    }

    private static String derived(Songbun.Inheritance i) {
        Songbun.Ancestor a = i.ancestor();
        Derivation.Classification c = i.classification();
        return c.songbunClass() + ", derived from " + a.id() + " " + a.name() + " (" + a.generationsUp()
                + " generation" + (a.generationsUp() == 1 ? "" : "s") + " up the paternal line; " + basis(c) + ") → "
                + category(c) + " → " + c.songbunClass() + "; path " + String.join(" → ", a.path());
    }

    private static String category(Derivation.Classification c) {
        return c.category() + " " + c.categoryName() + " (" + c.taxonomy() + (c.uncertain() ? ", uncertain item" : "")
                + ")";
    }

    private static String basis(Derivation.Classification c) {
        StringBuilder s = new StringBuilder(c.basis() == null ? "basis not recorded" : c.basis());
        if (c.act() != null) {
            s.append(": ").append(c.act());
        }
        if (c.year() != null) {
            s.append(" (").append(c.year()).append(')');
        }
        return s.toString();
    }

    // --- 3. policies --------------------------------------------------------------------------------------------

    private void policies() {
        if (report.effects().isEmpty()) {
            add(Statement.of(
                    Section.POLICY,
                    "",
                    "No class or category is known for these members, so no class-level policy applies.",
                    Evidence.NONE));
            return;
        }
        for (TraceReport.PolicyTarget target : report.policyTargets()) {
            List<TraceReport.Effect> effects = report.effects().stream()
                    .filter(e -> e.target().equals(target.id()))
                    .sorted(Comparator.comparingInt(e -> domainRank(e.domain())))
                    .toList();
            if (effects.isEmpty()) {
                continue;
            }
            String count =
                    target.classMembers() == null ? "" : " (" + target.classMembers() + " member(s) of this class)";
            add(Statement.of(Section.POLICY, "", target.id() + count, Evidence.NONE));
            for (TraceReport.Effect e : effects) {
                Trace.Policy p = e.policy();
                add(Statement.of(
                                Section.POLICY,
                                e.domain(),
                                p.id() + " " + p.name() + ": " + p.statement(),
                                e.evidence())
                        .nest());
            }
        }
    }

    private static int domainRank(String domain) {
        int i = DOMAINS.indexOf(domain);
        return i < 0 ? DOMAINS.size() : i;
    }

    // --- 4. facts -----------------------------------------------------------------------------------------------

    private static final Map<String, String> LABELS = Map.of(
            "ASSIGNED_TO", "assigned",
            "SERVED_IN", "military",
            "STUDIED_AT", "schooling",
            "DENIED", "denied",
            "LIVES_IN", "residence",
            "DETAINED_IN", "detained",
            "TRADES_AT", "trades");

    private void knowledge(TraceReport.KnowledgeShown shown) {
        add(Statement.of(
                Section.FACT,
                "filter",
                "Only facts whose teller knows by " + String.join(" or ", shown.kept())
                        + " (--knowledge: a claim's own basis, else its testimony sources'); " + shown.leftOut()
                        + " fact(s) of another or no stated basis left out",
                Evidence.NONE));
    }

    private void facts(TraceReport.Member m) {
        Trace.Person who = m.person();
        String nothing = report.knowledge().isPresent() ? ": nothing recorded on that basis" : ": nothing recorded";
        add(Statement.of(
                        Section.FACT,
                        "",
                        who.id() + " " + who.name() + (m.nothingRecorded() ? nothing : ""),
                        Evidence.NONE)
                .about(who));
        for (Fact.Life life : m.life()) {
            Trace.LifeFact f = life.fact();
            add(Statement.of(Section.FACT, LABELS.getOrDefault(f.type(), f.type()), lifeFact(f), life.evidence())
                    .about(who)
                    .nest()
                    .during(when(f))
                    .withStatus(f.status()));
        }
        for (Fact.Watched watched : m.watchers()) {
            Surveillance.Watch w = watched.watch();
            String chains = watched.chains().stream()
                    .map(chain -> "; reporting chain: "
                            + chain.steps().stream()
                                    .map(s -> "→ " + s.unitId() + " " + s.unit() + " (" + s.kind() + ") "
                                            + refs(s.evidence()))
                                    .collect(Collectors.joining(" ")))
                    .collect(Collectors.joining());
            add(Statement.of(
                            Section.FACT,
                            "watched by",
                            w.id() + " " + w.name() + " (" + w.kind() + "), means " + w.means() + dated(" ", when(w)),
                            watched.evidence())
                    .about(who)
                    .nest()
                    .during(when(w))
                    .followedBy(chains));
        }
        for (Fact.Reported reported : m.reported()) {
            Trace.Reported r = reported.claim();
            add(Statement.of(Section.FACT, "reported", reported(r), reported.evidence())
                    .about(who)
                    .nest());
        }
    }

    /** "C-X (HEARSAY, as of c. 2019): statement": the claim's own basis of knowledge and date, where it has them. */
    private static String reported(Trace.Reported r) {
        List<String> marks = new ArrayList<>();
        if (r.knowledge() != null) {
            marks.add(r.knowledge());
        }
        String asOf = When.asOf(r.asOf(), r.dateQualifier());
        if (!asOf.isEmpty()) {
            marks.add(asOf);
        }
        return r.id() + (marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")") + ": " + r.statement();
    }

    private static String lifeFact(Trace.LifeFact f) {
        StringBuilder s = new StringBuilder();
        if (f.what() != null) {
            s.append(f.what()).append(" at ");
        }
        s.append(f.targetId()).append(' ').append(f.target());
        List<String> where = new ArrayList<>();
        if (f.targetKind() != null) {
            where.add(f.targetKind());
        }
        where.addAll(f.places());
        if (!where.isEmpty()) {
            s.append(" (").append(String.join(", ", where)).append(')');
        }
        s.append(dated(" ", when(f)));
        if (f.status() != null) {
            s.append(", ").append(f.status());
        }
        if (f.role() != null) {
            s.append(", as ").append(f.role());
        }
        if (f.assignedById() != null) {
            s.append(", assigned by ").append(f.assignedById()).append(' ').append(f.assignedBy());
        }
        if (Boolean.FALSE.equals(f.completed())) {
            s.append(", not completed");
        }
        if (!f.goods().isEmpty()) {
            s.append(": ").append(String.join(", ", f.goods()));
        }
        if (!f.documents().isEmpty()) {
            s.append(", papers: ").append(String.join(", ", f.documents()));
        }
        if (f.reason() != null) {
            s.append("; reason: ").append(f.reason());
        }
        return s.toString();
    }

    private static When when(Trace.LifeFact f) {
        return new When(f.from(), f.to(), f.fromDate(), f.toDate(), f.dateQualifier());
    }

    private static When when(Surveillance.Watch w) {
        return new When(w.from(), w.to(), w.fromDate(), w.toDate(), w.dateQualifier());
    }

    private static String dated(String lead, When when) {
        String text = when.text();
        return text.isEmpty() ? "" : lead + text;
    }

    // --- 5. summary ---------------------------------------------------------------------------------------------

    private void summary(TraceReport.Summary s) {
        add(Statement.of(
                Section.SUMMARY,
                "",
                "Members by class: "
                        + s.membersByClass().entrySet().stream()
                                .map(e -> e.getKey().toLowerCase() + " " + e.getValue())
                                .collect(Collectors.joining(", ")),
                Evidence.NONE));
        add(Statement.of(
                Section.SUMMARY,
                "",
                "Assigned work: " + s.hardLabour() + " member(s) to mines, farms or construction; " + s.otherWork()
                        + " to other work only; " + s.neverAssigned() + " with no recorded assignment",
                Evidence.NONE));
        if (!s.figures().isEmpty()) {
            add(Statement.of(Section.SUMMARY, "", "What the sources say class-wide, for comparison:", Evidence.NONE));
        }
        for (TraceReport.ClassFigure figure : s.figures()) {
            Trace.Figure f = figure.figure();
            String value = f.value() == null
                    ? ""
                    : f.value() + (f.valueMax() == null ? "" : "–" + f.valueMax())
                            + (f.unit() == null ? "" : " " + f.unit()) + ": ";
            add(Statement.of(
                            Section.SUMMARY,
                            f.songbunClass().toLowerCase(),
                            value + f.id() + " " + f.statement()
                                    + (f.asOf() == null ? "" : " (as of " + f.asOf() + ")"),
                            figure.evidence())
                    .nest());
        }
    }

    /** Refs inside a statement, such as a marriage or a reporting step, show even a missing source. */
    private String refs(Evidence evidence) {
        return grades.refs(evidence.sources(), evidence.credibility());
    }
}
