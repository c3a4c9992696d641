package org.songbungraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.songbungraph.support.TestNeo4j;

/**
 * The province benchmark of issue 6: load, latency, store size, heap and start time for generated provinces of
 * 100k and 1M people. Not a test (Surefire runs *Test, Failsafe *IT): run it with bench/province.sh, which builds
 * the jar and passes the test class path.
 *
 * <pre>ProvinceBenchmark --people 100000,1000000 --out docs/benchmarks.md --work target/bench --libs DIR
 *     [--calls 1000] [--warmup 200] [--jvm-opts "-Xmx4g"] [--reuse-generated] [--keep-stores]</pre>
 */
public final class ProvinceBenchmark {

    /** The load's own time: `load` prints "Loaded 35 scripts (89 statements) in 12.3 s", `load --bulk` "…; 12.3 s in all". */
    private static final Pattern LOADED =
            Pattern.compile("Loaded \\d+ scripts \\(\\d+ statements\\) in ([\\d.]+) s|; ([\\d.]+) s in all");

    private static final Duration LONG = Duration.ofHours(3);
    private static final int START_RUNS = 3;

    private final Path jar = Path.of("target/songbun-graph.jar").toAbsolutePath();
    private final Path work;
    private final Path libs;
    private final List<String> jvmOptions;
    private final int calls;
    private final int warmup;
    private final boolean reuseGenerated;
    private final boolean keepStores;

    private ProvinceBenchmark(Map<String, String> options) {
        this.work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
        this.libs = Path.of(options.getOrDefault("libs", work.resolve("jar/lib").toString()))
                .toAbsolutePath();
        String opts = options.getOrDefault("jvm-opts", "").strip();
        this.jvmOptions = opts.isEmpty() ? List.of() : List.of(opts.split("\\s+"));
        this.calls = Integer.parseInt(options.getOrDefault("calls", "1000"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        this.reuseGenerated = options.containsKey("reuse-generated");
        this.keepStores = options.containsKey("keep-stores");
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        List<Integer> people = Arrays.stream(
                        options.getOrDefault("people", "100000,1000000").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        Path out = Path.of(options.getOrDefault("out", "docs/benchmarks.md")).toAbsolutePath();
        Files.createDirectories(out.getParent());
        if (options.containsKey("from-json")) {
            // Writes the page and the chart again from recorded figures, measuring nothing.
            BenchmarkDoc.write(
                    new ObjectMapper()
                            .readValue(Path.of(options.get("from-json")).toFile(), Figures.class),
                    out);
            System.exit(0);
        }
        ProvinceBenchmark bench = new ProvinceBenchmark(options);

        Machine machine = Machine.describe(bench.jvmOptions);
        List<Figures.Size> sizes = new ArrayList<>();
        for (int n : people) {
            sizes.add(bench.measure(n));
            // After each size, so that a run stopped at 1M keeps what it measured at 100k.
            BenchmarkDoc.write(
                    new Figures(machine.finished(bench.neo4jVersion), bench.calls, bench.warmup, List.copyOf(sizes)),
                    out);
            log("Wrote %s, %s and %s", out, BenchmarkDoc.json(out), BenchmarkDoc.chart(out));
        }
        System.exit(0);
    }

    private String neo4jVersion;

    private Figures.Size measure(int people) throws IOException {
        Path base = work.resolve("p" + people);
        Files.createDirectories(base);
        Path importDir = base.resolve("import");
        log("%,d people: %s", people, base);

        Double generateSeconds = null;
        if (!(reuseGenerated && Files.exists(importDir.resolve("MANIFEST.sha256")))) {
            delete(importDir);
            Path scratch = fresh(base.resolve("generate-data"));
            Child.Result generated = Child.jar(
                            jar,
                            jvmOptions,
                            env(scratch, null),
                            base.resolve("generate.gc.log"),
                            "generate",
                            "--people",
                            Integer.toString(people),
                            "--seed",
                            "1",
                            "--out",
                            importDir.toString())
                    .run(base.resolve("generate.out"), LONG)
                    .requireSuccess("generate");
            generateSeconds = generated.seconds();
            delete(scratch);
            log("  generated in %.1f s", generateSeconds);
        }
        Map<String, Long> rowsByFile = rows(importDir);
        long rows = rowsByFile.values().stream().mapToLong(Long::longValue).sum();

        Path scriptData = fresh(base.resolve("script-data"));
        Figures.Load script = load("script", base, scriptData, importDir, rows, "load");
        log("  script path: %.1f s, %,.0f rows/s", script.wallSeconds(), script.rowsPerSecond());

        Path bulkData = fresh(base.resolve("bulk-data"));
        Figures.Load bulk = load("bulk", base, bulkData, importDir, rows, "load", "--bulk", "--keep-staged");
        Figures.Load importer = bulk.ran()
                ? importerByHand(base, bulkData, rows)
                : Figures.Load.notRun("importer", "needs the arguments `load --bulk` records");
        log(
                "  bulk path: %s; importer by hand: %s",
                bulk.ran() ? String.format("%.1f s", bulk.wallSeconds()) : bulk.note(),
                importer.ran() ? String.format("%.1f s", importer.wallSeconds()) : importer.note());
        if (!keepStores) {
            delete(bulkData);
        }

        Figures.Serve serve = serve(base, scriptData, importDir);
        if (!keepStores) {
            delete(scriptData);
        }
        return new Figures.Size(people, rows, rowsByFile.size(), generateSeconds, script, bulk, importer, serve);
    }

    /** `load` (or `load --bulk`) into a fresh data directory, as a user runs it. */
    private Figures.Load load(String path, Path base, Path data, Path importDir, long rows, String... command) {
        Child child = Child.jar(jar, jvmOptions, env(data, importDir), base.resolve(path + "-load.gc.log"), command);
        Child.Result result = child.run(base.resolve(path + "-load.out"), LONG);
        if (result.exitCode() != 0) {
            if (command.length > 1) {
                // `load --bulk` is newer than some builds: say so in the figures instead of failing the run.
                return Figures.Load.notRun(
                        path,
                        "`" + String.join(" ", command) + "` exited with " + result.exitCode() + ": "
                                + firstLine(result.output()));
            }
            result.requireSuccess(String.join(" ", command));
        }
        Matcher loaded = LOADED.matcher(result.output());
        Double reported =
                loaded.find() ? Double.valueOf(loaded.group(1) != null ? loaded.group(1) : loaded.group(2)) : null;
        return new Figures.Load(
                path,
                true,
                null,
                result.seconds(),
                reported,
                rows,
                rows / result.seconds(),
                result.peakHeapBytes(),
                result.maxHeapBytes(),
                storeBytes(data),
                child.command());
    }

    /**
     * Neo4j's importer run directly, the way `load --bulk` ran it: the arguments it recorded, one per line, in a
     * fresh Neo4j home, on the libraries inside the jar, over the very rows it staged (kept by `--keep-staged`,
     * search keys included) (docs/loading.md).
     */
    private Figures.Load importerByHand(Path base, Path bulkData, long rows) throws IOException {
        Path argsFile = bulkData.resolve("bulk/import.args");
        if (!Files.exists(argsFile)) {
            return Figures.Load.notRun("importer", "`load --bulk` left no " + argsFile);
        }
        Path staged = bulkData.resolve("bulk/rows");
        if (!Files.isDirectory(staged)) {
            return Figures.Load.notRun("importer", "`load --bulk --keep-staged` left no " + staged);
        }
        List<String> args = Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        Path home = fresh(base.resolve("importer-home"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/neo4j.conf"), "");
        Map<String, String> env = Map.of(
                "NEO4J_HOME",
                home.toString(),
                "NEO4J_CONF",
                home.resolve("conf").toString());
        Child child = Child.java(
                libs + "/*",
                "org.neo4j.cli.AdminTool",
                jvmOptions,
                env,
                base.resolve("importer.gc.log"),
                args.toArray(String[]::new));
        Child.Result result = child.run(base.resolve("importer.out"), LONG);
        if (result.exitCode() != 0) {
            return Figures.Load.notRun(
                    "importer", "the importer exited with " + result.exitCode() + ": " + firstLine(result.output()));
        }
        Long bytes = storeBytes(home.resolve("data"));
        delete(home);
        delete(staged);
        return new Figures.Load(
                "importer",
                true,
                null,
                result.seconds(),
                null,
                rows,
                rows / result.seconds(),
                result.peakHeapBytes(),
                result.maxHeapBytes(),
                bytes,
                child.command());
    }

    /** Latency in its own JVM, then the packaged jar's start on the same store. */
    private Figures.Serve serve(Path base, Path data, Path importDir) throws IOException {
        Path json = base.resolve("latency.json");
        Files.deleteIfExists(json);
        Child.Result result = Child.main(
                        LatencyRun.class,
                        jvmOptions,
                        Map.of(),
                        base.resolve("latency.gc.log"),
                        "--data",
                        data.toString(),
                        "--import",
                        importDir.toString(),
                        "--calls",
                        Integer.toString(calls),
                        "--warmup",
                        Integer.toString(warmup),
                        "--out",
                        json.toString())
                .run(base.resolve("latency.out"), LONG)
                .requireSuccess("the latency run");
        LatencyRun.Figures latency = new ObjectMapper().readValue(json.toFile(), LatencyRun.Figures.class);
        neo4jVersion = latency.neo4jVersion();
        latency.latency()
                .forEach(l ->
                        log("  %-12s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", l.command(), l.p50(), l.p95(), l.p99()));

        List<Double> stats = new ArrayList<>();
        List<Double> prompt = new ArrayList<>();
        for (int i = 0; i < START_RUNS; i++) {
            stats.add(Child.jar(jar, jvmOptions, env(data, importDir), base.resolve("stats.gc.log"), "stats")
                    .run(base.resolve("stats.out"), Duration.ofMinutes(30))
                    .requireSuccess("stats")
                    .seconds());
            prompt.add(untilPrompt(base, data, importDir));
        }
        log("  one-shot stats %s s, launch to prompt %s s", stats, prompt);
        return new Figures.Serve(
                latency.startSeconds(),
                latency.latency(),
                latency.searchTexts(),
                result.peakHeapBytes(),
                result.maxHeapBytes(),
                stats,
                prompt);
    }

    /** From launching the interactive shell to its prompt, as bench/startup.sh measures it; then `exit`. */
    private double untilPrompt(Path base, Path data, Path importDir) throws IOException {
        Path output = base.resolve("prompt.out");
        Files.deleteIfExists(output);
        long start = System.nanoTime();
        Process shell = Child.jar(jar, jvmOptions, env(data, importDir), base.resolve("prompt.gc.log"))
                .start(output);
        try {
            long deadline = start + Duration.ofMinutes(30).toNanos();
            while (!Files.readString(output, StandardCharsets.UTF_8).contains("songbun>")) {
                if (!shell.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("no prompt from the shell; its output is in " + output);
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            shell.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
            shell.getOutputStream().close();
            shell.waitFor();
            return seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            shell.destroy();
        }
    }

    /** The settings of a process of its own: data directory, ports, and the CSV folder to load. */
    private static Map<String, String> env(Path data, Path importDir) {
        Map<String, String> env = new HashMap<>();
        env.put("SONGBUN_DATA_DIR", data.toString());
        env.put("SONGBUN_BOLT_PORT", Integer.toString(TestNeo4j.freePort()));
        env.put("SONGBUN_HTTP_PORT", Integer.toString(TestNeo4j.freePort()));
        env.put("SONGBUN_SCRIPTS_DIR", Path.of("cypher").toAbsolutePath().toString());
        if (importDir != null) {
            env.put("SONGBUN_IMPORT_DIR", importDir.toString());
        }
        return env;
    }

    /** Data rows per CSV file (records, so a quoted line break does not count twice). */
    static Map<String, Long> rows(Path importDir) throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        try (Stream<Path> files = Files.list(importDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser csv = CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(reader)) {
                    long n = 0;
                    for (var ignored : csv) {
                        n++;
                    }
                    rows.put(file.getFileName().toString(), n);
                }
            }
        }
        return rows;
    }

    /** Bytes of the graph database and its transaction logs, the two parts of a store that grow with the data. */
    static Long storeBytes(Path dataDir) {
        Path neo4j = Files.isDirectory(dataDir.resolve("neo4j/data")) ? dataDir.resolve("neo4j/data") : dataDir;
        long bytes = size(neo4j.resolve("databases/neo4j")) + size(neo4j.resolve("transactions/neo4j"));
        return bytes == 0 ? null : bytes;
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fresh(Path dir) throws IOException {
        delete(dir);
        Files.createDirectories(dir.getParent());
        return dir;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static String firstLine(String output) {
        return output.lines()
                .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").strip())
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse("(no output)");
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(format, args));
    }

    /** {@code --name value} pairs; a flag without a value maps to "true". */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(name, hasValue ? args[++i] : "true");
        }
        return options;
    }
}
