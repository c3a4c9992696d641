package org.songbungraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.songbungraph.support.TestNeo4j;

/** One embedded server with a generated password, started the way the app starts it. */
class EmbeddedNeo4jTest {

    @TempDir
    static Path dataDir;

    static EmbeddedSettings settings;
    static EmbeddedNeo4j server;

    @BeforeAll
    static void start() {
        settings = new EmbeddedSettings(
                dataDir, TestNeo4j.IMPORT_DIR, "127.0.0.1", TestNeo4j.freePort(), TestNeo4j.freePort(), null);
        server = EmbeddedNeo4j.startIfFree(settings).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void generatesAPasswordFileReadableByItsOwnerOnly() throws IOException {
        Path file = Credentials.passwordFile(dataDir);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void acceptsTheGeneratedPasswordOverBolt() {
        try (Driver driver = driver(password())) {
            assertThat(driver.session().run("RETURN 1").single().get(0).asInt()).isEqualTo(1);
        }
    }

    @Test
    void neverAcceptsTheDefaultLoginOrAWrongPasswordOverBolt() {
        for (String wrong : new String[] {"neo4j", "not-the-password"}) {
            try (Driver driver = driver(wrong)) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void refusesAWrongPasswordOverHttpAndServesBrowser() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String query = "{\"statements\":[{\"statement\":\"RETURN 1\"}]}";

        assertThat(post(http, query, "neo4j:neo4j").statusCode()).isEqualTo(401);
        assertThat(post(http, query, "neo4j:wrong-password").statusCode()).isEqualTo(401);
        assertThat(post(http, query, "neo4j:" + password()).statusCode()).isEqualTo(200);

        HttpResponse<String> browser = http.send(
                HttpRequest.newBuilder(URI.create(server.endpoint().browserUrl()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).containsIgnoringCase("neo4j browser");
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
                .findFirst();
        assertThat(server.endpoint().boltUri()).startsWith("bolt://127.0.0.1:");
        if (external.isPresent()) {
            for (int port : new int[] {settings.boltPort(), settings.httpPort()}) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), port), 2000))
                            .isInstanceOf(IOException.class);
                }
            }
        }
    }

    @Test
    void tellsBrowserNotToSendUsageData() {
        try (Driver driver = driver(password())) {
            var config = driver.session()
                    .run("CALL dbms.clientConfig() YIELD name, value RETURN name, value")
                    .list();
            assertThat(config).anySatisfy(r -> {
                assertThat(r.get("name").asString()).isEqualTo("client.allow_telemetry");
                assertThat(r.get("value").asString()).isEqualTo("false");
            });
        }
    }

    @Test
    void servesTheBrowserStyleAndGuideAndHasBrowserApplyThemOnConnect() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = server.endpoint().browserUrl().replace("/browser/", "");

        HttpResponse<String> style = http.send(
                HttpRequest.newBuilder(URI.create(base + "/songbun/style.grass"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> guide = http.send(
                HttpRequest.newBuilder(URI.create(base + "/songbun/guide.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.body()).contains("node.Protected {").contains("caption: '{witnessCode}'");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body()).contains("<slide").contains(":param family =&gt; 'F-SYN-PAK';");
        try (Driver driver = driver(password())) {
            var config = driver.session()
                    .run("CALL dbms.clientConfig() YIELD name, value RETURN name, value")
                    .list();
            assertThat(config).anySatisfy(r -> {
                assertThat(r.get("name").asString()).isEqualTo("browser.post_connect_cmd");
                assertThat(r.get("value").asString())
                        .isEqualTo("style " + base + "/songbun/style.grass; play " + base + "/songbun/guide.html");
            });
        }
    }

    @Test
    void letsBrowserTalkToThisServerOnly() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.endpoint().browserUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self';")
                .contains("ws://127.0.0.1:" + settings.boltPort())
                .doesNotContain("segment")
                .doesNotContain("canny")
                .doesNotContain("googleapis")
                .doesNotContain("https:")
                .doesNotContain("wss:");
    }

    @Test
    void letsOnlyOneProcessOwnADataDirectory() {
        assertThat(EmbeddedNeo4j.startIfFree(settings)).isEmpty();
        assertThat(ServerEndpoint.read(dataDir)).contains(server.endpoint());
    }

    @Test
    void loadCsvCannotReadOutsideTheImportDirectory() {
        try (Driver driver = driver(password());
                var session = driver.session()) {
            for (String url : new String[] {"file:///../../../../etc/passwd", "file:///etc/passwd"}) {
                assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS row RETURN row LIMIT 1", Map.of("url", url))
                                .list())
                        .as(url)
                        .isInstanceOf(ClientException.class);
            }
        }
    }

    private static Driver driver(String password) {
        return GraphDatabase.driver(server.endpoint().boltUri(), AuthTokens.basic("neo4j", password));
    }

    private static String password() {
        try {
            return Files.readString(Credentials.passwordFile(dataDir)).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> post(HttpClient http, String body, String userAndPassword) throws Exception {
        String base = server.endpoint().browserUrl().replace("/browser/", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/db/neo4j/tx/commit"))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
