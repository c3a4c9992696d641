package org.songbungraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the figures were measured on and with. The load averages before and after say whether something else
 * shared the machine during the run.
 */
record Machine(
        String cpu,
        int cores,
        long ramBytes,
        String os,
        String jdk,
        String neo4j,
        String jvmOptions,
        String started,
        String commit,
        String loadAverageBefore,
        String loadAverageAfter) {

    static Machine describe(List<String> jvmOptions) {
        return new Machine(
                readCpu(),
                Runtime.getRuntime().availableProcessors(),
                readRam(),
                readOs(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                null,
                jvmOptions.isEmpty() ? "(none: the JVM's defaults)" : String.join(" ", jvmOptions),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                gitCommit(),
                loadAverage(),
                null);
    }

    Machine finished(String neo4jVersion) {
        return new Machine(
                cpu,
                cores,
                ramBytes,
                os,
                jdk,
                neo4jVersion,
                jvmOptions,
                started,
                commit,
                loadAverageBefore,
                loadAverage());
    }

    private static String readCpu() {
        return firstLine(Path.of("/proc/cpuinfo"), "model name")
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse(System.getProperty("os.arch"));
    }

    private static long readRam() {
        return firstLine(Path.of("/proc/meminfo"), "MemTotal:")
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                .orElse(0L);
    }

    private static String readOs() {
        String name = firstLine(Path.of("/etc/os-release"), "PRETTY_NAME=")
                .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", ""))
                .orElse(System.getProperty("os.name"));
        return name + ", kernel " + System.getProperty("os.version");
    }

    /** 1, 5 and 15 minute load averages. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String gitCommit() {
        String head = git("rev-parse", "--short", "HEAD");
        String changed = git("status", "--porcelain", "--untracked-files=no");
        return head.isEmpty() ? "unknown" : changed.isEmpty() ? head : head + " with uncommitted changes";
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Optional<String> firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
