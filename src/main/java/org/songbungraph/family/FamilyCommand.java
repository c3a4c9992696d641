package org.songbungraph.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.songbungraph.family.FamilyQueries.Member;
import org.songbungraph.family.FamilyQueries.MemberStats;
import org.songbungraph.family.FamilyQueries.Relative;
import org.songbungraph.lineage.Derivation;
import org.songbungraph.lineage.SongbunDerivation;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.KnownIds;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;
import org.songbungraph.source.Evidence;
import org.songbungraph.source.SourceRefs;
import org.springframework.data.domain.Sort;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

// The class-level command is the prefix: the methods are `family list` and `family` itself. Spring Shell runs
// the longest registered command that the input starts with, so `family list` never reaches `family`.
@Command(command = "family", group = "Families")
class FamilyCommand {

    // Most to least favoured, as SongbunClass.rank orders them.
    private static final List<String> CLASS_ORDER = List.of("CORE", "WAVERING", "HOSTILE");

    private final FamilyRepository families;
    private final FamilyQueries queries;
    private final SongbunDerivation derivation;
    private final KnownIds knownIds;
    private final SourceRefs refs;
    private final Redactor redactor;

    FamilyCommand(
            FamilyRepository families,
            FamilyQueries queries,
            SongbunDerivation derivation,
            KnownIds knownIds,
            SourceRefs refs,
            Redactor redactor) {
        this.families = families;
        this.queries = queries;
        this.derivation = derivation;
        this.knownIds = knownIds;
        this.refs = refs;
        this.redactor = redactor;
    }

    @Command(
            command = "list",
            description = "List the families: members, generations and birth years spanned, and "
                    + "the songbun classes documented for or derived to their members.")
    String list(
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        SourceRefs.Grades grades = refs.grades();
        Map<String, MemberStats> stats =
                queries.memberStats().stream().collect(Collectors.toMap(MemberStats::familyId, Function.identity()));
        List<String> everyone = stats.values().stream()
                .flatMap(s -> s.memberIds().stream())
                .distinct()
                .toList();
        Map<String, Derivation> derived = derivation.forPeople(everyone).stream()
                .collect(Collectors.toMap(Derivation::personId, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (Family family : families.findAll(Sort.by("id"))) {
            MemberStats s = stats.get(family.id());
            List<Derivation> members = s.memberIds().stream().map(derived::get).toList();
            rows.add(Arrays.asList(
                    family.id(),
                    family.name(),
                    family.nameKo(),
                    family.synthetic(),
                    s.members(),
                    s.generations(),
                    span(s.firstBorn(), s.lastBorn()),
                    classes(members, output),
                    members.stream().filter(d -> d.effectiveClass().isEmpty()).count(),
                    contradictions(members, output),
                    grades.cell(family.sources(), null, output)));
        }
        return redactor.render(
                new Table(
                        List.of(
                                "id",
                                "name",
                                "nameKo",
                                "synthetic",
                                "members",
                                "generations",
                                "born",
                                "classes",
                                "unclassified",
                                "contradictions",
                                "refs"),
                        rows),
                output);
    }

    @Command(
            description = "Show one family's members: parents, spouses and the songbun class of each, documented "
                    + "or derived through the paternal line.")
    String family(
            @Option(longNames = "id", description = "the family id, e.g. F-SYN-PAK (`family list` shows them)")
                    String id,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format) {
        OutputFormat output = OutputFormat.parse(format);
        knownIds.require(KnownIds.Kind.FAMILY, id);
        SourceRefs.Grades grades = refs.grades();
        List<Member> members = queries.members(id);
        Map<String, Derivation> derived = derivation
                .forPeople(members.stream().map(Member::personId).toList())
                .stream()
                .collect(Collectors.toMap(Derivation::personId, Function.identity()));
        Map<String, String> shown = new HashMap<>();
        members.forEach(m -> shown.put(m.personId(), m.shownId()));
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : members) {
            Derivation d = derived.get(m.personId());
            rows.add(Arrays.asList(
                    m.shownId(),
                    m.name(),
                    m.sex(),
                    m.born(),
                    m.died(),
                    relatives(m.parents(), grades, output),
                    relatives(m.spouses(), grades, output),
                    d.effectiveClass().orElse(null),
                    basis(d),
                    detail(d, shown),
                    d.effectiveClass().isEmpty() ? null : grades.cell(classSources(d), null, output),
                    grades.cell(m.sources(), m.credibility(), output)));
        }
        return redactor.render(
                new Table(
                        List.of(
                                "person",
                                "name",
                                "sex",
                                "born",
                                "died",
                                "parents",
                                "spouses",
                                "class",
                                "basis",
                                "detail",
                                "classRefs",
                                "refs"),
                        rows),
                output);
    }

    private static String span(Integer first, Integer last) {
        if (first == null) {
            return null;
        }
        return first.equals(last) ? String.valueOf(first) : first + "-" + last;
    }

    /** Each class found among the members, with how many have it documented and how many by derivation. */
    private static Object classes(List<Derivation> members, OutputFormat output) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Derivation d : members) {
            d.effectiveClass().ifPresent(c -> counts.computeIfAbsent(c, k -> new long[2])[d.isDocumented() ? 0 : 1]++);
        }
        List<String> order = counts.keySet().stream()
                .sorted(Comparator.comparingInt(FamilyCommand::rank).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> texts = order.stream()
                .map(c -> c + ": " + counts.get(c)[0] + " documented, " + counts.get(c)[1] + " derived")
                .toList();
        List<Map<String, Object>> structured = order.stream()
                .map(c -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("class", c);
                    entry.put("documented", counts.get(c)[0]);
                    entry.put("derived", counts.get(c)[1]);
                    return entry;
                })
                .toList();
        return Evidence.entries(texts, structured, output);
    }

    private static int rank(String songbunClass) {
        int rank = CLASS_ORDER.indexOf(songbunClass);
        return rank < 0 ? CLASS_ORDER.size() : rank;
    }

    /** Members whose documented category differs from the one derived from their paternal line. */
    private static Object contradictions(List<Derivation> members, OutputFormat output) {
        List<Derivation> conflicting =
                members.stream().filter(Derivation::contradicts).toList();
        List<String> texts = conflicting.stream()
                .map(d -> shownId(d) + ": documented " + documentedClass(d) + ", derived "
                        + d.inherited().orElseThrow().classification().songbunClass())
                .toList();
        return Evidence.entries(texts, texts, output);
    }

    private static Object relatives(List<Relative> relatives, SourceRefs.Grades grades, OutputFormat output) {
        List<String> texts = relatives.stream()
                .map(r -> r.id() + " " + r.name() + (r.detail() == null ? "" : " (" + r.detail() + ")") + " "
                        + grades.refs(r.sources(), r.credibility()))
                .toList();
        List<Map<String, Object>> structured = relatives.stream()
                .map(r -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", r.id());
                    entry.put("name", r.name());
                    entry.put("detail", r.detail());
                    entry.put("refs", grades.structured(r.sources(), r.credibility()));
                    return entry;
                })
                .toList();
        return Evidence.entries(texts, structured, output);
    }

    private static String basis(Derivation d) {
        if (d.isDocumented()) {
            return "documented";
        }
        return d.inherited().isPresent() ? "derived" : "none";
    }

    private static String detail(Derivation d, Map<String, String> shown) {
        Optional<String> fromAncestor = d.inherited()
                .map(i -> "paternal line: "
                        + shown.getOrDefault(i.ancestorId(), i.ancestorName()) + " ("
                        + i.classification().category() + ", "
                        + i.classification().songbunClass() + ") " + i.generations()
                        + (i.generations() == 1 ? " generation up" : " generations up"));
        if (!d.isDocumented()) {
            return fromAncestor.orElse("no classification documented for this person or a paternal ancestor");
        }
        Derivation.Classification own = d.documented().get(d.documented().size() - 1);
        String documented = "own file: " + own.category() + " (" + own.songbunClass() + ", " + own.basis()
                + (own.year() == null ? "" : " " + own.year()) + ")";
        if (d.contradicts()) {
            return documented + "; CONTRADICTS the " + fromAncestor.orElseThrow() + "; both are kept";
        }
        return documented;
    }

    /** The derivation names a protected person by witness code; everyone else is shown by id. */
    private static String shownId(Derivation d) {
        return "PROTECTED".equals(d.protection()) ? d.name() : d.personId();
    }

    private static String documentedClass(Derivation d) {
        return d.documented().get(d.documented().size() - 1).songbunClass();
    }

    /** The evidence behind the class shown, and behind the derivation it contradicts when it does. */
    private static List<String> classSources(Derivation d) {
        Stream<String> own = d.documented().stream().flatMap(c -> c.sources().stream());
        Stream<String> inherited = d.isDocumented() && !d.contradicts()
                ? Stream.empty()
                : d.inherited().stream().flatMap(i -> i.sources().stream());
        return Stream.concat(own, inherited).distinct().toList();
    }
}
