package org.songbungraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.songbungraph.SongbunGraphApplication;
import org.songbungraph.support.ShellCommands;
import org.songbungraph.support.TestNeo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The latency part of the province benchmark, in a JVM of its own so that its GC log holds this work alone:
 * starts the application on a loaded store, as the interactive shell would, and times the real commands
 * through Spring Shell's own parser.
 *
 * <pre>LatencyRun --data DIR --import DIR --calls 1000 --warmup 200 --seed 1 --out FILE.json</pre>
 */
public final class LatencyRun {

    /** What one run measured. */
    record Figures(String neo4jVersion, double startSeconds, List<Latency> latency, Map<String, Integer> searchTexts) {}

    /** One command line to time, built from a sampled id or name. */
    private record Call(String[] words) {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = ProvinceBenchmark.options(args);
        Path data = Path.of(options.get("data"));
        Path importDir = Path.of(options.get("import"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        Path out = Path.of(options.get("out"));

        Samples samples = Samples.read(importDir);
        // System properties, because the builder's own properties rank below application.yml.
        Map<String, String> settings = Map.of(
                "spring.shell.interactive.enabled",
                "false",
                "songbun.data-dir",
                data.toString(),
                "songbun.import-dir",
                importDir.toString(),
                "songbun.scripts-dir",
                Path.of("cypher").toAbsolutePath().toString(),
                "songbun.bolt-port",
                Integer.toString(TestNeo4j.freePort()),
                "songbun.http-port",
                Integer.toString(TestNeo4j.freePort()),
                "songbun.load-on-empty",
                "false");
        settings.forEach(System::setProperty);
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SongbunGraphApplication.class).run();
        double startSeconds = (System.nanoTime() - start) / 1e9;
        String version;
        try (var session = context.getBean(Driver.class).session()) {
            version = session.run("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
                    .single()
                    .get("v")
                    .asString();
        }
        ShellCommands shell = ShellCommands.of(context);

        // The warm-up draws from its own random stream, so the timed ids are the same whatever --warmup is.
        SplittableRandom timedRandom = new SplittableRandom(seed);
        SplittableRandom warmRandom = new SplittableRandom(seed + 1);
        Map<String, Integer> searchKinds = new LinkedHashMap<>();
        List.of("exact", "prefix", "misspelt").forEach(kind -> searchKinds.put(kind, 0));
        List<Latency> latency = new ArrayList<>();
        latency.add(time(
                "trace",
                shell,
                warmup,
                calls,
                warmRandom,
                timedRandom,
                r -> new Call(
                        new String[] {"trace", "--person", samples.person(r).id(), "--format", "json"})));
        latency.add(time(
                "person",
                shell,
                warmup,
                calls,
                warmRandom,
                timedRandom,
                r -> new Call(new String[] {"person", "--id", samples.person(r).id(), "--format", "json"})));
        latency.add(time(
                "retention",
                shell,
                warmup,
                calls,
                warmRandom,
                timedRandom,
                r -> new Call(new String[] {"retention", "--mine", samples.mine(r), "--format", "json"})));
        latency.add(time(
                "surveillance",
                shell,
                warmup,
                calls,
                warmRandom,
                timedRandom,
                r -> new Call(new String[] {
                    "surveillance", "--person", samples.person(r).id(), "--format", "json"
                })));
        latency.add(time(
                "search",
                shell,
                warmup,
                calls,
                warmRandom,
                timedRandom,
                search(samples::searchText, "", timedRandom, searchKinds)));
        // The texts issue 16 calls hard: a common surname alone, two letters, a slip. They match the most names.
        latency.add(time(
                "search-hard",
                shell,
                warmup,
                calls,
                warmRandom,
                timedRandom,
                search(samples::hardSearchText, "hard: ", timedRandom, searchKinds)));
        context.close();

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(out.toFile(), new Figures(version, startSeconds, latency, searchKinds));
        System.exit(0);
    }

    /** Warms up with {@code warmup} calls, then times {@code calls} calls one by one. */
    /** A `search --text` call on a text drawn by {@code texts}, counting the timed calls' kinds under {@code prefix}. */
    private static Function<SplittableRandom, Call> search(
            Function<SplittableRandom, Samples.Text> texts,
            String prefix,
            SplittableRandom timedRandom,
            Map<String, Integer> kinds) {
        return r -> {
            Samples.Text text = texts.apply(r);
            if (r == timedRandom) {
                kinds.merge(prefix + text.kind(), 1, Integer::sum);
            }
            return new Call(new String[] {"search", "--text", text.text(), "--format", "json"});
        };
    }

    private static Latency time(
            String command,
            ShellCommands shell,
            int warmup,
            int calls,
            SplittableRandom warmRandom,
            SplittableRandom timedRandom,
            Function<SplittableRandom, Call> next) {
        for (int i = 0; i < warmup; i++) {
            try {
                shell.run(next.apply(warmRandom).words());
            } catch (RuntimeException e) {
                // counted below, in the timed calls
            }
        }
        long[] nanos = new long[calls];
        int timed = 0;
        int failures = 0;
        String firstFailure = null;
        for (int i = 0; i < calls; i++) {
            String[] words = next.apply(timedRandom).words();
            long t0 = System.nanoTime();
            try {
                shell.run(words);
                nanos[timed++] = System.nanoTime() - t0;
            } catch (RuntimeException e) {
                failures++;
                if (firstFailure == null) {
                    firstFailure = String.join(" ", words) + ": " + e.getMessage();
                }
            }
        }
        System.err.printf("  %-12s %d calls timed after %d warm-up calls%n", command, timed, warmup);
        return Latency.of(command, Arrays.copyOf(nanos, timed), failures, firstFailure);
    }

    /** The ids and names the calls are drawn from, read from the import folder the store was loaded from. */
    record Samples(List<Named> people, List<String> mines, List<Named> families, List<Named> units) {

        record Named(String id, String name) {}

        /** A search text and how it was made from a name. */
        record Text(String kind, String text) {}

        static Samples read(Path importDir) throws IOException {
            // Protected people are found only by witness code, never by name: leave them out of the name sample.
            List<Named> people = named(importDir.resolve("persons.csv"), r -> !"PROTECTED".equals(r.get("protection")));
            List<Named> units = named(importDir.resolve("units.csv"), r -> true);
            List<String> mines = new ArrayList<>();
            try (CSVParser csv = parse(importDir.resolve("units.csv"))) {
                for (CSVRecord r : csv) {
                    if ("MINE".equals(r.get("kind")) && !"true".equals(r.get("collective"))) {
                        mines.add(r.get("id"));
                    }
                }
            }
            return new Samples(people, mines, named(importDir.resolve("families.csv"), r -> true), units);
        }

        Named person(SplittableRandom random) {
            return people.get(random.nextInt(people.size()));
        }

        String mine(SplittableRandom random) {
            return mines.get(random.nextInt(mines.size()));
        }

        /** A person's name most of the time, else a family's or a unit's: whole, its first part, or misspelt, at random. */
        Text searchText(SplittableRandom random) {
            int which = random.nextInt(100);
            String name = which < 70
                    ? person(random).name()
                    : which < 85
                            ? families.get(random.nextInt(families.size())).name()
                            : units.get(random.nextInt(units.size())).name();
            return switch (random.nextInt(3)) {
                case 0 -> new Text("exact", name);
                case 1 ->
                    new Text(
                            "prefix",
                            name.substring(0, Math.max(3, (int) Math.ceil(name.length() * 0.6)))
                                    .strip());
                default -> new Text("misspelt", misspell(name, random));
            };
        }

        /** A person's surname alone, the first two letters of a person's name, or a person's name misspelt. */
        Text hardSearchText(SplittableRandom random) {
            String name = person(random).name();
            return switch (random.nextInt(3)) {
                case 0 -> new Text("surname", name.split(" ")[0]);
                case 1 -> new Text("two letters", name.substring(0, Math.min(2, name.length())));
                default -> new Text("misspelt", misspell(name, random));
            };
        }

        /** Swaps two neighbouring letters in the second half of the name, the commonest typing slip. */
        static String misspell(String name, SplittableRandom random) {
            List<Integer> at = new ArrayList<>();
            for (int i = name.length() / 2; i + 1 < name.length(); i++) {
                if (Character.isLetter(name.charAt(i))
                        && Character.isLetter(name.charAt(i + 1))
                        && name.charAt(i) != name.charAt(i + 1)) {
                    at.add(i);
                }
            }
            if (at.isEmpty()) {
                return name.length() > 3 ? name.substring(0, name.length() - 1) : name;
            }
            int i = at.get(random.nextInt(at.size()));
            char[] chars = name.toCharArray();
            char c = chars[i];
            chars[i] = chars[i + 1];
            chars[i + 1] = c;
            return new String(chars);
        }

        private static List<Named> named(Path file, Predicate<CSVRecord> keep) throws IOException {
            List<Named> rows = new ArrayList<>();
            try (CSVParser csv = parse(file)) {
                for (CSVRecord r : csv) {
                    if (keep.test(r) && !r.get("name").isBlank()) {
                        // Searched as an analyst would type it: without the generator's marker of invented names.
                        rows.add(new Named(r.get("id"), r.get("name").replaceFirst(" \\(synthetic\\)$", "")));
                    }
                }
            }
            return rows;
        }

        private static CSVParser parse(Path file) throws IOException {
            Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader);
        }
    }
}
