package org.songbungraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the benchmark starts: the packaged jar as a user runs it, or one of the benchmark's own mains. Each writes a
 * GC log, the benchmark's source of peak heap: the largest heap in use just before a collection.
 */
final class Child {

    /** How a child ended: its exit code, its output (stdout and stderr together), wall time and heap. */
    record Result(int exitCode, String output, double seconds, Long peakHeapBytes, Long maxHeapBytes) {
        Result requireSuccess(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " exited with " + exitCode + ":\n" + tail(output, 40));
            }
            return this;
        }
    }

    private static final Pattern PAUSE =
            Pattern.compile("\\]\\[gc\\s*\\] GC\\(\\d+\\) .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern MAX_HEAP = Pattern.compile("Heap Max Capacity: (\\d+)([KMG])");

    static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    private final List<String> command = new ArrayList<>();
    private final Map<String, String> env;
    private final Path dir;
    private final Path gcLog;

    private Child(Map<String, String> env, Path dir, Path gcLog) {
        this.env = env;
        this.dir = dir;
        this.gcLog = gcLog;
        command.add(JAVA);
        // filecount=0: one file, never rotated, so a long load's whole log is there to read.
        command.add("-Xlog:gc*:file=" + gcLog + "::filecount=0");
    }

    /** {@code java -jar songbun-graph.jar ARGS}, with the given SONGBUN_* settings and nothing else inherited. */
    static Child jar(Path jar, List<String> jvmOptions, Map<String, String> env, Path gcLog, String... args) {
        Child child = new Child(env, Path.of("").toAbsolutePath(), gcLog);
        child.command.addAll(jvmOptions);
        child.command.addAll(List.of("-jar", jar.toString()));
        child.command.addAll(List.of(args));
        return child;
    }

    /** A main class on this JVM's own class path, with this JVM's --add-opens (Neo4j needs them). */
    static Child main(Class<?> main, List<String> jvmOptions, Map<String, String> env, Path gcLog, String... args) {
        return java(System.getProperty("java.class.path"), main.getName(), jvmOptions, env, gcLog, args);
    }

    /** Any main class on {@code classPath}. */
    static Child java(
            String classPath,
            String mainClass,
            List<String> jvmOptions,
            Map<String, String> env,
            Path gcLog,
            String... args) {
        Child child = new Child(env, Path.of("").toAbsolutePath(), gcLog);
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).startsWith("--add-opens")) {
                child.command.add(own.get(i));
                if (own.get(i).equals("--add-opens") && i + 1 < own.size()) {
                    child.command.add(own.get(++i));
                }
            }
        }
        child.command.addAll(jvmOptions);
        child.command.addAll(List.of("-cp", classPath, mainClass));
        child.command.addAll(List.of(args));
        return child;
    }

    /** Runs to the end, output into {@code outputFile}, and fails if it takes longer than {@code timeout}. */
    Result run(Path outputFile, Duration timeout) {
        try {
            long start = System.nanoTime();
            Process process = start(outputFile);
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + "; its output is in " + outputFile);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String output = Files.readString(outputFile, StandardCharsets.UTF_8);
            long[] heap = heap(gcLog);
            return new Result(
                    process.exitValue(), output, seconds, heap[0] < 0 ? null : heap[0], heap[1] < 0 ? null : heap[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts it with a pipe on standard input, for the interactive shell. */
    Process start(Path outputFile) throws IOException {
        Files.createDirectories(outputFile.toAbsolutePath().getParent());
        // Only the settings given: a SONGBUN_ or NEO4J_ variable of the caller's shell would change what is measured.
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SONGBUN_") || k.startsWith("NEO4J_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    List<String> command() {
        return List.copyOf(command);
    }

    /** Peak heap in use (before any collection) and the heap's maximum size, in bytes; -1 where the log has none. */
    static long[] heap(Path gcLog) throws IOException {
        long peak = -1;
        long max = -1;
        if (!Files.exists(gcLog)) {
            return new long[] {peak, max};
        }
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                peak = Math.max(
                        peak, Math.max(bytes(pause.group(1), pause.group(2)), bytes(pause.group(3), pause.group(4))));
            }
            Matcher capacity = MAX_HEAP.matcher(line);
            if (capacity.find()) {
                max = bytes(capacity.group(1), capacity.group(2));
            }
        }
        return new long[] {peak, max};
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }

    static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }
}
