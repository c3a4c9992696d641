package org.songbungraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.songbungraph.support.TestNeo4j;

/**
 * What a query, a plug-in or Neo4j Browser can reach from the embedded server: no APOC, LOAD CSV only from files
 * in the import directory and never from the network, and Browser told to fetch nothing from other hosts.
 * (Loopback, passwords, LOAD CSV path escapes and Browser's usage data are in {@link EmbeddedNeo4jTest}.)
 */
class AccessTest {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @TempDir
    static Path dataDir;

    static EmbeddedNeo4j server;
    static Driver driver;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedNeo4j.startIfFree(new EmbeddedSettings(
                        dataDir, TestNeo4j.IMPORT_DIR, "127.0.0.1", TestNeo4j.freePort(), TestNeo4j.freePort(), null))
                .orElseThrow();
        driver = GraphDatabase.driver(
                server.endpoint().boltUri(),
                AuthTokens.basic(
                        "neo4j",
                        Files.readString(Credentials.passwordFile(dataDir)).strip()));
    }

    @AfterAll
    static void stop() {
        driver.close();
        server.close();
    }

    @Test
    void offersNoApocProcedureOrFunctionAndNoPlugin() throws IOException {
        try (Session session = driver.session()) {
            List<String> procedures = session.run("SHOW PROCEDURES YIELD name RETURN name")
                    .list(r -> r.get(0).asString());
            List<String> functions = session.run("SHOW FUNCTIONS YIELD name RETURN name")
                    .list(r -> r.get(0).asString());
            assertThat(procedures).isNotEmpty().noneMatch(n -> n.toLowerCase().startsWith("apoc"));
            assertThat(functions).isNotEmpty().noneMatch(n -> n.toLowerCase().startsWith("apoc"));

            assertThatThrownBy(() -> session.run("CALL apoc.load.json('file:///etc/passwd')")
                            .consume())
                    .isInstanceOf(ClientException.class)
                    .satisfies(e -> assertThat(((ClientException) e).code())
                            .isEqualTo("Neo.ClientError.Procedure.ProcedureNotFound"));
            assertThatThrownBy(() -> session.run("RETURN apoc.version() AS v").consume())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("apoc.version");

            // Nothing may run unrestricted, and no plug-in jar can be dropped in to add procedures.
            assertThat(setting(session, "dbms.security.procedures.unrestricted"))
                    .isEmpty();
            Path plugins = Path.of(setting(session, "server.directories.plugins"));
            if (Files.isDirectory(plugins)) {
                try (Stream<Path> files = Files.list(plugins)) {
                    assertThat(files).as(plugins.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void loadCsvReadsFilesFromTheImportDirectoryOnly() {
        try (Session session = driver.session()) {
            assertThat(Path.of(setting(session, "server.directories.import"))).isEqualTo(TestNeo4j.IMPORT_DIR);
            // File URLs stay on because `load` reads its CSV files through them; the root above confines them.
            assertThat(setting(session, "dbms.security.allow_csv_import_from_file_urls"))
                    .isEqualTo("true");
            assertThat(session.run("LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row RETURN count(row) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isPositive();
            // Spellings of a path out of the import directory beyond the plain ones EmbeddedNeo4jTest tries.
            String up = "..%2F".repeat(12);
            for (String url : List.of(
                    "file:///" + up + "etc%2Fpasswd",
                    "file:///" + "%2e%2e/".repeat(12) + "etc/passwd",
                    "file:////etc/passwd",
                    "file:/etc/passwd",
                    "file://localhost/etc/passwd",
                    "file:///import/../../../etc/passwd")) {
                assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS row RETURN row LIMIT 1", Map.of("url", url))
                                .list())
                        .as(url)
                        .isInstanceOf(ClientException.class);
            }
        }
    }

    @Test
    void loadCsvNeverReachesTheNetworkNotEvenLoopback() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "id,name\n1,leaked\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        int port = web.getAddress().getPort();
        try (Session session = driver.session()) {
            for (String url : List.of(
                    "http://127.0.0.1:" + port + "/rows.csv",
                    "http://localhost:" + port + "/rows.csv",
                    "http://[::1]:" + port + "/rows.csv",
                    "ftp://127.0.0.1:" + port + "/rows.csv")) {
                assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS row RETURN row", Map.of("url", url))
                                .list())
                        .as(url)
                        .isInstanceOf(ClientException.class)
                        .hasMessageContaining("is blocked");
            }
            // Without network access here this host does not even resolve; with it, its address is blocked like any.
            assertThatThrownBy(() -> session.run("LOAD CSV FROM 'https://example.org/rows.csv' AS row RETURN row")
                            .list())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("Cannot load from URL");
        } finally {
            web.stop(0);
        }
        assertThat(requests).as("requests that reached the local web server").hasValue(0);
    }

    @Test
    void tellsBrowserToFetchNothingFromOtherHosts() {
        try (Session session = driver.session()) {
            Map<String, String> config =
                    session.run("CALL dbms.clientConfig() YIELD name, value RETURN name, value").list().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    r -> r.get("name").asString(),
                                    r -> r.get("value").asString("")));

            assertThat(config).containsEntry("client.allow_telemetry", "false");
            assertThat(config.get("browser.remote_content_hostname_whitelist").split(","))
                    .as("hosts Browser may fetch guides and images from")
                    .isNotEmpty()
                    .allSatisfy(host -> assertThat(LOOPBACK).contains(host.strip()));
            // Commands run on connect may :play or fetch only from this machine.
            assertThat(hosts(config.getOrDefault("browser.post_connect_cmd", "")))
                    .allSatisfy(h -> assertThat(LOOPBACK).contains(h));
            // Neo4j 5.26 community has no such setting; should one appear, it must be off.
            assertThat(config.getOrDefault("browser.allow_outgoing_connections", "false"))
                    .isEqualTo("false");
        }
    }

    @Test
    void httpDiscoveryPointsBrowserAtLoopbackOnly() throws Exception {
        String base = server.endpoint().browserUrl().replace("/browser/", "/");
        HttpResponse<String> discovery = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("bolt_direct");
        assertThat(hosts(discovery.body()))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(LOOPBACK).contains(h));
    }

    @Test
    void browserPagesCannotBeFramedByAnotherSite() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.endpoint().browserUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'");
    }

    /** Host names of every URL in {@code text}. */
    private static List<String> hosts(String text) {
        Matcher m = Pattern.compile("[a-z+]+://(\\[[^\\]]*\\]|[^/:\"\\s]+)").matcher(text);
        List<String> hosts = new java.util.ArrayList<>();
        while (m.find()) {
            hosts.add(m.group(1));
        }
        return hosts;
    }

    private static String setting(Session session, String name) {
        return session.run("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value", Map.of("name", name))
                .single()
                .get("value")
                .asString();
    }
}
