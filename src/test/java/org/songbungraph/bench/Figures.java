package org.songbungraph.bench;

import java.util.List;
import java.util.Map;

/** Everything one run of the province benchmark measured, as written to docs/benchmarks.json. */
record Figures(Machine machine, int calls, int warmup, List<Size> sizes) {

    /** The figures for one population size. */
    record Size(
            int people,
            long rows,
            int csvFiles,
            Double generateSeconds,
            Load script,
            Load bulk,
            Load importer,
            Serve serve) {

        Latency latency(String command) {
            return serve == null
                    ? null
                    : serve.latency().stream()
                            .filter(l -> l.command().equals(command))
                            .findFirst()
                            .orElse(null);
        }
    }

    /**
     * One way of loading the same CSV files into a fresh store. {@code ran} is false when this build cannot do it,
     * with the reason in {@code note}. Wall time includes starting the JVM; {@code reportedSeconds} is the load's
     * own figure where it prints one.
     */
    record Load(
            String path,
            boolean ran,
            String note,
            double wallSeconds,
            Double reportedSeconds,
            long rows,
            double rowsPerSecond,
            Long peakHeapBytes,
            Long maxHeapBytes,
            Long storeBytes,
            List<String> command) {

        static Load notRun(String path, String note) {
            return new Load(path, false, note, 0, null, 0, 0, null, null, null, List.of());
        }
    }

    /**
     * The application on the script-path store: the latency of the commands, in-process start, peak heap of that
     * JVM, and the start of the packaged jar on the same store (one-shot `stats`, and launch to the prompt).
     */
    record Serve(
            double startSeconds,
            List<Latency> latency,
            Map<String, Integer> searchTexts,
            Long peakHeapBytes,
            Long maxHeapBytes,
            List<Double> statsSeconds,
            List<Double> promptSeconds) {}
}
