package org.songbungraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Writes a run's figures into docs/benchmarks.md (between two markers, so the hand-written text around them
 * stays), the raw figures into docs/benchmarks.json, and the chart into docs/images/benchmarks.png.
 */
final class BenchmarkDoc {

    static final String BEGIN = "<!-- results: written by bench/province.sh; edit outside these markers -->";
    static final String END = "<!-- end of results -->";

    /** The issue's goals, all for the province of one million people. */
    static final int GOAL_PEOPLE = 1_000_000;

    static final double SCRIPT_LOAD_SECONDS = 300;
    static final double BULK_OVER_IMPORTER = 1.5;
    static final List<Goal> LATENCY_GOALS = List.of(
            new Goal("trace", 50),
            new Goal("person", 50),
            new Goal("retention", 200),
            new Goal("surveillance", Double.NaN),
            new Goal("search", 50),
            new Goal("search-hard", 50));

    record Goal(String command, double p95Millis) {}

    private BenchmarkDoc() {}

    static Path json(Path markdown) {
        return markdown.resolveSibling(markdown.getFileName().toString().replaceFirst("\\.md$", "") + ".json");
    }

    static Path chart(Path markdown) {
        return markdown.resolveSibling("images/benchmarks.png");
    }

    static void write(Figures figures, Path markdown) throws IOException {
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(json(markdown).toFile(), figures);
        Files.createDirectories(chart(markdown).getParent());
        drawChart(figures, chart(markdown));
        String results = results(
                figures, markdown.getParent().relativize(chart(markdown)).toString());
        String page = Files.exists(markdown)
                ? Files.readString(markdown, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nRun `bench/province.sh`; it writes the results below.\n";
        Files.writeString(markdown, splice(page, results), StandardCharsets.UTF_8);
    }

    /** The page with its results replaced, or added at the end when it has no markers yet. */
    static String splice(String page, String results) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        return begin >= 0 && end > begin
                ? page.substring(0, begin) + BEGIN + "\n" + results + END + page.substring(end + END.length())
                : page.stripTrailing() + "\n\n" + BEGIN + "\n" + results + END + "\n";
    }

    static String results(Figures figures, String chartPath) {
        StringBuilder md = new StringBuilder();
        Machine m = figures.machine();
        md.append("\n### Machine and run\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "measured", m.started() + ", commit " + m.commit());
        row(md, "CPU", m.cpu() + ", " + m.cores() + " cores");
        row(md, "memory", gib(m.ramBytes()));
        row(md, "OS", m.os());
        row(md, "JDK", m.jdk());
        row(md, "Neo4j", m.neo4j() == null ? "not reached" : m.neo4j() + " (embedded)");
        row(md, "JVM options of every process", m.jvmOptions() + ", plus `-Xlog:gc*:file=…`");
        row(md, "load average (1, 5, 15 min)", "before " + m.loadAverageBefore() + "; after " + m.loadAverageAfter());
        row(
                md,
                "latency calls",
                String.format("%,d timed per command after %,d warm-up calls", figures.calls(), figures.warmup()));

        md.append("\n### Load\n\nThe same generated CSV files (`generate --seed 1`) into a fresh store each time. "
                + "Wall time is the whole process, JVM start included; rows are the CSV data rows.\n\n");
        md.append("| people | path | wall | load's own figure | rows | rows/s | peak heap | store size | goal at 1M | "
                + "ratio |\n|---:|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (Figures.Size s : figures.sizes()) {
            loadRow(
                    md,
                    s,
                    s.script(),
                    "script: `load`",
                    "< " + (int) SCRIPT_LOAD_SECONDS + " s",
                    s.script().wallSeconds() / SCRIPT_LOAD_SECONDS);
            Double bulkRatio = s.bulk().ran() && s.importer().ran()
                    ? s.bulk().wallSeconds() / s.importer().wallSeconds()
                    : null;
            loadRow(
                    md,
                    s,
                    s.bulk(),
                    "bulk: `load --bulk`",
                    "≤ " + BULK_OVER_IMPORTER + " × importer",
                    bulkRatio == null ? null : bulkRatio / BULK_OVER_IMPORTER);
            loadRow(md, s, s.importer(), "Neo4j's importer by hand", "", null);
            if (s.generateSeconds() != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %,d | (generating the CSV files) | %.1f s | | %,d | %,.0f | | | | |%n",
                        s.people(),
                        s.generateSeconds(),
                        s.rows(),
                        s.rows() / s.generateSeconds()));
            }
        }
        md.append("\nRatio: the figure divided by its goal, so 1.00 or less meets it (for the bulk path, "
                + "(bulk ÷ importer) ÷ 1.5).\n");

        md.append("\n### Latency, warm, in milliseconds\n\nThe real commands (`--format json`) through Spring Shell's "
                + "parser in one JVM on the script-path store, one call at a time, ids drawn with a fixed seed.\n\n");
        md.append("| people | command | calls | failed | p50 | p95 | p99 | max | p95 goal at 1M | p95 ÷ goal |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures.Size s : figures.sizes()) {
            for (Goal goal : LATENCY_GOALS) {
                Latency l = s.latency(goal.command());
                if (l == null) {
                    continue;
                }
                boolean hasGoal = !Double.isNaN(goal.p95Millis());
                md.append(String.format(
                        Locale.ROOT,
                        "| %,d | `%s` | %,d | %d | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
                        s.people(),
                        callLine(goal.command()),
                        l.calls(),
                        l.failures(),
                        l.p50(),
                        l.p95(),
                        l.p99(),
                        l.max(),
                        hasGoal ? "< " + (int) goal.p95Millis() : "—",
                        hasGoal ? String.format(Locale.ROOT, "%.2f", l.p95() / goal.p95Millis()) : ""));
            }
        }
        figures.sizes().stream()
                .filter(s -> s.serve() != null && s.serve().searchTexts() != null)
                .findFirst()
                .ifPresent(s -> md.append("\nSearch texts (timed calls at ")
                        .append(String.format("%,d", s.people()))
                        .append(" people): ")
                        .append(s.serve().searchTexts())
                        .append("; `search --text` takes names of people 70%, families 15%, units 15%; its hard texts "
                                + "are people's names only.\n"));
        figures.sizes().stream()
                .filter(s -> s.serve() != null)
                .flatMap(s -> s.serve().latency().stream().filter(l -> l.firstFailure() != null))
                .forEach(l -> md.append("\nFirst failure of `")
                        .append(l.command())
                        .append("`: ")
                        .append(l.firstFailure())
                        .append('\n'));

        md.append("\n### Store, heap and start\n\nPeak heap is the most heap in use just before a collection, "
                + "from each JVM's GC log; Neo4j's page cache lives outside the heap. Start times are the median "
                + "of 3 on the script-path store.\n\n");
        md.append("| people | store size | peak heap: `load` | peak heap: latency JVM | max heap | in-process start "
                + "| one-shot `stats` | launch to prompt |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures.Size s : figures.sizes()) {
            Figures.Serve v = s.serve();
            md.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %s | %s | %s | %s | %s | %s |%n",
                    s.people(),
                    bytes(s.script().storeBytes()),
                    bytes(s.script().peakHeapBytes()),
                    v == null ? "" : bytes(v.peakHeapBytes()),
                    bytes(s.script().maxHeapBytes()),
                    v == null ? "" : seconds(v.startSeconds()),
                    v == null ? "" : seconds(median(v.statsSeconds())),
                    v == null ? "" : seconds(median(v.promptSeconds()))));
        }

        md.append("\n### Goals\n\n");
        Figures.Size big = figures.sizes().stream()
                .filter(s -> s.people() == GOAL_PEOPLE)
                .findFirst()
                .orElse(null);
        if (big == null) {
            md.append("Not judged: this run did not measure 1,000,000 people (the goals are for 1M).\n");
        } else {
            md.append("| goal (1M people) | measured | ratio | |\n|---|---:|---:|---|\n");
            goal(
                    md,
                    "script-path load under 5 minutes",
                    seconds(big.script().wallSeconds()),
                    big.script().wallSeconds() / SCRIPT_LOAD_SECONDS);
            if (big.bulk().ran() && big.importer().ran()) {
                double r = big.bulk().wallSeconds() / big.importer().wallSeconds();
                goal(
                        md,
                        "bulk path within 1.5× of the importer by hand",
                        String.format(Locale.ROOT, "%.2f×", r),
                        r / BULK_OVER_IMPORTER);
            } else {
                md.append("| bulk path within 1.5× of the importer by hand | not measured: ")
                        .append(
                                big.bulk().ran()
                                        ? big.importer().note()
                                        : big.bulk().note())
                        .append(" | | not judged |\n");
            }
            for (Goal g : LATENCY_GOALS) {
                Latency l = big.latency(g.command());
                if (!Double.isNaN(g.p95Millis()) && l != null && l.failures() > 0) {
                    md.append("| `")
                            .append(g.command())
                            .append("` p95 under ")
                            .append((int) g.p95Millis())
                            .append(" ms | ")
                            .append(l.failures())
                            .append(" calls failed | | not judged |\n");
                } else if (!Double.isNaN(g.p95Millis()) && l != null) {
                    goal(
                            md,
                            "`" + g.command() + "` p95 under " + (int) g.p95Millis() + " ms",
                            String.format(Locale.ROOT, "%.1f ms", l.p95()),
                            l.p95() / g.p95Millis());
                }
            }
        }
        md.append("\n![Load throughput and warm p95 latency by size](")
                .append(chartPath)
                .append(")\n\n");
        return md.toString();
    }

    private static void loadRow(
            StringBuilder md, Figures.Size s, Figures.Load load, String path, String goal, Double ratio) {
        if (!load.ran()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | not run: %s | | | | | | %s | |%n",
                    s.people(),
                    path,
                    load.note().replace("|", "\\|"),
                    goal));
            return;
        }
        md.append(String.format(
                Locale.ROOT,
                "| %,d | %s | %s | %s | %,d | %,.0f | %s | %s | %s | %s |%n",
                s.people(),
                path,
                seconds(load.wallSeconds()),
                load.reportedSeconds() == null ? "" : seconds(load.reportedSeconds()),
                load.rows(),
                load.rowsPerSecond(),
                bytes(load.peakHeapBytes()),
                bytes(load.storeBytes()),
                goal,
                ratio == null ? "" : String.format(Locale.ROOT, "%.2f", ratio)));
    }

    private static void goal(StringBuilder md, String goal, String measured, double ratio) {
        md.append(String.format(
                Locale.ROOT, "| %s | %s | %.2f | **%s** |%n", goal, measured, ratio, ratio <= 1 ? "met" : "missed"));
    }

    private static String callLine(String command) {
        return switch (command) {
            case "trace" -> "trace --person";
            case "person" -> "person --id";
            case "search-hard" -> "search --text (hard texts)";
            case "retention" -> "retention --mine";
            case "surveillance" -> "surveillance --person";
            default -> "search --text";
        };
    }

    /** Two panels: rows per second by load path, and warm p95 by command (log scale), one series per size. */
    static void drawChart(Figures figures, Path png) throws IOException {
        CategoryChart load = new CategoryChartBuilder()
                .width(700)
                .height(450)
                .title("Load throughput (rows/s, wall time)")
                .xAxisTitle("people")
                .yAxisTitle("rows per second")
                .build();
        List<String> people = figures.sizes().stream()
                .map(s -> String.format("%,d", s.people()))
                .toList();
        addLoadSeries(load, figures, people, "script: load", Figures.Size::script);
        addLoadSeries(load, figures, people, "bulk: load --bulk", Figures.Size::bulk);
        addLoadSeries(load, figures, people, "Neo4j importer by hand", Figures.Size::importer);

        CategoryChart latency = new CategoryChartBuilder()
                .width(700)
                .height(450)
                .title("Warm latency p95 (ms, log scale)")
                .xAxisTitle("command")
                .yAxisTitle("ms")
                .build();
        // The goal goes into the label: a log axis takes no empty bar for the command without one.
        List<String> labels = LATENCY_GOALS.stream()
                .map(g -> Double.isNaN(g.p95Millis())
                        ? g.command()
                        : g.command() + " (goal < " + (int) g.p95Millis() + ")")
                .toList();
        for (Figures.Size s : figures.sizes()) {
            if (s.serve() == null) {
                continue;
            }
            List<Double> p95 = LATENCY_GOALS.stream()
                    .map(g -> s.latency(g.command()) == null
                            ? 0
                            : s.latency(g.command()).p95())
                    .toList();
            if (p95.stream().allMatch(v -> v > 0)) {
                latency.addSeries(String.format("%,d people", s.people()), labels, p95);
            }
        }
        // Bars start from the axis minimum, which a log axis must keep above zero: the decade below the fastest.
        double fastest = latency.getSeriesMap().values().stream()
                .flatMap(series -> series.getYData().stream())
                .mapToDouble(Number::doubleValue)
                .min()
                .orElse(1);
        latency.getStyler().setYAxisLogarithmic(true).setYAxisMin(Math.pow(10, Math.floor(Math.log10(fastest))));

        for (CategoryChart chart : List.of(load, latency)) {
            chart.getStyler().setPlotGridVerticalLinesVisible(false);
            chart.getStyler().setYAxisDecimalPattern("#,##0.#");
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setChartBackgroundColor(Color.WHITE);
        }
        if (load.getSeriesMap().isEmpty()) {
            load.addSeries("none", List.of("—"), List.of(0));
        }
        BitmapEncoder.saveBitmap(List.of(load, latency), 1, 2, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void addLoadSeries(
            CategoryChart chart,
            Figures figures,
            List<String> people,
            String name,
            Function<Figures.Size, Figures.Load> path) {
        if (figures.sizes().stream().noneMatch(s -> path.apply(s).ran())) {
            return;
        }
        List<Double> rates = new ArrayList<>();
        for (Figures.Size s : figures.sizes()) {
            rates.add(path.apply(s).ran() ? path.apply(s).rowsPerSecond() : 0.0);
        }
        chart.addSeries(name, people, rates);
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, s >= 100 ? "%.0f s" : "%.1f s", s);
    }

    private static String bytes(Long b) {
        if (b == null) {
            return "";
        }
        return b >= 1L << 30 ? gib(b) : String.format(Locale.ROOT, "%.0f MiB", b / (double) (1L << 20));
    }

    private static String gib(long b) {
        return String.format(Locale.ROOT, "%.1f GiB", b / (double) (1L << 30));
    }
}
