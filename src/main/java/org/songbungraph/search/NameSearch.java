package org.songbungraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
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

    private final Neo4jClient client;

    NameSearch(Neo4jClient client) {
        this.client = client;
    }

    /** The best-ranked hits: exact, then prefix, then substring matches; then by label and id. */
    List<Hit> search(String text, Set<SearchLabel> labels, int limit) {
        return search(text, labels, limit, true);
    }

    /**
     * As {@link #search(String, Set, int)}; with {@code useIndexes} false every name is read, as on a store without
     * the search indexes. Both must give the same hits while no label has more than {@link #PER_LABEL} matches.
     */
    List<Hit> search(String text, Set<SearchLabel> labels, int limit, boolean useIndexes) {
        NameQuery query = new NameQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return withDetails(ranked(query, text, labels, limit, useIndexes));
    }

    private List<Hit> ranked(NameQuery query, String text, Set<SearchLabel> labels, int limit, boolean useIndexes) {
        int perLabel = Math.max(PER_LABEL, limit);
        String wideQuery = IndexQuery.lucene(query.literal(), query.skeleton());
        if (!useIndexes || wideQuery == null || !indexesOnline() || !keysCurrent()) {
            return rank(query, ids(query.literal(), labels, perLabel, null), limit);
        }
        // A full page of exact matches by whole words cannot be outranked: the wide query is not needed.
        Map<String, List<String>> narrow = ids(query.literal(), labels, perLabel, IndexQuery.wholeWords(text));
        List<Hit> narrowHits = matches(query, narrow);
        List<Hit> page = page(narrowHits, limit);
        if (page.size() == limit && page.get(limit - 1).found().tier() == NameQuery.Tier.EXACT) {
            return page;
        }
        // The wide query finds the narrow one's candidates again; only the others are read and ranked.
        Map<String, List<String>> wide = ids(query.literal(), labels, perLabel, wideQuery);
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
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("labels", labels.stream().map(SearchLabel::word).toList());
        if (lucene != null) {
            parameters.put("lucene", lucene);
            // Ids are upper case; the text is folded to lower case like every name it is compared with. Ids are
            // short codes, so a text longer than LONGEST_ID is not looked for among them (null CONTAINS finds none).
            String idText = literal.toUpperCase(Locale.ROOT);
            parameters.put("idText", idText.length() > LONGEST_ID ? null : idText);
            parameters.put("limit", perLabel);
        }
        Map<String, List<String>> ids = new HashMap<>();
        client.query(QueryFile.load(lucene == null ? "search/every-id.cypher" : "search/indexed-ids.cypher"))
                .bindAll(parameters)
                .fetch()
                .all()
                .forEach(r -> ids.computeIfAbsent((String) r.get("label"), k -> new ArrayList<>())
                        .add((String) r.get("id")));
        return ids;
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
