package org.songbungraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.SongbunProcess;
import org.songbungraph.support.SongbunProcess.Result;
import org.songbungraph.support.TestNeo4j;

/**
 * Analysts keep reading while `load` runs against the same `serve`: several Bolt clients run the shell's own
 * queries while a one-shot `load` process attaches to the server and reloads every file. Each read succeeds or
 * fails with a Neo4j exception (none hangs), a reload of unchanged data never shows a reader a different answer,
 * and the graph afterwards is the graph a clean load builds. The throughput held is printed and written to
 * target/reliability/reads-during-load.txt for docs/reliability.md; it is measured, never asserted.
 */
class ReadsDuringLoadIT {

    private static final int CLIENTS = 4;
    /** Each client stops at this many reads even if the load is still running: the burst is bounded. */
    private static final int MAX_READS_PER_CLIENT = 3_000;
    /** ...and keeps going at least this long once the load has ended, so the burst covers all of it. */
    private static final int MIN_READS_PER_CLIENT = 50;

    private static final TransactionConfig READ_TIMEOUT =
            TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();
    private static final Path REPORT = Path.of("target", "reliability", "reads-during-load.txt");

    @TempDir
    Path temp;

    /** One analyst question: the shell's query files with the parameters a command binds. */
    private record Read(String name, Function<Transaction, List<String>> run) {}

    private record Outcome(String read, long startNanos, long nanos, List<String> rows, Throwable failure) {}

    @Test
    void readsSucceedOrFailCleanlyWhileALoadRunsAndTheGraphEndsAsACleanLoadLeavesIt() throws Exception {
        ShippedData.ensureLoaded();
        String clean = GraphFingerprint.of(TestNeo4j.get().driver());
        Path data = temp.resolve("data");
        SongbunProcess server = SongbunProcess.inDataDir(data);
        var serve = server.serve();
        String boltUri = "bolt://127.0.0.1:" + server.env("SONGBUN_BOLT_PORT");
        String password = Files.readString(data.resolve("password")).strip();
        List<Driver> drivers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                drivers.add(GraphDatabase.driver(
                        boltUri,
                        AuthTokens.basic("neo4j", password),
                        Config.builder()
                                .withConnectionTimeout(10, TimeUnit.SECONDS)
                                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                                .withMaxConnectionPoolSize(2)
                                .build()));
            }
            // What each read answers before the load: a reload of the same files must not change any of it.
            Map<String, List<String>> before = new TreeMap<>();
            for (Read read : reads()) {
                Outcome first = readOnce(drivers.get(0), read);
                assertThat(first.failure()).as(read.name() + " before the load").isNull();
                before.put(read.name(), first.rows());
            }

            long burstStart = System.nanoTime();
            AtomicLong loadStart = new AtomicLong();
            AtomicLong loadEnd = new AtomicLong(Long.MAX_VALUE);
            // Same data directory, other ports: the one-shot `load` attaches to `serve` over Bolt.
            SongbunProcess loader = SongbunProcess.inDataDir(data);
            Future<Result> load = pool.submit(() -> {
                loadStart.set(System.nanoTime());
                try {
                    return loader.run("load");
                } finally {
                    loadEnd.set(System.nanoTime());
                }
            });
            List<Future<List<Outcome>>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Driver driver = drivers.get(i);
                int first = i;
                clients.add(pool.submit(() -> readUntilLoaded(driver, load, first)));
            }

            Result loaded = load.get(5, TimeUnit.MINUTES);
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> client : clients) {
                try {
                    outcomes.addAll(client.get(5, TimeUnit.MINUTES));
                } catch (TimeoutException e) {
                    throw new AssertionError("a reading client hung despite the driver timeouts", e);
                }
            }
            long burstNanos = System.nanoTime() - burstStart;

            assertThat(loaded.exitCode()).as(loaded.all()).isZero();
            assertThat(loaded.all())
                    .as("the load attached to serve")
                    .contains("Using the songbun server already running");

            List<Outcome> unclean = outcomes.stream()
                    .filter(o -> o.failure() != null && !(o.failure() instanceof Neo4jException))
                    .toList();
            assertThat(unclean)
                    .as("reads that failed with something other than a Neo4j exception")
                    .isEmpty();
            List<String> changed = outcomes.stream()
                    .filter(o -> o.failure() == null && !o.rows().equals(before.get(o.read())))
                    .map(o -> o.read() + " answered differently during the reload")
                    .distinct()
                    .toList();
            assertThat(changed).isEmpty();
            long duringLoad = outcomes.stream()
                    .filter(o -> o.startNanos() >= loadStart.get() && o.startNanos() + o.nanos() <= loadEnd.get())
                    .count();
            assertThat(duringLoad)
                    .as("reads that ran while the load process was running")
                    .isPositive();

            assertThat(GraphFingerprint.of(drivers.get(0)))
                    .as("the served graph after the load")
                    .isEqualTo(clean);

            String report = report(outcomes, burstNanos, duringLoad, (loadEnd.get() - loadStart.get()) / 1e9);
            System.out.println(report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        } finally {
            pool.shutdownNow();
            drivers.forEach(Driver::close);
            serve.stop();
        }
    }

    /**
     * Reads in a loop, one read of each kind in turn starting at {@code first}, so the clients do not run the
     * same query at the same moment, until the load has ended (bounded both ways).
     */
    private static List<Outcome> readUntilLoaded(Driver driver, Future<Result> load, int first) {
        List<Read> reads = reads();
        List<Outcome> outcomes = new ArrayList<>();
        int offset = first % reads.size();
        for (int i = 0; i < MAX_READS_PER_CLIENT; i++) {
            if (load.isDone() && i >= MIN_READS_PER_CLIENT) {
                break;
            }
            outcomes.add(readOnce(driver, reads.get((i + offset) % reads.size())));
        }
        return outcomes;
    }

    /** One read in its own read transaction, never retried, so every failure is seen and counted. */
    private static Outcome readOnce(Driver driver, Read read) {
        long start = System.nanoTime();
        try (var session = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build());
                Transaction tx = session.beginTransaction(READ_TIMEOUT)) {
            List<String> rows = read.run().apply(tx);
            tx.commit();
            return new Outcome(read.name(), start, System.nanoTime() - start, rows, null);
        } catch (RuntimeException e) {
            return new Outcome(read.name(), start, System.nanoTime() - start, List.of(), e);
        }
    }

    private static List<Read> reads() {
        return List.of(
                // trace --person: the lineage, then the people and the songbun derivation of everyone in it.
                new Read("trace", tx -> {
                    List<String> ids = tx
                            .run(
                                    QueryFile.load("lineage/lineage-of-person.cypher"),
                                    Map.of("personId", "P-SYN-PAK-08", "generations", Integer.MAX_VALUE))
                            .list(r -> r.get("id").asString())
                            .stream()
                            .distinct()
                            .sorted()
                            .toList();
                    List<String> rows = new ArrayList<>(rows(tx, "lineage/people.cypher", Map.of("ids", ids)));
                    rows.addAll(rows(tx, "lineage/derivation.cypher", Map.of("ids", ids)));
                    return rows;
                }),
                new Read("retention", tx -> rows(tx, "assignment/cohorts.cypher", Map.of("mineId", "U-SYN-MINE-7"))),
                new Read("surveillance", tx -> {
                    List<String> rows = new ArrayList<>(
                            rows(tx, "surveillance/watched-by-unit.cypher", Map.of("unitId", "U-SYN-SECURITY")));
                    rows.addAll(rows(
                            tx,
                            "surveillance/watchers.cypher",
                            Map.of("label", "Person", "ids", List.of("P-SYN-PAK-08", "P-SYN-PAK-05", "P-SYN-KIM-05"))));
                    return rows;
                }),
                // As search does without its full-text indexes: every id of the searched labels, then their names.
                new Read("search", tx -> {
                    Map<String, List<String>> ids = new TreeMap<>();
                    tx.run(
                                    QueryFile.load("search/every-id.cypher"),
                                    Map.of("labels", List.of("person", "family", "unit", "market", "place", "source")))
                            .forEachRemaining(
                                    r -> ids.computeIfAbsent(r.get("label").asString(), k -> new ArrayList<>())
                                            .add(r.get("id").asString()));
                    return rows(tx, "search/candidates.cypher", Map.of("ids", ids, "details", true));
                }),
                // Counts include the load's own records, which a load adds to: only success is checked.
                new Read("stats", tx -> {
                    rows(tx, "stats/node-counts.cypher", Map.of());
                    rows(tx, "stats/relationship-counts.cypher", Map.of());
                    return List.of();
                }));
    }

    /** The rows as canonical text, sorted, so that two answers compare equal when they hold the same rows. */
    private static List<String> rows(Transaction tx, String queryFile, Map<String, Object> parameters) {
        List<String> rows = new ArrayList<>(
                tx.run(QueryFile.load(queryFile), parameters).list(r -> new TreeMap<>(r.asMap()).toString()));
        Collections.sort(rows);
        return rows;
    }

    private static String report(List<Outcome> outcomes, long burstNanos, long duringLoad, double loadSeconds) {
        Map<String, Long> failures = new TreeMap<>();
        outcomes.stream()
                .filter(o -> o.failure() != null)
                .forEach(o -> failures.merge(o.failure().getClass().getSimpleName(), 1L, Long::sum));
        StringBuilder out = new StringBuilder("ReadsDuringLoadIT: ")
                .append(CLIENTS)
                .append(" Bolt clients reading while `load` reloads the shipped dataset into `serve` on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores\n");
        out.append(String.format(
                "  reads: %d (%d succeeded, %d failed cleanly %s), %d of them while the load ran (%.1f s)%n",
                outcomes.size(),
                outcomes.size()
                        - failures.values().stream().mapToLong(Long::longValue).sum(),
                failures.values().stream().mapToLong(Long::longValue).sum(),
                failures,
                duringLoad,
                loadSeconds));
        out.append(String.format(
                "  throughput: %.1f reads/s over %.1f s%n", outcomes.size() / (burstNanos / 1e9), burstNanos / 1e9));
        out.append(String.format("  latency: %s%n", latencies(outcomes)));
        Map<String, List<Outcome>> byRead = new TreeMap<>();
        outcomes.forEach(
                o -> byRead.computeIfAbsent(o.read(), k -> new ArrayList<>()).add(o));
        byRead.forEach((read, list) ->
                out.append(String.format("  %-12s %5d reads, %s%n", read, list.size(), latencies(list))));
        return out.toString();
    }

    private static String latencies(List<Outcome> outcomes) {
        List<Long> sorted = outcomes.stream().map(Outcome::nanos).sorted().toList();
        return String.format(
                "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
