package org.songbungraph.bench;

import java.util.Arrays;

/**
 * The timings of one command over many calls, in milliseconds. Percentiles are nearest-rank: p95 of 1,000 calls
 * is the 950th fastest, a time some call really took.
 */
record Latency(
        String command,
        int calls,
        int failures,
        String firstFailure,
        double p50,
        double p95,
        double p99,
        double max,
        double mean) {

    static Latency of(String command, long[] nanos, int failures, String firstFailure) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(
                command,
                sorted.length,
                failures,
                firstFailure,
                rank(sorted, 50),
                rank(sorted, 95),
                rank(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static double rank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
