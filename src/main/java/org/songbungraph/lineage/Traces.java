package org.songbungraph.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.songbungraph.shell.KnownIds;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.surveillance.Surveillance;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Assembles a {@link Trace} with a handful of parameterised queries, whatever the size of the family. */
@Component
public class Traces {

    /** Kinds of unit that count as hard assigned labour in the summary. */
    static final Set<String> HARD_LABOUR = Set.of("MINE", "FARM", "CONSTRUCTION");

    private final Neo4jClient client;
    private final SongbunDerivation derivation;
    private final KnownIds knownIds;
    private final Surveillance surveillance;

    Traces(Neo4jClient client, SongbunDerivation derivation, KnownIds knownIds, Surveillance surveillance) {
        this.client = client;
        this.derivation = derivation;
        this.knownIds = knownIds;
        this.surveillance = surveillance;
    }

    /** A family's members, keeping the top {@code generations} generations (all when null). */
    @SuppressWarnings("unchecked") // the query returns lists of strings
    public Trace forFamily(String givenId, Integer generations) {
        String familyId = knownIds.require(KnownIds.Kind.FAMILY, givenId);
        Map<String, Object> family = client.query(QueryFile.load("lineage/family.cypher"))
                .bindAll(Map.of("familyId", familyId))
                .fetch()
                .one()
                .orElseThrow();
        Trace.Subject subject = new Trace.Subject(
                "family", familyId, (String) family.get("name"), (Boolean) family.get("synthetic"), (List<String>)
                        family.get("sources"));
        List<String> ids = (List<String>) family.get("members");
        return assemble(subject, generations, ids, true);
    }

    /** The person and their ancestors and descendants up to {@code generations} steps (all when null). */
    public Trace forPerson(String givenId, Integer generations) {
        String personId = knownIds.require(KnownIds.Kind.PERSON, givenId);
        int reach = generations == null ? Integer.MAX_VALUE : generations;
        List<String> ids =
                List.copyOf(new LinkedHashSet<>(client.query(QueryFile.load("lineage/lineage-of-person.cypher"))
                        .bindAll(Map.of("personId", personId, "generations", reach))
                        .fetchAs(String.class)
                        .mappedBy((types, r) -> r.get("id").asString())
                        .all()));
        Trace.Subject subject = new Trace.Subject("person", personId, null, null, List.of());
        // Generations were already cut by distance from the person; don't cut again from the top.
        return assemble(subject, generations, ids, false);
    }

    private Trace assemble(Trace.Subject subject, Integer generations, List<String> allIds, boolean cutFromTop) {
        List<PersonRow> people = people(allIds);
        Map<String, Integer> generationOf = generations(people);
        List<PersonRow> kept = people.stream()
                .filter(p -> !cutFromTop
                        || generations == null
                        || generationOf.get(p.person().id()) < generations)
                .toList();
        List<String> ids = kept.stream().map(p -> p.person().id()).toList();

        Map<String, Derivation> songbun =
                derivation.forPeople(ids).stream().collect(Collectors.toMap(Derivation::personId, Function.identity()));
        Map<String, List<Trace.LifeFact>> facts = group(lifeFacts(ids), LifeFactRow::personId, LifeFactRow::fact);
        Map<String, List<Surveillance.Watch>> watchers = surveillance.watchersOf(KnownIds.Kind.PERSON, ids);
        Map<String, List<Trace.Reported>> reported = group(reported(ids), ReportedRow::personId, ReportedRow::reported);

        List<Trace.Member> members = kept.stream()
                .map(p -> new Trace.Member(
                        p.person(),
                        generationOf.get(p.person().id()),
                        keepInside(p.parents(), ids),
                        keepInside(p.spouses(), ids),
                        songbun.get(p.person().id()),
                        facts.getOrDefault(p.person().id(), List.of()),
                        watchers.getOrDefault(p.person().id(), List.of()),
                        reported.getOrDefault(p.person().id(), List.of())))
                .toList();

        Trace.Subject named = subject.kind().equals("person")
                ? members.stream()
                        .filter(m -> m.person().id().equals(subject.id()))
                        .findFirst()
                        .map(m -> new Trace.Subject(
                                "person",
                                subject.id(),
                                m.person().name(),
                                m.person().synthetic(),
                                m.person().sources()))
                        .orElse(subject)
                : subject;
        List<String> targets = policyTargets(members);
        List<Trace.Policy> policies = policies(targets);
        return new Trace(named, generations, members, policies, summary(members), targets);
    }

    /** The classes and categories whose policies apply: documented and derived alike, so a contradiction shows both. */
    private static List<String> policyTargets(List<Trace.Member> members) {
        Set<String> targets = new LinkedHashSet<>();
        for (Trace.Member m : members) {
            if (m.songbun() == null) {
                continue;
            }
            m.songbun().documented().forEach(c -> {
                targets.add(c.songbunClass());
                targets.add(c.category());
            });
            m.songbun().inherited().ifPresent(i -> {
                targets.add(i.classification().songbunClass());
                targets.add(i.classification().category());
            });
        }
        targets.remove(null);
        return List.copyOf(targets);
    }

    private Trace.Summary summary(List<Trace.Member> members) {
        Map<String, Long> byClass = new LinkedHashMap<>();
        for (String k : List.of("HOSTILE", "WAVERING", "CORE", "UNKNOWN")) {
            byClass.put(k, 0L);
        }
        long hard = 0;
        long other = 0;
        long none = 0;
        for (Trace.Member m : members) {
            byClass.merge(m.songbunClass().orElse("UNKNOWN"), 1L, Long::sum);
            List<Trace.LifeFact> assignments = m.facts().stream()
                    .filter(f -> f.type().equals("ASSIGNED_TO"))
                    .toList();
            if (assignments.isEmpty()) {
                none++;
            } else if (assignments.stream().anyMatch(f -> HARD_LABOUR.contains(f.targetKind()))) {
                hard++;
            } else {
                other++;
            }
        }
        List<String> classes = byClass.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !e.getKey().equals("UNKNOWN"))
                .map(Map.Entry::getKey)
                .toList();
        List<Trace.Figure> figures = client
                .query(QueryFile.load("lineage/class-figures.cypher"))
                .bindAll(Map.of("classes", classes))
                .fetchAs(Trace.Figure.class)
                .mappedBy((types, r) -> new Trace.Figure(
                        r.get("class").asString(),
                        r.get("id").asString(),
                        r.get("statement").asString(null),
                        number(r.get("value")),
                        number(r.get("valueMax")),
                        r.get("unit").asString(null),
                        r.get("qualifier").asString(null),
                        r.get("asOf").asString(null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("credibility").computeOrDefault(Value::asInt, null)))
                .all()
                .stream()
                .toList();
        return new Trace.Summary(byClass, hard, other, none, figures);
    }

    private record PersonRow(Trace.Person person, List<Trace.Link> parents, List<Trace.Link> spouses) {}

    private List<PersonRow> people(List<String> ids) {
        return List.copyOf(client.query(QueryFile.load("lineage/people.cypher"))
                .bindAll(Map.of("ids", ids))
                .fetchAs(PersonRow.class)
                .mappedBy((types, r) -> new PersonRow(
                        new Trace.Person(
                                r.get("id").asString(),
                                r.get("name").asString(null),
                                r.get("nameKo").asString(null),
                                r.get("protection").asString(null),
                                r.get("synthetic").isNull()
                                        ? null
                                        : r.get("synthetic").asBoolean(),
                                r.get("sex").asString(null),
                                r.get("birthYear").computeOrDefault(Value::asInt, null),
                                r.get("deathYear").computeOrDefault(Value::asInt, null),
                                r.get("sources").asList(Value::asString, List.of())),
                        r.get("parents").asList(v -> link(v, v.get("line").asString(null))),
                        r.get("spouses").asList(v -> link(v, null))))
                .all());
    }

    private static Trace.Link link(Value v, String line) {
        return new Trace.Link(
                v.get("id").asString(),
                line,
                v.get("from").computeOrDefault(Value::asInt, null),
                v.get("to").computeOrDefault(Value::asInt, null),
                v.get("sources").asList(Value::asString, List.of()),
                v.get("credibility").computeOrDefault(Value::asInt, null));
    }

    private static List<Trace.Link> keepInside(List<Trace.Link> links, List<String> ids) {
        return links.stream().filter(l -> ids.contains(l.id())).toList();
    }

    /**
     * Generation 0 is a member without parents in the set; a child is one below its lowest-placed parent.
     * Someone who married in sits on their spouse's generation.
     */
    static Map<String, Integer> generations(List<PersonRow> people) {
        Map<String, PersonRow> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.person().id(), p));
        Map<String, Integer> generation = new HashMap<>();
        for (PersonRow p : people) {
            generationOf(p.person().id(), byId, generation, new LinkedHashSet<>());
        }
        for (PersonRow p : people) {
            boolean hasParents = p.parents().stream().anyMatch(l -> byId.containsKey(l.id()));
            if (!hasParents) {
                p.spouses().stream()
                        .filter(s -> byId.containsKey(s.id()))
                        .map(s -> generation.get(s.id()))
                        .max(Integer::compare)
                        .ifPresent(g -> generation.put(
                                p.person().id(),
                                Math.max(generation.get(p.person().id()), g)));
            }
        }
        return generation;
    }

    private static int generationOf(
            String id, Map<String, PersonRow> byId, Map<String, Integer> memo, Set<String> visiting) {
        Integer known = memo.get(id);
        if (known != null) {
            return known;
        }
        // A CHILD_OF cycle is bad data, not a reason to overflow the stack.
        if (!visiting.add(id)) {
            return 0;
        }
        int g = byId.get(id).parents().stream()
                .filter(l -> byId.containsKey(l.id()))
                .mapToInt(l -> generationOf(l.id(), byId, memo, visiting) + 1)
                .max()
                .orElse(0);
        memo.put(id, g);
        return g;
    }

    private record LifeFactRow(String personId, Trace.LifeFact fact) {}

    private Collection<LifeFactRow> lifeFacts(List<String> ids) {
        return client.query(QueryFile.load("lineage/life-facts.cypher"))
                .bindAll(Map.of("ids", ids))
                .fetchAs(LifeFactRow.class)
                .mappedBy((types, r) -> new LifeFactRow(
                        r.get("personId").asString(),
                        new Trace.LifeFact(
                                r.get("type").asString(),
                                r.get("targetId").asString(null),
                                r.get("target").asString(null),
                                r.get("targetKind").asString(null),
                                r.get("places").asList(Value::asString, List.of()),
                                r.get("from").computeOrDefault(Value::asInt, null),
                                r.get("to").computeOrDefault(Value::asInt, null),
                                r.get("fromDate").asString(null),
                                r.get("toDate").asString(null),
                                r.get("dateQualifier").asString(null),
                                r.get("status").asString(null),
                                r.get("role").asString(null),
                                r.get("what").asString(null),
                                r.get("reason").asString(null),
                                r.get("completed").isNull()
                                        ? null
                                        : r.get("completed").asBoolean(),
                                r.get("goods").asList(Value::asString, List.of()),
                                r.get("documents").asList(Value::asString, List.of()),
                                r.get("assignedById").asString(null),
                                r.get("assignedBy").asString(null),
                                r.get("sources").asList(Value::asString, List.of()),
                                r.get("credibility").computeOrDefault(Value::asInt, null))))
                .all();
    }

    private record ReportedRow(String personId, Trace.Reported reported) {}

    private Collection<ReportedRow> reported(List<String> ids) {
        return client.query(QueryFile.load("lineage/claims-about-people.cypher"))
                .bindAll(Map.of("ids", ids))
                .fetchAs(ReportedRow.class)
                .mappedBy((types, r) -> new ReportedRow(
                        r.get("personId").asString(),
                        new Trace.Reported(
                                r.get("id").asString(),
                                r.get("statement").asString(null),
                                r.get("knowledge").asString(null),
                                r.get("asOf").asString(null),
                                r.get("dateQualifier").asString(null),
                                r.get("sources").asList(Value::asString, List.of()),
                                r.get("credibility").computeOrDefault(Value::asInt, null))))
                .all();
    }

    private List<Trace.Policy> policies(List<String> targets) {
        return List.copyOf(client.query(QueryFile.load("lineage/policies.cypher"))
                .bindAll(Map.of("targets", targets))
                .fetchAs(Trace.Policy.class)
                .mappedBy((types, r) -> new Trace.Policy(
                        r.get("target").asString(),
                        r.get("id").asString(),
                        r.get("name").asString(null),
                        r.get("domain").asString(null),
                        r.get("statement").asString(null),
                        r.get("sources").asList(Value::asString, List.of()),
                        r.get("credibility").computeOrDefault(Value::asInt, null)))
                .all());
    }

    private static <R, T> Map<String, List<T>> group(
            Collection<R> rows, Function<R, String> key, Function<R, T> value) {
        Map<String, List<T>> grouped = new TreeMap<>();
        rows.forEach(r ->
                grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(value.apply(r)));
        return grouped;
    }

    private static Number number(Value v) {
        if (v.isNull()) {
            return null;
        }
        double d = v.asDouble();
        return d == Math.rint(d) ? (Number) (long) d : (Number) d;
    }
}
