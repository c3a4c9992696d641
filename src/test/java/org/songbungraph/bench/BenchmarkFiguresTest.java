package org.songbungraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic and the page editing of bench/province.sh, which itself never runs in the test suite. */
class BenchmarkFiguresTest {

    @Test
    void percentilesAreNearestRankSoEachIsATimeOneCallReallyTook() {
        // 1 ms, 2 ms, ... 1000 ms, shuffled by reversing
        long[] nanos =
                LongStream.rangeClosed(1, 1000).map(i -> (1001 - i) * 1_000_000).toArray();

        Latency latency = Latency.of("trace", nanos, 2, "trace --person P-X: no such person");

        assertThat(latency.p50()).isEqualTo(500.0);
        assertThat(latency.p95()).isEqualTo(950.0);
        assertThat(latency.p99()).isEqualTo(990.0);
        assertThat(latency.max()).isEqualTo(1000.0);
        assertThat(latency.mean()).isEqualTo(500.5);
        assertThat(latency.calls()).isEqualTo(1000);
        assertThat(latency.failures()).isEqualTo(2);
    }

    @Test
    void peakHeapIsTheMostInUseAroundAnyCollectionAndIgnoresRegionCounts(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.028s][info][gc,init] Heap Max Capacity: 6028M
                [1.438s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 19M->7M(388M) 19.739ms
                [2.100s][info][gc,heap     ] GC(1) Eden regions: 5000->0(26)
                [2.101s][info][gc,metaspace] GC(1) Metaspace: 20604K(20928K)->20604K(20928K) NonClass: 1K(2K)->1K(2K)
                [2.102s][info][gc          ] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 1G->812M(2048M) 40.1ms
                [3.000s][info][gc          ] GC(2) Pause Full (System.gc()) 300M->120M(2048M) 90.2ms
                """);

        long[] heap = Child.heap(log);

        assertThat(heap[0]).isEqualTo(1L << 30);
        assertThat(heap[1]).isEqualTo(6028L << 20);
        assertThat(Child.heap(dir.resolve("missing.log"))).containsExactly(-1, -1);
    }

    @Test
    void newResultsReplaceOnlyWhatIsBetweenTheMarkers() {
        String page = "# Benchmarks\n\nBy hand.\n\n" + BenchmarkDoc.BEGIN + "\nold figures\n" + BenchmarkDoc.END
                + "\n\n## Why\n\nAlso by hand.\n";

        String updated = BenchmarkDoc.splice(page, "new figures\n");

        assertThat(updated)
                .isEqualTo("# Benchmarks\n\nBy hand.\n\n" + BenchmarkDoc.BEGIN + "\nnew figures\n" + BenchmarkDoc.END
                        + "\n\n## Why\n\nAlso by hand.\n");
        assertThat(BenchmarkDoc.splice(updated, "newer\n")).contains("newer").doesNotContain("new figures");
    }

    @Test
    void aPageWithoutMarkersGetsTheResultsAtItsEnd() {
        assertThat(BenchmarkDoc.splice("# Benchmarks\n\nBy hand.\n", "figures\n"))
                .isEqualTo(
                        "# Benchmarks\n\nBy hand.\n\n" + BenchmarkDoc.BEGIN + "\nfigures\n" + BenchmarkDoc.END + "\n");
    }

    @Test
    void aMisspeltNameSwapsTwoNeighbouringLettersInItsSecondHalf() {
        String misspelt = LatencyRun.Samples.misspell("Kim Example-cholsu", new java.util.SplittableRandom(1));

        assertThat(misspelt)
                .isNotEqualTo("Kim Example-cholsu")
                .hasSize("Kim Example-cholsu".length())
                .startsWith("Kim Exam");
        assertThat(misspelt.chars().sorted().toArray())
                .isEqualTo("Kim Example-cholsu".chars().sorted().toArray());
    }
}
