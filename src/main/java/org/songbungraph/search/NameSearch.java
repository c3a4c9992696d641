package org.songbungraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds nodes by name: fetches the candidate names with one parameterised query and ranks them in Java with
 * {@link NameQuery}. At the size of the shipped data that is a few hundred rows. For a large graph, only
 * {@link #candidates} changes: it would ask a full-text index over precomputed skeletons for the few nodes worth
 * ranking (see docs/romanisation.md), and the ranking here stays as it is.
 */
@Component
class NameSearch {

    /** A node that may be found, with the names it may be found by. Protected people carry no name to match. */
    record Candidate(SearchLabel label, String id, String name, String nameKo, String searchName, String witnessCode,
                     boolean isProtected, List<String> detail, List<String> sources) {

        /** The names to match, in the order a tie is resolved; a protected person only by code or id, in full. */
        List<Key> keys() {
            if (isProtected) {
                return List.of(new Key("witness code", witnessCode, NameQuery.Mode.WHOLE_CODE),
                        new Key("id", id, NameQuery.Mode.WHOLE_CODE));
            }
            return List.of(new Key("name", searchName, NameQuery.Mode.NAME),
                    new Key("nameKo", nameKo, NameQuery.Mode.NAME), new Key("id", id, NameQuery.Mode.CODE));
        }
    }

    record Key(String field, String text, NameQuery.Mode mode) {
    }

    /** A candidate that matched, with the name it matched by and how. */
    record Hit(Candidate candidate, String field, NameQuery.Found found) {

        /** For the match column: which name, how much of it, and the part of it a variant spelling matched. */
        String describe() {
            String how = field + " " + found.tier().word();
            return found.isVariant() ? how + ", variant spelling of \"" + found.variantOf() + "\"" : how;
        }
    }

    private static final Comparator<Hit> ORDER = Comparator.<Hit, NameQuery.Tier>comparing(h -> h.found().tier())
            .thenComparing(h -> h.candidate().label())
            .thenComparing(h -> h.candidate().id());

    private final Neo4jClient client;

    NameSearch(Neo4jClient client) {
        this.client = client;
    }

    /** The best-ranked hits: exact, then prefix, then substring matches; then by label and id. */
    List<Hit> search(String text, Set<SearchLabel> labels, int limit) {
        NameQuery query = new NameQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Candidate candidate : candidates(labels)) {
            best(query, candidate).ifPresent(hits::add);
        }
        return hits.stream().sorted(ORDER).limit(limit).toList();
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

    private List<Candidate> candidates(Set<SearchLabel> labels) {
        return List.copyOf(client.query(QueryFile.load("search/candidates.cypher"))
                .bindAll(Map.of("labels", labels.stream().map(SearchLabel::word).toList()))
                .fetchAs(Candidate.class)
                .mappedBy((types, r) -> new Candidate(SearchLabel.of(r.get("label").asString()),
                        r.get("id").asString(), r.get("name").asString(null), r.get("nameKo").asString(null),
                        r.get("searchName").asString(null), r.get("witnessCode").asString(null),
                        r.get("protected").asBoolean(),
                        r.get("detail").asList(Value::asString), r.get("sources").asList(Value::asString, List.of())))
                .all());
    }
}
