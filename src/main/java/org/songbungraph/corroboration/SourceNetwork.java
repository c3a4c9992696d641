package org.songbungraph.corroboration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What corroboration needs to know of the sources: each one's reliability and whether it is synthetic, which
 * sources cite (reprint, quote, relay) which, and who gave each testimony. Built from the graph for the shell's
 * views, and from the CSV files by `check`, so both judge a fact the same way.
 */
public final class SourceNetwork {

    private record Facts(char reliability, boolean synthetic) {}

    private final Map<String, Facts> sources = new HashMap<>();
    private final Map<String, Set<String>> cites = new HashMap<>();
    private final Map<String, String> giver = new HashMap<>();
    private final Map<String, String> knowledge = new HashMap<>();
    // Per source, every source it reaches through CITES with the fewest steps to it, worked out when first asked.
    private final Map<String, Map<String, Integer>> reach = new HashMap<>();

    /** A source and its Admiralty reliability (A-F; anything else counts as not known, '?'). */
    public SourceNetwork source(String id, String reliability, boolean synthetic) {
        char grade = reliability != null && reliability.length() == 1 ? reliability.charAt(0) : '?';
        sources.put(id, new Facts(grade >= 'A' && grade <= 'F' ? grade : '?', synthetic));
        reach.clear();
        return this;
    }

    /** {@code from} cites {@code to}: what {@code from} says of it is not independent of it. */
    public SourceNetwork cites(String from, String to) {
        cites.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        reach.clear();
        return this;
    }

    /** {@code person} gave the testimony {@code source}; one person's testimonies are one origin. */
    public SourceNetwork gave(String person, String source) {
        giver.putIfAbsent(source, person);
        return this;
    }

    /** How the teller of {@code source} knows what it says (DIRECT, HEARSAY, ...), where the source says. */
    public SourceNetwork knowledge(String source, String basis) {
        if (basis != null && !basis.isBlank()) {
            knowledge.put(source, basis);
        }
        return this;
    }

    /** The basis of knowledge of a fact: its own where given, else those of its sources, in their order. */
    public List<String> knowledgeOf(String own, Collection<String> factSources) {
        return KnowledgeFilter.basis(own, factSources, knowledge);
    }

    public int size() {
        return sources.size();
    }

    /**
     * The independent origins behind a fact with these sources. Among the real ones (or, when all are synthetic,
     * among those), a source that reaches another of them through CITES only relays it; the rest are origins,
     * and testimonies given by the same person are one origin.
     */
    public Corroboration corroborate(Collection<String> factSources) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(factSources));
        List<String> real = all.stream().filter(id -> !synthetic(id)).toList();
        boolean syntheticOnly = real.isEmpty() && !all.isEmpty();
        List<String> considered = syntheticOnly ? all : real;

        Map<String, List<String>> sinksByKey = new LinkedHashMap<>();
        for (String id : considered) {
            // Sources that cite each other in a loop relay the one with the first id.
            boolean relay = considered.stream()
                    .anyMatch(other -> !other.equals(id)
                            && reaches(id, other)
                            && (!reaches(other, id) || other.compareTo(id) < 0));
            if (!relay) {
                String key = giver.containsKey(id) ? "person:" + giver.get(id) : "source:" + id;
                sinksByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            }
        }
        List<Origin> origins = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : sinksByKey.entrySet()) {
            List<String> own = entry.getValue();
            Map<String, Integer> distance = new HashMap<>();
            for (String relay : considered) {
                if (own.contains(relay)) {
                    continue;
                }
                for (String sink : own) {
                    Integer steps = reachOf(relay).get(sink);
                    if (steps != null) {
                        distance.merge(relay, steps, Math::min);
                    }
                }
            }
            List<String> relays = distance.keySet().stream()
                    .sorted(Comparator.comparing((String r) -> distance.get(r)).thenComparing(r -> r))
                    .toList();
            char grade = '?';
            for (String id : concat(own, relays)) {
                char g = reliability(id);
                if (g != '?' && (grade == '?' || g < grade)) {
                    grade = g;
                }
            }
            String witness = entry.getKey().startsWith("person:") ? giver.get(own.get(0)) : null;
            origins.add(new Origin(witness, own, relays, grade, syntheticOnly));
        }
        return new Corroboration(origins, syntheticOnly);
    }

    private boolean synthetic(String id) {
        Facts facts = sources.get(id);
        return facts != null && facts.synthetic();
    }

    private char reliability(String id) {
        Facts facts = sources.get(id);
        return facts == null ? '?' : facts.reliability();
    }

    private boolean reaches(String from, String to) {
        return reachOf(from).containsKey(to);
    }

    /** Breadth first, so each source reached is kept with its fewest steps; a cycle cannot loop. */
    private Map<String, Integer> reachOf(String from) {
        Map<String, Integer> known = reach.get(from);
        if (known != null) {
            return known;
        }
        Map<String, Integer> steps = new HashMap<>(Map.of(from, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            for (String next : cites.getOrDefault(at, Set.of())) {
                if (!steps.containsKey(next)) {
                    steps.put(next, steps.get(at) + 1);
                    queue.addLast(next);
                }
            }
        }
        // Seen first, the source itself is never reached again, even by a loop of citations.
        steps.remove(from);
        reach.put(from, steps);
        return steps;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
