package org.songbungraph.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.ShellCommands;
import org.songbungraph.support.ShippedIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.shell.command.CommandOption;

/**
 * Every command of the project, run through Spring Shell's own parser: none prints a protected person's
 * name in any format, and hostile text in any text option is either answered or refused with exit code 2,
 * never a database error, and never changes the graph.
 */
class EveryCommandTest extends GraphTest {

    /** Commands left out, and why. */
    static final Map<String, String> NOT_RUN_HERE = Map.of(
            "serve", "blocks until interrupted; CommandLineIT runs it as a process",
            "load", "rewrites the graph; ShippedDatasetTest, BadImportTest and CommandLineIT cover it",
            "seal", "rewrites an import folder; load/SealTest covers it",
            "reveal", "prints a sealed identity by design, with the passphrase; protection/RevealTest covers it");

    /** A typical read-only invocation of each command (the options after the command name). */
    static final Map<String, List<List<String>>> CORPUS = new LinkedHashMap<>();

    static {
        CORPUS.put("stats", List.of(List.of()));
        CORPUS.put("schema", List.of(List.of()));
        CORPUS.put("check", List.of(List.of()));
        CORPUS.put("browser", List.of(List.of()));
        // An analyst asking for protected people's names outright.
        CORPUS.put(
                "cypher",
                List.of(
                        List.of(
                                "--query",
                                "MATCH (p:Person) RETURN p.id AS id, p.name AS name, "
                                        + "p.nameKo AS ko, p.note AS note ORDER BY id"),
                        List.of("--query", "RETURN $v AS v", "--param", "v=1")));
        CORPUS.put(
                "trace",
                List.of(
                        List.of("--family", "F-SYN-CHONG"),
                        List.of("--family", "F-SYN-PAK"),
                        List.of("--person", "P-SYN-CHONG-08"),
                        List.of("--family", "F-SYN-CHONG", "--knowledge", "DIRECT")));
        CORPUS.put(
                "person",
                List.of(
                        List.of("--id", "P-W0101"),
                        List.of("--id", "P-W0001"),
                        List.of("--id", "P-W0002"),
                        List.of("--id", "P-W0101", "--knowledge", "DIRECT")));
        CORPUS.put("assignments", List.of(List.of("--person", "P-W0101"), List.of("--unit", "U-SYN-MINE-7")));
        CORPUS.put("retention", List.of(List.of("--mine", "U-SYN-MINE-7")));
        CORPUS.put("surveillance", List.of(List.of("--person", "P-SYN-PAK-08"), List.of("--unit", "U-SYN-SECURITY")));
        CORPUS.put("markets", List.of(List.of(), List.of("--id", "MK-SYN-KAECHON")));
        CORPUS.put(
                "search",
                List.of(
                        List.of("--text", "Chong"),
                        List.of("--text", "W-0101"),
                        List.of("--text", "정"),
                        List.of("--text", "Pyongan")));
        CORPUS.put("sources", List.of(List.of(), List.of("--for", "P-W0101"), List.of("--for", "S-DNK-INF-LOCAL")));
        CORPUS.put(
                "claims",
                List.of(List.of(), List.of("--about", "P-W0101"), List.of("--weak", "--knowledge", "DIRECT")));
        CORPUS.put(
                "weak",
                List.of(List.of(), List.of("--synthetic", "--kind", "GAVE"), List.of("--knowledge", "HEARSAY")));
        CORPUS.put("family list", List.of(List.of()));
        CORPUS.put("family", List.of(List.of("--id", "F-SYN-CHONG")));
        CORPUS.put("history", List.of(List.of(), List.of("--limit", "3")));
        CORPUS.put("verify", List.of(List.of()));
        CORPUS.put("audit", List.of(List.of(), List.of("--action", "EXPORT", "--limit", "5")));
        // Each run writes into a new folder (see withFreshOut), so its files can be checked too.
        CORPUS.put("export", List.of(List.of("--out", "out", "--redact")));
        CORPUS.put("generate", List.of(List.of("--people", "200", "--seed", "5", "--out", "out")));
    }

    /** Commands that write a new folder given by --out. */
    static final Set<String> WRITES_FOLDER = Set.of("export", "generate");

    @TempDir
    static Path exports;

    static int exportRuns;

    static final List<String> HOSTILE = List.of(
            "' OR 1=1 //",
            "\" OR \"\"=\"",
            "}) DETACH DELETE n //",
            "'}) MATCH (n) DETACH DELETE n //",
            "$x",
            "`x`",
            "CALL db.labels()",
            "/* */ RETURN 1",
            "\u0000",
            "Р-SYN-PAK-08",
            "\u202EP-SYN-PAK-08",
            "정숨은자",
            "x".repeat(100_000));

    @Autowired
    ApplicationContext context;

    ShellCommands commands;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @BeforeEach
    void commands() {
        commands = ShellCommands.of(context);
    }

    @Test
    void everyCommandIsInTheCorpusOrNamedWithAReason() {
        Set<String> covered = new java.util.TreeSet<>(CORPUS.keySet());
        covered.addAll(NOT_RUN_HERE.keySet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(commands.ours());
    }

    @Test
    void everyCommandAndEveryOptionHasHelpText() {
        for (String command : commands.ours()) {
            var registration = commands.registration(command);
            assertThat(registration.getDescription()).as(command).isNotBlank();
            for (CommandOption option : registration.getOptions()) {
                assertThat(option.getDescription())
                        .as(command + " " + Arrays.toString(option.getLongNames()))
                        .isNotBlank();
            }
        }
    }

    @Test
    void noCommandPrintsAProtectedPersonsNameInAnyFormat() {
        List<String> secrets = ShippedIdentities.secrets();
        assertThat(secrets).contains("Chong Hidden-ja", "정숨은자");

        for (Map.Entry<String, List<List<String>>> command : CORPUS.entrySet()) {
            for (List<String> args : command.getValue()) {
                for (String format : formats(command.getKey())) {
                    List<String> words =
                            new ArrayList<>(Arrays.asList(command.getKey().split(" ")));
                    words.addAll(args);
                    if (format != null) {
                        words.addAll(List.of("--format", format));
                    }
                    String[] line = withFreshOut(words);
                    String out = commands.run(line);
                    if (WRITES_FOLDER.contains(command.getKey())) {
                        out += filesWritten(Path.of(line[Arrays.asList(line).indexOf("--out") + 1]));
                    }
                    for (String secret : secrets) {
                        assertThat(out).as(String.join(" ", words)).doesNotContain(secret);
                    }
                }
            }
        }
    }

    @Test
    void hostileTextInAnyOptionIsAnsweredOrRefusedAndChangesNothing() {
        String before = GraphFingerprint.of(neo4j().driver());
        for (Map.Entry<String, List<List<String>>> command : CORPUS.entrySet()) {
            List<String> base = command.getValue().get(0);
            for (CommandOption option : commands.registration(command.getKey()).getOptions()) {
                String name = option.getLongNames().length == 0 ? null : option.getLongNames()[0];
                // --query is Cypher by design: a syntax error is its correct answer (exit 3).
                if (name == null
                        || !option.getType().getRawClass().equals(String.class)
                        || command.getKey().equals("cypher") && name.equals("query")) {
                    continue;
                }
                for (String hostile : HOSTILE) {
                    List<String> words =
                            new ArrayList<>(Arrays.asList(command.getKey().split(" ")));
                    words.addAll(replace(base, "--" + name, hostile));
                    if (command.getKey().equals("cypher") && name.equals("param")) {
                        words.set(words.size() - 1, "v=" + hostile);
                    }
                    try {
                        commands.run(withFreshOut(words));
                    } catch (SongbunException e) {
                        assertThat(e.exitCode())
                                .as(command.getKey() + " --" + name + " " + abbreviate(hostile))
                                .isEqualTo(ExitCode.BAD_INPUT);
                    } catch (RuntimeException e) {
                        fail(command.getKey() + " --" + name + " " + abbreviate(hostile) + " failed with " + e, e);
                    }
                }
            }
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    private List<String> formats(String command) {
        boolean hasFormat = commands.registration(command).getOptions().stream()
                .anyMatch(o -> Arrays.asList(o.getLongNames()).contains("format"));
        return hasFormat ? Arrays.asList(null, "json", "csv") : Arrays.asList((String) null);
    }

    /** The base arguments with {@code option} set to {@code value} (added when the base lacks it). */
    private static List<String> replace(List<String> base, String option, String value) {
        List<String> words = new ArrayList<>(base);
        int at = words.indexOf(option);
        if (at >= 0 && at + 1 < words.size()) {
            words.set(at + 1, value);
        } else {
            words.addAll(List.of(option, value));
        }
        return words;
    }

    /**
     * export and generate need a new folder each time: --out is put under a folder of its own, a hostile value
     * included.
     */
    private static String[] withFreshOut(List<String> words) {
        List<String> line = new ArrayList<>(words);
        int at = line.indexOf("--out");
        if (WRITES_FOLDER.contains(line.get(0)) && at >= 0) {
            line.set(at + 1, exports + "/run-" + (++exportRuns) + "/" + line.get(at + 1));
        }
        return line.toArray(String[]::new);
    }

    private static String filesWritten(Path dir) {
        try (var files = Files.walk(dir)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file));
            }
            assertThat(text).as(dir.toString()).isNotEmpty();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
    }
}
