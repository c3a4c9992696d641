package org.songbungraph.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceRefs;
import org.songbungraph.surveillance.Surveillance;

/**
 * Prints a {@link Trace} as a tree for people, or as CSV fact lines or JSON for scripts. All three are made
 * from the same fact lines, so they always say the same thing; every line ends with its evidence.
 */
public final class TraceReport {

    /** Policy domains in the order analysts read them. */
    static final List<String> DOMAINS =
            List.of("EDUCATION", "RESIDENCE", "EMPLOYMENT", "PARTY", "MILITARY", "MARRIAGE", "FOOD", "MOVEMENT");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One printed statement: which section, about whom, what, and its evidence. */
    public record Line(
            String section,
            String personId,
            String person,
            String item,
            String detail,
            Integer from,
            Integer to,
            String status,
            List<String> sources,
            Integer credibility,
            int depth,
            String suffix) {

        public Line(
                String section,
                String personId,
                String person,
                String item,
                String detail,
                Integer from,
                Integer to,
                String status,
                List<String> sources,
                Integer credibility,
                int depth) {
            this(section, personId, person, item, detail, from, to, status, sources, credibility, depth, "");
        }
    }

    private final Trace trace;
    private final SourceRefs.Grades grades;
    private final List<Line> preface;
    private final Set<String> sections;
    private final Map<String, Object> extraJson;
    private final Map<String, Trace.Member> byId = new LinkedHashMap<>();

    TraceReport(Trace trace, SourceRefs.Grades grades) {
        this(trace, grades, List.of(), List.of("lineage", "songbun", "policy", "fact", "summary"), Map.of());
    }

    private TraceReport(
            Trace trace,
            SourceRefs.Grades grades,
            List<Line> preface,
            List<String> sections,
            Map<String, Object> extraJson) {
        this.trace = trace;
        this.grades = grades;
        this.preface = preface;
        this.sections = Set.copyOf(sections);
        this.extraJson = extraJson;
        trace.members().forEach(m -> byId.put(m.person().id(), m));
    }

    /**
     * One person's page: the {@code profile} lines given (section "profile"), then the person's songbun,
     * the policies and what happened to them; {@code profileJson} is added to the JSON form as "profile".
     */
    public static TraceReport forPerson(
            Trace trace, SourceRefs.Grades grades, List<Line> profile, Map<String, Object> profileJson) {
        return new TraceReport(
                trace, grades, profile, List.of("songbun", "policy", "fact"), Map.of("profile", profileJson));
    }

    public String tree() {
        StringBuilder out = new StringBuilder();
        out.append(heading()).append('\n');
        String section = null;
        for (Line line : lines()) {
            if (!line.section().equals(section)) {
                section = line.section();
                String title = SECTION_TITLES.get(section);
                // A person's page leaves out sections 1 and 5, so its titles go unnumbered.
                out.append('\n')
                        .append(sections.contains("lineage") ? title : title.replaceFirst("^\\d\\. ", ""))
                        .append('\n');
            }
            out.append("  ".repeat(line.depth() + 1));
            if (line.item().isEmpty() || line.section().equals("lineage")) {
                out.append(line.detail());
            } else {
                out.append(String.format("%-11s %s", line.item(), line.detail()));
            }
            String refs = refs(line);
            if (!refs.isEmpty()) {
                out.append(' ').append(refs);
            }
            out.append(line.suffix()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    public String csv() {
        List<List<Object>> rows = lines().stream()
                .map(l -> List.<Object>of(
                        l.section(),
                        nz(l.personId()),
                        nz(l.person()),
                        l.item(),
                        (l.detail() + l.suffix()).strip(),
                        l.from() == null ? "" : l.from(),
                        l.to() == null ? "" : l.to(),
                        nz(l.status()),
                        String.join("|", l.sources()),
                        l.credibility() == null ? "" : l.credibility(),
                        refs(l)))
                .toList();
        return new Table(
                        List.of(
                                "section",
                                "personId",
                                "person",
                                "item",
                                "detail",
                                "from",
                                "to",
                                "status",
                                "sources",
                                "credibility",
                                "refs"),
                        rows)
                .render(OutputFormat.CSV);
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>(extraJson);
        root.put("subject", trace.subject());
        root.put("subjectEvidence", evidence(trace.subject().sources(), null));
        root.put("generations", trace.generations());
        List<Map<String, Object>> members = new ArrayList<>();
        for (Trace.Member m : trace.members()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("person", m.person());
            member.put("generation", m.generation());
            member.put("parents", m.parents());
            member.put("spouses", m.spouses());
            member.put("songbun", songbunJson(m));
            member.put(
                    "facts",
                    m.facts().stream()
                            .map(f -> withEvidence(f, f.sources(), f.credibility()))
                            .toList());
            member.put(
                    "watchedBy",
                    m.watchers().stream()
                            .map(w -> withEvidence(w, w.sources(), w.credibility()))
                            .toList());
            member.put(
                    "reported",
                    m.reported().stream()
                            .map(r -> withEvidence(r, r.sources(), r.credibility()))
                            .toList());
            members.add(member);
        }
        root.put("members", members);
        root.put(
                "policies",
                trace.policies().stream()
                        .map(p -> withEvidence(p, p.sources(), p.credibility()))
                        .toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("membersByClass", trace.summary().byClass());
        summary.put("assignedToMinesFarmsOrConstruction", trace.summary().hardLabour());
        summary.put("assignedToOtherWorkOnly", trace.summary().otherWork());
        summary.put("neverAssigned", trace.summary().notAssigned());
        summary.put(
                "classFigures",
                trace.summary().figures().stream()
                        .map(f -> withEvidence(f, f.sources(), f.credibility()))
                        .toList());
        if (sections.contains("summary")) {
            root.put("summary", summary);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> songbunJson(Trace.Member m) {
        Map<String, Object> s = new LinkedHashMap<>();
        Derivation d = m.songbun();
        s.put("status", status(d));
        s.put("class", m.songbunClass().orElse(null));
        s.put("contradiction", d != null && d.contradicts());
        s.put("contradictsClass", d != null && d.contradictsClass());
        s.put(
                "documented",
                d == null
                        ? List.of()
                        : d.documented().stream()
                                .map(c -> withEvidence(c, c.sources(), c.credibility()))
                                .toList());
        s.put(
                "derived",
                d == null
                        ? null
                        : d.inherited()
                                .map(i -> withEvidence(
                                        i, i.sources(), i.classification().credibility()))
                                .orElse(null));
        return s;
    }

    private Map<String, Object> withEvidence(Object record, List<String> sources, Integer credibility) {
        Map<String, Object> map = JSON.convertValue(
                record, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        map.put("evidence", evidence(sources, credibility));
        return map;
    }

    private List<Map<String, Object>> evidence(List<String> sources, Integer credibility) {
        return grades.structured(sources, credibility);
    }

    private static String status(Derivation d) {
        if (d == null || d.effectiveClass().isEmpty()) {
            return "UNKNOWN";
        }
        return d.isDocumented() ? "DOCUMENTED" : "DERIVED";
    }

    private String heading() {
        Trace.Subject s = trace.subject();
        if (!sections.contains("lineage")) {
            return "Person " + s.id() + "  " + s.name() + "\nEvidence: [source reliability(A-F) credibility(1-6)]; "
                    + "`sources --for ID` expands a source.";
        }
        String what = s.kind().equals("family")
                ? "Family " + s.id() + "  " + s.name()
                : "Lineage around " + s.id() + "  " + s.name();
        String reach = trace.generations() == null
                ? "all generations in the data"
                : trace.generations()
                        + (s.kind().equals("family") ? " generation(s) from the top" : " generation(s) up and down");
        String synthetic = Boolean.TRUE.equals(s.synthetic()) ? "  (synthetic: invented for illustration)" : "";
        String refs = s.sources().isEmpty() ? "" : "  " + grades.refs(s.sources(), null);
        return what + synthetic + refs + "\n" + trace.members().size() + " member(s), " + reach
                + ". Evidence: [source reliability(A-F) credibility(1-6)]; `sources --for ID` expands a source.";
    }

    private static final Map<String, String> SECTION_TITLES = Map.of(
            "profile", "Person",
            "lineage",
                    "1. Lineage (CHILD_OF; children under their father, or their mother where no father is recorded)",
            "songbun",
                    "2. Hereditary songbun (own documented classification, else the nearest classified paternal ancestor)",
            "policy", "3. What the class means in principle (policies that apply to the class or category)",
            "fact", "4. What happened in fact",
            "summary", "5. Summary");

    /** All fact lines, in section order. */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>(preface);
        if (sections.contains("lineage")) {
            lineage(lines);
        }
        songbun(lines);
        policies(lines);
        facts(lines);
        if (sections.contains("summary")) {
            summary(lines);
        }
        return lines;
    }

    // --- 1. lineage ---------------------------------------------------------------------------------------------

    private void lineage(List<Line> lines) {
        Map<String, List<Trace.Member>> children = new HashMap<>();
        List<Trace.Member> parentless = new ArrayList<>();
        for (Trace.Member m : trace.members()) {
            treeParent(m)
                    .ifPresentOrElse(
                            p -> children.computeIfAbsent(p.id(), k -> new ArrayList<>())
                                    .add(m),
                            () -> parentless.add(m));
        }
        // Fathers first, so a couple without recorded parents is drawn on the husband's line.
        parentless.sort(Comparator.comparing((Trace.Member m) -> !hasPaternalChildren(m, children))
                .thenComparing(byBirth()));
        Set<String> shown = new LinkedHashSet<>();
        for (Trace.Member root : parentless) {
            if (!shown.contains(root.person().id())) {
                draw(lines, root, null, 0, "", children, shown);
            }
        }
    }

    private java.util.Optional<Trace.Link> treeParent(Trace.Member m) {
        return m.parents().stream()
                .filter(l -> "PATERNAL".equals(l.line()))
                .findFirst()
                .or(() -> m.parents().stream().findFirst());
    }

    private static boolean hasPaternalChildren(Trace.Member m, Map<String, List<Trace.Member>> children) {
        return children.getOrDefault(m.person().id(), List.of()).stream()
                .anyMatch(c -> c.parents().stream()
                        .anyMatch(l -> l.id().equals(m.person().id()) && "PATERNAL".equals(l.line())));
    }

    private static Comparator<Trace.Member> byBirth() {
        return Comparator.comparing((Trace.Member m) -> m.person().birthYear() == null
                        ? Integer.MAX_VALUE
                        : m.person().birthYear())
                .thenComparing(m -> m.person().id());
    }

    private void draw(
            List<Line> lines,
            Trace.Member m,
            Trace.Link viaParent,
            int depth,
            String prefix,
            Map<String, List<Trace.Member>> children,
            Set<String> shown) {
        shown.add(m.person().id());
        List<Trace.Member> spouses = m.spouses().stream()
                .map(l -> byId.get(l.id()))
                .filter(s -> s != null && !shown.contains(s.person().id()))
                .toList();
        spouses.forEach(s -> shown.add(s.person().id()));
        String text = prefix + (viaParent == null ? "" : "(" + relation(m, viaParent) + ") ") + describe(m);
        List<String> sources = viaParent == null ? m.person().sources() : viaParent.sources();
        Integer credibility = viaParent == null ? null : viaParent.credibility();
        StringBuilder marriages = new StringBuilder();
        for (Trace.Member s : spouses) {
            Trace.Link marriage = m.spouses().stream()
                    .filter(l -> l.id().equals(s.person().id()))
                    .findFirst()
                    .orElseThrow();
            marriages
                    .append("  ⚭ ")
                    .append(describe(s))
                    .append(years(" married ", marriage.from(), marriage.to()))
                    .append(' ')
                    .append(grades.refs(marriage.sources(), marriage.credibility()));
        }
        lines.add(new Line(
                "lineage",
                m.person().id(),
                m.person().name(),
                "member",
                text,
                null,
                null,
                null,
                sources,
                credibility,
                0,
                marriages.toString()));
        List<Trace.Member> kids =
                new ArrayList<>(children.getOrDefault(m.person().id(), List.of()));
        spouses.forEach(s -> kids.addAll(children.getOrDefault(s.person().id(), List.of())));
        List<Trace.Member> ordered = kids.stream()
                .distinct()
                .filter(k -> !shown.contains(k.person().id()))
                .sorted(byBirth())
                .toList();
        String childPrefix = prefix.replace("├── ", "│   ").replace("└── ", "    ");
        for (int i = 0; i < ordered.size(); i++) {
            Trace.Member kid = ordered.get(i);
            if (shown.contains(kid.person().id())) {
                continue;
            }
            String branch = i == ordered.size() - 1 ? "└── " : "├── ";
            draw(lines, kid, treeParent(kid).orElse(null), depth + 1, childPrefix + branch, children, shown);
        }
    }

    private static String relation(Trace.Member child, Trace.Link parent) {
        String role = "F".equals(child.person().sex())
                ? "daughter"
                : "M".equals(child.person().sex()) ? "son" : "child";
        return role + ", "
                + (parent.line() == null ? "line unknown" : parent.line().toLowerCase()) + " line";
    }

    static String describe(Trace.Member m) {
        return describe(m.person());
    }

    public static String describe(Trace.Person p) {
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

    private void songbun(List<Line> lines) {
        for (Trace.Member m : trace.members()) {
            Derivation d = m.songbun();
            String who = m.person().id() + " " + m.person().name();
            if (d == null || d.effectiveClass().isEmpty()) {
                lines.add(new Line(
                        "songbun",
                        m.person().id(),
                        m.person().name(),
                        "",
                        who + ": unknown (no documented "
                                + "classification and no classified ancestor on the paternal line; none is assumed)",
                        null,
                        null,
                        "UNKNOWN",
                        List.of(),
                        null,
                        0));
                continue;
            }
            if (d.isDocumented()) {
                for (Derivation.Classification c : d.documented()) {
                    lines.add(new Line(
                            "songbun",
                            m.person().id(),
                            m.person().name(),
                            "",
                            who + ": " + c.songbunClass() + ", documented: " + category(c) + ", " + basis(c),
                            null,
                            null,
                            "DOCUMENTED",
                            c.sources(),
                            c.credibility(),
                            0));
                }
            }
            d.inherited().ifPresent(i -> {
                String derivedText = i.classification().songbunClass() + ", derived from " + i.ancestorId() + " "
                        + i.ancestorName() + " (" + i.generations() + " generation" + (i.generations() == 1 ? "" : "s")
                        + " up the paternal line; " + basis(i.classification()) + ") → " + category(i.classification())
                        + " → " + i.classification().songbunClass() + "; path " + String.join(" → ", i.path());
                if (!d.isDocumented()) {
                    lines.add(new Line(
                            "songbun",
                            m.person().id(),
                            m.person().name(),
                            "",
                            who + ": " + derivedText,
                            null,
                            null,
                            "DERIVED",
                            i.sources(),
                            i.classification().credibility(),
                            0));
                } else if (d.contradicts()) {
                    lines.add(new Line(
                            "songbun",
                            m.person().id(),
                            m.person().name(),
                            "",
                            "!! CONTRADICTION ("
                                    + (d.contradictsClass() ? "class" : "category") + "): the paternal line says "
                                    + derivedText
                                    + ". Both are kept; neither wins.",
                            null,
                            null,
                            "CONTRADICTION",
                            i.sources(),
                            i.classification().credibility(),
                            1));
                }
            });
        }
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

    private void policies(List<Line> lines) {
        if (trace.policies().isEmpty()) {
            lines.add(new Line(
                    "policy",
                    null,
                    null,
                    "",
                    "No class or category is known for these members, so no " + "class-level policy applies.",
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    0));
            return;
        }
        Map<String, Long> classCounts = trace.summary().byClass();
        Map<String, List<Trace.Policy>> byTarget = new LinkedHashMap<>();
        for (String target : trace.policyTargets()) {
            List<Trace.Policy> ps = trace.policies().stream()
                    .filter(p -> p.target().equals(target))
                    .toList();
            if (!ps.isEmpty()) {
                byTarget.put(target, ps);
            }
        }
        for (Map.Entry<String, List<Trace.Policy>> e : byTarget.entrySet()) {
            String target = e.getKey();
            String count =
                    classCounts.containsKey(target) ? " (" + classCounts.get(target) + " member(s) of this class)" : "";
            lines.add(new Line("policy", null, null, "", target + count, null, null, null, List.of(), null, 0));
            Map<String, List<Trace.Policy>> byDomain = new TreeMap<>(Comparator.comparingInt(TraceReport::domainRank));
            e.getValue()
                    .forEach(p -> byDomain.computeIfAbsent(p.domain(), k -> new ArrayList<>())
                            .add(p));
            byDomain.forEach((domain, ps) -> {
                for (Trace.Policy p : ps) {
                    lines.add(new Line(
                            "policy",
                            null,
                            null,
                            domain,
                            p.id() + " " + p.name() + ": " + p.statement(),
                            null,
                            null,
                            null,
                            p.sources(),
                            p.credibility(),
                            1));
                }
            });
        }
    }

    private static int domainRank(String domain) {
        int i = DOMAINS.indexOf(domain);
        return i < 0 ? DOMAINS.size() : i;
    }

    // --- 4. facts -----------------------------------------------------------------------------------------------

    private void facts(List<Line> lines) {
        for (Trace.Member m : trace.members()) {
            String name = m.person().name();
            lines.add(new Line(
                    "fact",
                    m.person().id(),
                    name,
                    "",
                    m.person().id() + " " + name
                            + (m.facts().isEmpty()
                                            && m.watchers().isEmpty()
                                            && m.reported().isEmpty()
                                    ? ": nothing recorded"
                                    : ""),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    0));
            for (Trace.LifeFact f : m.facts()) {
                lines.add(new Line(
                        "fact",
                        m.person().id(),
                        name,
                        ITEMS.getOrDefault(f.type(), f.type()),
                        fact(f),
                        f.from(),
                        f.to(),
                        f.status(),
                        f.sources(),
                        f.credibility(),
                        1));
            }
            for (Surveillance.Watch w : m.watchers()) {
                String chains = w.lines().stream()
                        .map(line -> "; reporting chain: "
                                + line.stream()
                                        .map(h -> "→ " + h.unitId() + " " + h.unit() + " (" + h.kind() + ") "
                                                + grades.refs(h.sources(), h.credibility()))
                                        .collect(Collectors.joining(" ")))
                        .collect(Collectors.joining());
                lines.add(new Line(
                        "fact",
                        m.person().id(),
                        name,
                        "watched by",
                        w.id() + " " + w.name() + " (" + w.kind() + "), means " + w.means()
                                + years(" ", w.from(), w.to()),
                        w.from(),
                        w.to(),
                        null,
                        w.sources(),
                        w.credibility(),
                        1,
                        chains));
            }
            for (Trace.Reported r : m.reported()) {
                lines.add(new Line(
                        "fact",
                        m.person().id(),
                        name,
                        "reported",
                        r.id() + ": " + r.statement(),
                        null,
                        null,
                        null,
                        r.sources(),
                        r.credibility(),
                        1));
            }
        }
    }

    private static final Map<String, String> ITEMS = Map.of(
            "ASSIGNED_TO",
            "assigned",
            "SERVED_IN",
            "military",
            "STUDIED_AT",
            "schooling",
            "DENIED",
            "denied",
            "LIVES_IN",
            "residence",
            "DETAINED_IN",
            "detained",
            "TRADES_AT",
            "trades");

    private static String fact(Trace.LifeFact f) {
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
        s.append(years(" ", f.from(), f.to()));
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

    private static String years(String lead, Integer from, Integer to) {
        if (from == null && to == null) {
            return "";
        }
        if (from != null && from.equals(to)) {
            return lead + from;
        }
        return lead + (from == null ? "?" : from) + "–" + (to == null ? "" : to);
    }

    // --- 5. summary ---------------------------------------------------------------------------------------------

    private void summary(List<Line> lines) {
        Trace.Summary s = trace.summary();
        lines.add(new Line(
                "summary",
                null,
                null,
                "",
                "Members by class: "
                        + s.byClass().entrySet().stream()
                                .map(e -> e.getKey().toLowerCase() + " " + e.getValue())
                                .collect(Collectors.joining(", ")),
                null,
                null,
                null,
                List.of(),
                null,
                0));
        lines.add(new Line(
                "summary",
                null,
                null,
                "",
                "Assigned work: " + s.hardLabour()
                        + " member(s) to mines, farms or construction; " + s.otherWork() + " to other work only; "
                        + s.notAssigned() + " with no recorded assignment",
                null,
                null,
                null,
                List.of(),
                null,
                0));
        if (!s.figures().isEmpty()) {
            lines.add(new Line(
                    "summary",
                    null,
                    null,
                    "",
                    "What the sources say class-wide, for comparison:",
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    0));
        }
        for (Trace.Figure f : s.figures()) {
            String value = f.value() == null
                    ? ""
                    : f.value() + (f.valueMax() == null ? "" : "–" + f.valueMax())
                            + (f.unit() == null ? "" : " " + f.unit()) + ": ";
            lines.add(new Line(
                    "summary",
                    null,
                    null,
                    f.songbunClass().toLowerCase(),
                    value + f.id() + " " + f.statement() + (f.asOf() == null ? "" : " (as of " + f.asOf() + ")"),
                    null,
                    null,
                    null,
                    f.sources(),
                    f.credibility(),
                    1));
        }
    }

    private String refs(Line line) {
        return line.sources().isEmpty() ? "" : grades.refs(line.sources(), line.credibility());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
