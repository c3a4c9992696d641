package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyclesTest {

    @Test
    void aTreeWithSharedAncestorsHasNoCycle() {
        Cycles edges = new Cycles();
        // Two children of the same two parents, and a grandchild: a diamond, not a loop.
        edges.add(10, 20, 2);
        edges.add(10, 30, 3);
        edges.add(40, 20, 4);
        edges.add(40, 30, 5);
        edges.add(50, 10, 6);
        edges.add(50, 40, 7);

        assertThat(edges.find()).isEmpty();
    }

    @Test
    void aLoopIsNamedFromTheRowReadLast() {
        Cycles edges = new Cycles();
        edges.add(1, 2, 5);
        edges.add(2, 3, 9);
        edges.add(3, 1, 7);
        edges.add(3, 4, 8);

        assertThat(edges.find()).singleElement().satisfies(cycle -> {
            assertThat(cycle.line()).isEqualTo(9);
            assertThat(cycle.entries()).containsExactly(2, 3, 1, 2);
        });
    }

    @Test
    void findsEachSeparateLoopAndASelfLoop() {
        Cycles edges = new Cycles();
        edges.add(1, 2, 2);
        edges.add(2, 1, 3);
        edges.add(7, 7, 4);
        edges.add(5, 6, 5);

        assertThat(edges.find()).extracting(Cycles.Cycle::line).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void walksALongLineageWithoutRecursion() {
        Cycles edges = new Cycles();
        int generations = 500_000;
        for (int i = 0; i < generations; i++) {
            edges.add(i, i + 1, i + 2);
        }
        assertThat(edges.find()).isEmpty();

        edges.add(generations, 0, generations + 2);
        assertThat(edges.find())
                .singleElement()
                .satisfies(cycle -> assertThat(cycle.entries()).hasSize(generations + 2));
    }
}
