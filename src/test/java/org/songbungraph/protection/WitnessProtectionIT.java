package org.songbungraph.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.songbungraph.support.ByteSearch;
import org.songbungraph.support.ShippedIdentities;
import org.songbungraph.support.SongbunProcess;

/**
 * The proof of issue 13: after the shipped data is loaded, every command has run in every format, the graph has
 * been exported in every format and queried through the server as Browser does, no byte under the data directory
 * and no byte of any output or export holds a protected identity, in UTF-8 or UTF-16. The same search finds every
 * identity in the vault's decrypted content, so it is a search that can fail.
 */
class WitnessProtectionIT {

    @TempDir
    static Path temp;

    static Path data;
    static Path exports;
    static final List<String> outputs = new ArrayList<>();
    static List<String> secrets;

    /** Every read command, each in every format, typed into one interactive shell (so its history is kept too). */
    static final List<String> COMMANDS = List.of(
            "stats",
            "schema",
            "check",
            "browser",
            "cypher --query 'MATCH (p:Person) RETURN p.id, p.name, reverse(p.name), toUpper(p.name), p.nameKo, p.note'",
            "cypher --query 'MATCH (p:Person {protection: \"PROTECTED\"}) RETURN properties(p) AS p'",
            "trace --family F-SYN-CHONG",
            "trace --person W-0101",
            "trace --person W-0101 --knowledge DIRECT",
            "person --id W-0101",
            "person --id W-0101 --knowledge DIRECT",
            "person --id P-W0001",
            "assignments --person W-0101",
            "retention --mine U-SYN-MINE-7",
            "surveillance --person P-SYN-PAK-08",
            "markets --id MK-SYN-KAECHON",
            "search --text W-0101",
            "search --text Chong",
            "sources",
            "sources --for W-0101",
            "claims --about W-0101",
            "claims --weak",
            "weak --synthetic",
            "weak --knowledge DIRECT",
            "family list",
            "family --id F-SYN-CHONG",
            "history",
            "verify",
            "audit",
            "seal");

    /** The commands above that print one fixed text and take no --format. */
    static final List<String> ONE_FORMAT = List.of("check", "browser", "seal");

    @BeforeAll
    static void useEveryCommandExportAndTheServer() throws Exception {
        secrets = ShippedIdentities.secrets();
        assertThat(secrets).contains("Chong Hidden-ja", "정숨은자");
        data = temp.resolve("data");
        exports = temp.resolve("exports");
        SongbunProcess songbun = SongbunProcess.inDataDir(data);

        StringBuilder typed = new StringBuilder();
        for (String command : COMMANDS) {
            if (ONE_FORMAT.contains(command)) {
                typed.append(command).append('\n');
                continue;
            }
            for (String format : List.of("table", "json", "csv")) {
                typed.append(command).append(" --format ").append(format).append('\n');
            }
        }
        for (String format : List.of("csv", "json", "graphml")) {
            for (boolean redact : List.of(false, true)) {
                typed.append("export --out ")
                        .append(exports.resolve(format + (redact ? "-redacted" : "-plain")))
                        .append(" --format ")
                        .append(format)
                        .append(redact ? " --redact" : "")
                        .append('\n');
            }
        }
        typed.append("exit\n");
        SongbunProcess.Result shell = songbun.runWithInput(typed.toString());
        assertThat(shell.exitCode()).as(shell.all()).isZero();
        assertThat(shell.stdout()).contains("W-0101").contains("Exported ");
        outputs.add(shell.all());

        SongbunProcess.Running serve = songbun.serve();
        try {
            outputs.add(serve.output());
            outputs.addAll(queryAsBrowserDoes(songbun));
        } finally {
            serve.stop();
        }
    }

    /** Bolt (what Browser speaks, over WebSocket) and the HTTP API, with the queries that used to leak a name. */
    private static List<String> queryAsBrowserDoes(SongbunProcess songbun) throws Exception {
        String password = Files.readString(data.resolve("password")).strip();
        List<String> answers = new ArrayList<>();
        String query = "MATCH (p:Person) RETURN p, reverse(p.name) AS r, substring(p.name, 1) AS s, "
                + "split(p.name, ' ') AS words, toUpper(p.name) + '' AS u, p.nameKo AS ko, p.note AS note";
        try (Driver driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + songbun.env("SONGBUN_BOLT_PORT"), AuthTokens.basic("neo4j", password))) {
            try (var session = driver.session()) {
                answers.add(session.run(query).list(r -> r.asMap().toString()).toString());
            }
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + songbun.env("SONGBUN_HTTP_PORT") + "/db/neo4j/tx/commit"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("neo4j:" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"statements\":[{\"statement\":\"" + query.replace("'", "\\u0027") + "\"}]}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("W-0101");
        answers.add(response.body());
        return answers;
    }

    @Test
    void noByteUnderTheDataDirectoryHoldsAProtectedIdentity() throws IOException {
        Map<Path, List<String>> hits = hitsUnder(data);
        List<Path> searched = files(data);

        assertThat(searched)
                .as("the store, transaction logs, Neo4j's logs, the app log and the history are all searched")
                .anyMatch(p -> p.toString().contains("neostore") || p.toString().contains("block"))
                .anyMatch(p -> p.getFileName().toString().startsWith("neostore.transaction.db"))
                .anyMatch(p -> p.getFileName().toString().equals("songbun.log"))
                .anyMatch(p -> p.getFileName().toString().equals("shell-history.log"));
        assertThat(Files.readString(data.resolve("shell-history.log"))).contains("person --id W-0101");
        assertThat(hits).as("protected identities found under " + data).isEmpty();
    }

    @Test
    void noOutputAndNoExportFileHoldsAProtectedIdentity() throws IOException {
        for (String output : outputs) {
            for (String secret : secrets) {
                assertThat(output).doesNotContain(secret);
            }
        }
        assertThat(files(exports)).hasSizeGreaterThan(30);
        assertThat(hitsUnder(exports)).isEmpty();
    }

    @Test
    void theSameSearchFindsEveryIdentityInTheVaultsDecryptedContent() {
        byte[] decryptedUtf8 = ShippedIdentities.all().toString().getBytes(StandardCharsets.UTF_8);
        byte[] decryptedUtf16 = ShippedIdentities.all().toString().getBytes(StandardCharsets.UTF_16LE);

        for (String secret : secrets) {
            assertThat(ByteSearch.encodingsOf(secret, decryptedUtf8)).contains(StandardCharsets.UTF_8);
            assertThat(ByteSearch.encodingsOf(secret, decryptedUtf16)).contains(StandardCharsets.UTF_16LE);
        }
    }

    @Test
    void everythingUnderTheDataDirectoryIsForItsOwnerOnly() throws IOException {
        for (Path p : files(data)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)))
                    .as(p.toString())
                    .isEqualTo("rw-------");
        }
        try (Stream<Path> all = Files.walk(data)) {
            for (Path dir : all.filter(Files::isDirectory).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                        .as(dir.toString())
                        .isEqualTo("rwx------");
            }
        }
    }

    private static Map<Path, List<String>> hitsUnder(Path root) throws IOException {
        Map<Path, List<String>> hits = new LinkedHashMap<>();
        for (Path file : files(root)) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : secrets) {
                List<Charset> found = ByteSearch.encodingsOf(secret, bytes);
                if (!found.isEmpty()) {
                    hits.computeIfAbsent(file, f -> new ArrayList<>()).add(secret + " " + found);
                }
            }
        }
        return hits;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
    }
}
