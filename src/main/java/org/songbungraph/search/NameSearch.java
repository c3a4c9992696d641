package org.songbungraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds nodes by name in two steps: the candidates, then their ranking in Java with {@link NameQuery}. The
 * candidates come from the search_keys_* indexes (cypher/60-lookup-indexes.cypher) over the keys {@link SearchKeys}
 * writes, asked with {@link IndexQuery}: a superset of the matches, at most {@link #PER_LABEL} nodes of each label,
 * so a search costs about the same at a million people as at a hundred. Without those indexes, or when the keys do
 * not cover the store (nodes added outside `load`), every name is read instead, with the same results.
 * docs/romanisation.md describes both.
 */
@Component
class NameSearch {

    /** A node that may be found, with the names it may be found by. Protected people carry no name to match. */
    record Candidate(
            SearchLabel label,
            String id,
            String name,
            String nameKo,
            String searchName,
            String witnessCode,
            boolean isProtected,
            List<String> detail,
            List<String> sources) {

        /** The names to match, in the order a tie is resolved; a protected person only by code or id, in full. */
        List<Key> keys() {
            if (isProtected) {
                return List.of(
                        new Key("witness code", witnessCode, NameQuery.Mode.WHOLE_CODE),
                        new Key("id", id, NameQuery.Mode.WHOLE_CODE));
            }
            return List.of(
                    new Key("name", searchName, NameQuery.Mode.NAME),
                    new Key("nameKo", nameKo, NameQuery.Mode.NAME),
                    new Key("id", id, NameQuery.Mode.CODE));
        }
    }

    record Key(String field, String text, NameQuery.Mode mode) {}

    /** A candidate that matched, with the name it matched by and how. */
    record Hit(Candidate candidate, String field, NameQuery.Found found) {

        /** For the match column: which name, how much of it, and the part of it a variant spelling matched. */
        String describe() {
            String how = field + " " + found.tier().word();
            return found.isVariant() ? how + ", variant spelling of \"" + found.variantOf() + "\"" : how;
        }
    }

    private static final Comparator<Hit> ORDER = Comparator.<Hit, NameQuery.Tier>comparing(
                    h -> h.found().tier())
            .thenComparing(h -> h.candidate().label())
            .thenComparing(h -> h.candidate().id());

    /**
     * How many nodes of one label the indexes offer for ranking. When more match (a common surname among a million
     * people) the ranking sees these, best index score first, not all of them.
     */
    static final int PER_LABEL = 1000;

    /** Ids are short codes: a longer text is not looked for among them. */
    private static final int LONGEST_ID = 1000;

    private static final List<String> INDEXES = Arrays.stream(SearchLabel.values())
            .flatMap(l -> Stream.of("search_keys_" + l.word(), "search_" + l.word() + "_id"))
            .toList();

    /**
     * The hits of one search, and the labels whose candidates the cap cut short: for those, more nodes matched than
     * the ranking saw ({@code cap} of each), so rows of the same rank as the last one shown may be missing. Empty
     * when nothing was cut.
     */
    record Found(List<Hit> hits, Set<SearchLabel> capped, int cap) {}

    private final Neo4jClient client;
    private final int perLabel;

    @Autowired
    NameSearch(Neo4jClient client) {
        this(client, PER_LABEL);
    }

    /** With another cap than {@link #PER_LABEL}, so tests can reach it on a small graph. */
    NameSearch(Neo4jClient client, int perLabel) {
        this.client = client;
        this.perLabel = perLabel;
    }

    /** The best-ranked hits: exact, then prefix, then substring matches; then by label and id. */
    List<Hit> search(String text, Set<SearchLabel> labels, int limit) {
        return find(text, labels, limit).hits();
    }

    /** As {@link #search(String, Set, int)}, saying which labels the cap cut short. */
    Found find(String text, Set<SearchLabel> labels, int limit) {
        return find(text, labels, limit, true);
    }

    /**
     * As {@link #search(String, Set, int)}; with {@code useIndexes} false every name is read, as on a store without
     * the search indexes. Both must give the same hits while no label has more than {@link #PER_LABEL} matches.
     */
    List<Hit> search(String text, Set<SearchLabel> labels, int limit, boolean useIndexes) {
        return find(text, labels, limit, useIndexes).hits();
    }

    private Found find(String text, Set<SearchLabel> labels, int limit, boolean useIndexes) {
        int cap = Math.max(perLabel, limit);
        NameQuery query = new NameQuery(text);
        if (query.isEmpty()) {
            return new Found(List.of(), Set.of(), cap);
        }
        Set<SearchLabel> capped = EnumSet.noneOf(SearchLabel.class);
        List<Hit> hits = withDetails(ranked(query, text, labels, limit, cap, useIndexes, capped));
        return new Found(hits, Set.copyOf(capped), cap);
    }

    private List<Hit> ranked(
            NameQuery query,
            String text,
            Set<SearchLabel> labels,
            int limit,
            int cap,
            boolean useIndexes,
            Set<SearchLabel> capped) {
        String wideQuery = IndexQuery.lucene(query.literal(), query.skeleton());
        if (!useIndexes || wideQuery == null || !indexesOnline() || !keysCurrent()) {
            return rank(query, ids(query.literal(), labels, cap, null), limit);
        }
        // A full page of exact matches by whole words cannot be outranked: the wide query is not needed.
        Map<String, List<String>> narrow = offered(query.literal(), labels, cap, IndexQuery.wholeWords(text), capped);
        List<Hit> narrowHits = matches(query, narrow);
        List<Hit> page = page(narrowHits, limit);
        if (page.size() == limit && page.get(limit - 1).found().tier() == NameQuery.Tier.EXACT) {
            return page;
        }
        // The wide query finds the narrow one's candidates again; only the others are read and ranked.
        Map<String, List<String>> wide = offered(query.literal(), labels, cap, wideQuery, capped);
        narrow.forEach((label, ranked) -> wide.computeIfPresent(label, (k, found) -> {
            Set<String> seen = new HashSet<>(ranked);
            return found.stream().filter(id -> !seen.contains(id)).toList();
        }));
        List<Hit> all = new ArrayList<>(narrowHits);
        all.addAll(matches(query, wide));
        return page(all, limit);
    }

    private List<Hit> rank(NameQuery query, Map<String, List<String>> ids, int limit) {
        return page(matches(query, ids), limit);
    }

    /** The candidates that match, each by its best name; read without detail and sources, which only the page needs. */
    private List<Hit> matches(NameQuery query, Map<String, List<String>> ids) {
        List<Hit> hits = new ArrayList<>();
        for (Candidate candidate : candidates(ids, false)) {
            best(query, candidate).ifPresent(hits::add);
        }
        return hits;
    }

    private static List<Hit> page(List<Hit> hits, int limit) {
        return hits.stream().sorted(ORDER).limit(limit).toList();
    }

    /** The hits again, each with its candidate read in full. */
    private List<Hit> withDetails(List<Hit> hits) {
        Map<String, List<String>> ids = new HashMap<>();
        hits.forEach(h -> ids.computeIfAbsent(h.candidate().label().word(), k -> new ArrayList<>())
                .add(h.candidate().id()));
        Map<String, Candidate> full = new HashMap<>();
        candidates(ids, true).forEach(c -> full.put(c.label().word() + " " + c.id(), c));
        // A node deleted since it was ranked (a load running beside this search) is left out, not shown half-read.
        return hits.stream()
                .filter(h -> full.containsKey(
                        h.candidate().label().word() + " " + h.candidate().id()))
                .map(h -> new Hit(
                        full.get(h.candidate().label().word() + " "
                                + h.candidate().id()),
                        h.field(),
                        h.found()))
                .toList();
    }

    private static Optional<Hit> best(NameQuery query, Candidate candidate) {
        Hit best = null;
        for (Key key : candidate.keys()) {
            Optional<NameQuery.Found> found = query.match(key.text(), key.mode());
            if (found.isPresent() && (best == null || found.get().isBetterThan(best.found()))) {
                best = new Hit(candidate, key.field(), found.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The ids worth ranking, by label word: those the Lucene query and the id text index offer, or every id. */
    Map<String, List<String>> ids(String literal, Set<SearchLabel> labels, int perLabel, String lucene) {
        return offered(literal, labels, perLabel, lucene, EnumSet.noneOf(SearchLabel.class));
    }

    /**
     * As {@link #ids}, adding to {@code capped} each label of which the index or the id lookup offered more than
     * {@code perLabel} nodes (it is asked for one more than that).
     */
    private Map<String, List<String>> offered(
            String literal, Set<SearchLabel> labels, int perLabel, String lucene, Set<SearchLabel> capped) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("labels", labels.stream().map(SearchLabel::word).toList());
        if (lucene != null) {
            parameters.put("lucene", lucene);
            // Ids are upper case; the text is folded to lower case like every name it is compared with. Ids are
            // short codes, so a text longer than LONGEST_ID is not looked for among them (null CONTAINS finds none).
            String idText = literal.toUpperCase(Locale.ROOT);
            parameters.put("idText", idText.length() > LONGEST_ID ? null : idText);
            // One more than the cap, so a list that reaches it shows that more matched.
            parameters.put("limit", perLabel + 1);
        }
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        Map<List<String>, Integer> offeredBy = new HashMap<>();
        client.query(QueryFile.load(lucene == null ? "search/every-id.cypher" : "search/indexed-ids.cypher"))
                .bindAll(parameters)
                .fetch()
                .all()
                .forEach(r -> {
                    String label = (String) r.get("label");
                    ids.computeIfAbsent(label, k -> new LinkedHashSet<>()).add((String) r.get("id"));
                    if (r.get("via") != null) {
                        offeredBy.merge(List.of(label, (String) r.get("via")), 1, Integer::sum);
                    }
                });
        offeredBy.forEach((labelAndVia, count) -> {
            if (count > perLabel) {
                capped.add(SearchLabel.of(labelAndVia.get(0)));
            }
        });
        Map<String, List<String>> lists = new HashMap<>();
        ids.forEach((label, found) -> lists.put(label, List.copyOf(found)));
        return lists;
    }

    private boolean indexesOnline() {
        return client.query(QueryFile.load("search/indexes-online.cypher"))
                        .bindAll(Map.of("names", INDEXES))
                        .fetchAs(Long.class)
                        .one()
                        .orElse(0L)
                == INDEXES.size();
    }

    private boolean keysCurrent() {
        return client.query(QueryFile.load("search/keys-current.cypher"))
                .fetch()
                .one()
                .map(r -> (Boolean) r.get("current"))
                .orElse(false);
    }

    private List<Candidate> candidates(Map<String, List<String>> ids, boolean details) {
        return List.copyOf(client.query(QueryFile.load("search/candidates.cypher"))
                .bindAll(Map.of("ids", ids, "details", details))
                .fetchAs(Candidate.class)
                .mappedBy((types, r) -> new Candidate(
                        SearchLabel.of(r.get("label").asString()),
                        r.get("id").asString(),
                        r.get("name").asString(null),
                        r.get("nameKo").asString(null),
                        r.get("searchName").asString(null),
                        r.get("witnessCode").asString(null),
                        r.get("protected").asBoolean(),
                        r.get("detail").asList(Value::asString),
                        r.get("sources").asList(Value::asString, List.of())))
                .all());
    }
}
