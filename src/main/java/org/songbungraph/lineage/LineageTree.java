package org.songbungraph.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Orders a lineage for drawing: children under their father, or their mother where no father is recorded, oldest
 * first, and each spouse on the line of the member they married, so everyone is drawn once.
 */
final class LineageTree {

    private final Map<String, Trace.Member> byId = new LinkedHashMap<>();
    private final Map<String, List<Trace.Member>> children = new HashMap<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final List<LineageMember> drawn = new ArrayList<>();

    private LineageTree() {}

    static List<LineageMember> draw(List<Trace.Member> members) {
        LineageTree tree = new LineageTree();
        List<Trace.Member> parentless = new ArrayList<>();
        for (Trace.Member m : members) {
            tree.byId.put(m.person().id(), m);
            treeParent(m)
                    .ifPresentOrElse(
                            p -> tree.children
                                    .computeIfAbsent(p.id(), k -> new ArrayList<>())
                                    .add(m),
                            () -> parentless.add(m));
        }
        // Fathers first, so a couple without recorded parents is drawn on the husband's line.
        parentless.sort(Comparator.comparing((Trace.Member m) -> !tree.hasPaternalChildren(m))
                .thenComparing(byBirth()));
        for (Trace.Member root : parentless) {
            if (!tree.shown.contains(root.person().id())) {
                tree.draw(root, Optional.empty(), List.of());
            }
        }
        return List.copyOf(tree.drawn);
    }

    private void draw(Trace.Member m, Optional<Trace.Link> parent, List<Boolean> lastChild) {
        shown.add(m.person().id());
        List<Trace.Member> spouses = m.spouses().stream()
                .map(l -> byId.get(l.id()))
                .filter(s -> s != null && !shown.contains(s.person().id()))
                .toList();
        spouses.forEach(s -> shown.add(s.person().id()));
        List<LineageMember.Marriage> marriages =
                spouses.stream().map(s -> marriage(m, s)).toList();
        Evidence evidence = parent.map(p -> new Evidence(p.sources(), p.credibility()))
                .orElseGet(() -> new Evidence(m.person().sources(), null));
        drawn.add(new LineageMember(m.person(), lastChild, parent, evidence, marriages));

        List<Trace.Member> kids =
                new ArrayList<>(children.getOrDefault(m.person().id(), List.of()));
        spouses.forEach(s -> kids.addAll(children.getOrDefault(s.person().id(), List.of())));
        List<Trace.Member> ordered = kids.stream()
                .distinct()
                .filter(k -> !shown.contains(k.person().id()))
                .sorted(byBirth())
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            Trace.Member kid = ordered.get(i);
            // An older sibling's spouse may be among them, already drawn beside that sibling.
            if (shown.contains(kid.person().id())) {
                continue;
            }
            List<Boolean> below = Stream.concat(lastChild.stream(), Stream.of(i == ordered.size() - 1))
                    .toList();
            draw(kid, treeParent(kid), below);
        }
    }

    private static LineageMember.Marriage marriage(Trace.Member m, Trace.Member spouse) {
        Trace.Link link = m.spouses().stream()
                .filter(l -> l.id().equals(spouse.person().id()))
                .findFirst()
                .orElseThrow();
        return new LineageMember.Marriage(
                spouse.person(), link.from(), link.to(), new Evidence(link.sources(), link.credibility()));
    }

    private static Optional<Trace.Link> treeParent(Trace.Member m) {
        return m.parents().stream()
                .filter(l -> "PATERNAL".equals(l.line()))
                .findFirst()
                .or(() -> m.parents().stream().findFirst());
    }

    private boolean hasPaternalChildren(Trace.Member m) {
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
}
