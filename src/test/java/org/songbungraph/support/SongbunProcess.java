package org.songbungraph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;

/** The packaged jar, run in its own JVM exactly as a user runs it from the README. */
public final class SongbunProcess {

    public record Result(int exitCode, String stdout, String stderr) {
        public String all() {
            return stdout + stderr;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private boolean fatJar;

    private SongbunProcess() {}

    /** A process with its own data directory and free ports, reading the project's cypher/ and import/. */
    public static SongbunProcess inDataDir(Path dataDir) {
        SongbunProcess p = new SongbunProcess();
        p.env.put("SONGBUN_DATA_DIR", dataDir.toString());
        p.env.put("SONGBUN_BOLT_PORT", Integer.toString(TestNeo4j.freePort()));
        p.env.put("SONGBUN_HTTP_PORT", Integer.toString(TestNeo4j.freePort()));
        p.env.put("SONGBUN_SCRIPTS_DIR", TestNeo4j.SCRIPTS_DIR.toString());
        p.env.put("SONGBUN_IMPORT_DIR", TestNeo4j.IMPORT_DIR.toString());
        return p;
    }

    public SongbunProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public String env(String name) {
        return env.get(name);
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with {@code input} on standard input, e.g. commands typed into the interactive shell. */
    public Result runWithInput(String input, String... args) {
        try {
            Process process = start(args);
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            var stdout = readAsync(process.getInputStream());
            var stderr = readAsync(process.getErrorStream());
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("songbun " + String.join(" ", args) + " did not finish in 3 minutes");
            }
            return new Result(process.exitValue(), stdout.get(), stderr.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Starts a long-running command and returns once a line it printed, on stdout or stderr, contains
     * {@code readyLine}.
     */
    public Running startAndAwait(String readyLine, Duration timeout, String... args) {
        try {
            Process process = start(args);
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            StringBuilder seen = new StringBuilder();
            Thread stdout = follow(process.getInputStream(), lines);
            follow(process.getErrorStream(), lines);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.append(line).append('\n');
                    if (line.contains(readyLine)) {
                        return new Running(process, seen.toString());
                    }
                }
                if (!process.isAlive() && !stdout.isAlive() && lines.isEmpty()) {
                    throw new AssertionError(
                            "exited with " + process.exitValue() + " before '" + readyLine + "':\n" + seen);
                }
            }
            process.destroyForcibly();
            throw new AssertionError("no '" + readyLine + "' within " + timeout + ":\n" + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Copies each line of {@code stream} into {@code lines} until the stream ends. */
    private static Thread follow(InputStream stream, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** Starts `serve` and returns once it serves (after the first-start load, if the store was empty). */
    public Running serve() {
        return startAndAwait("Serving until interrupted", Duration.ofMinutes(3), "serve");
    }

    /** Starts a command and returns at once, its output discarded: for tests that kill it part-way. */
    public Process launch(String... args) {
        try {
            Process process = start(args);
            process.getOutputStream().close();
            readAsync(process.getInputStream());
            readAsync(process.getErrorStream());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command still running, such as `serve`. */
    public record Running(Process process, String output) {
        /** Sends SIGTERM, as Ctrl-C or a service manager would, and waits for a clean exit. */
        public int stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not stop within 60 s of SIGTERM");
            }
            return process.exitValue();
        }
    }

    /**
     * The same process started from the fat jar, as `java -jar target/songbun-graph.jar` in the README, instead
     * of the layout `./songbun` runs.
     */
    public SongbunProcess asFatJar() {
        SongbunProcess p = new SongbunProcess();
        p.env.putAll(env);
        p.fatJar = true;
        return p;
    }

    private Process start(String... args) throws IOException {
        Path jar = packagedJar();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
        if (fatJar) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(Launcher.get(jar).arguments());
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(TestNeo4j.PROJECT.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SONGBUN_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static Path packagedJar() {
        Path jar = Path.of(System.getProperty("songbun.jar", "target/songbun-graph.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: these tests run after `package` (./mvnw verify)");
        }
        return jar;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * What `./songbun` runs: Boot's extracted layout with a class-data archive, which starts in about half the
     * fat jar's time. It is made once per test JVM, the archive by one whole first start (which loads the
     * shipped data) on a data directory of its own, so no test's process is the one that writes it.
     */
    private record Launcher(Path jar, Path archive) {

        private static Launcher instance;

        static synchronized Launcher get(Path packaged) {
            if (instance == null) {
                instance = prepare(packaged);
            }
            return instance;
        }

        List<String> arguments() {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-jar", jar.toString());
        }

        private static Launcher prepare(Path packaged) {
            Path dir = packaged.toAbsolutePath().getParent().resolve("it-launcher");
            try {
                // A layout or archive from an older jar would not match this one.
                if (Files.exists(dir)) {
                    PathUtils.deleteDirectory(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path app = dir.resolve("app");
            Path archive = app.resolve("songbun.jsa");
            await(
                    new ProcessBuilder(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            packaged.toString(),
                            "extract",
                            "--destination",
                            app.toString()),
                    "extracting the jar");
            ProcessBuilder warmUp = new ProcessBuilder(
                            java(),
                            "-Xmx1g",
                            "-XX:ArchiveClassesAtExit=" + archive,
                            "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off",
                            "-jar",
                            app.resolve("songbun-graph.jar").toString(),
                            "stats")
                    .directory(TestNeo4j.PROJECT.toFile());
            warmUp.environment().keySet().removeIf(k -> k.startsWith("SONGBUN_"));
            warmUp.environment().putAll(inDataDir(dir.resolve("data")).env);
            await(warmUp, "the first start that writes the class-data archive");
            if (!Files.isRegularFile(archive)) {
                throw new AssertionError("the first start wrote no class-data archive at " + archive);
            }
            return new Launcher(app.resolve("songbun-graph.jar"), archive);
        }

        private static void await(ProcessBuilder builder, String what) {
            try {
                Process process = builder.redirectErrorStream(true).start();
                process.getOutputStream().close();
                var output = readAsync(process.getInputStream());
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(what + " did not finish in 5 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(what + " failed with exit " + process.exitValue() + ":\n" + output.get());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static java.util.concurrent.Future<String> readAsync(java.io.InputStream in) {
        var task = new java.util.concurrent.FutureTask<>(() -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
