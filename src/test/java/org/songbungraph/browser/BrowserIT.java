package org.songbungraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.types.Node;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.songbungraph.support.SongbunProcess;

/**
 * Neo4j Browser, served by the packaged jar's `serve`, driven in Debian's headless Chromium through Debian's
 * chromedriver (never one Selenium would download): logs in, checks the style and guide arrive on connect, runs
 * what `trace --browser` prints for a synthetic family, and checks what the graph view drew. Screenshots go to
 * target/browser-it/, and also to the folder in -Dsongbun.pictures (docs/pictures/make.sh uses that).
 */
class BrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("songbun.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("songbun.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "browser-it");
    static final String FAMILY = "F-SYN-CHONG";
    /** The shots the README shows. */
    static final Set<String> PICTURES = Set.of("trace-" + FAMILY, "model");

    @TempDir
    static Path temp;

    static SongbunProcess songbun;
    static SongbunProcess.Running server;
    static ChromeDriver chrome;
    static String password;

    @BeforeAll
    static void serveAndOpenBrowser() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: no Chromium at "
                        + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; "
                        + ".ci/run does this)");
        songbun = SongbunProcess.inDataDir(temp.resolve("data"));
        server = songbun.startAndAwait("Serving until interrupted", Duration.ofMinutes(4), "serve");
        password = Files.readString(temp.resolve("data").resolve("password")).strip();
        Files.createDirectories(SHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1600,1100",
                "--user-data-dir=" + Files.createDirectory(temp.resolve("chromium")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // An explicit driver executable: Selenium Manager is never asked to find or download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        chrome = new ChromeDriver(service, options);

        chrome.get(http() + "/browser/?dbms=neo4j://neo4j@127.0.0.1:" + songbun.env("SONGBUN_BOLT_PORT"));
        waitFor(By.cssSelector("input[data-testid=password]")).sendKeys(password);
        chrome.findElement(By.cssSelector("button[data-testid=connect]")).click();
        // The first connect also fetches the stylesheet and the guide; a busy 2-core machine has taken over 90 s.
        waitUntil(
                () -> pageText().contains("songbun-graph: a guide for analysts"),
                "the guide opened on connect",
                Duration.ofMinutes(3));
        screenshot("guide");
    }

    static String http() {
        return "http://127.0.0.1:" + songbun.env("SONGBUN_HTTP_PORT");
    }

    @AfterAll
    static void closeEverything() throws InterruptedException {
        if (chrome != null) {
            chrome.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void appliesTheProjectStyleAndOpensTheGuideOnConnect() {
        String page = pageText();

        assertThat(page)
                .contains(":style " + http() + "/songbun/style.grass")
                .contains("node.Protected")
                .contains(":play " + http() + "/songbun/guide.html")
                .contains("songbun-graph: a guide for analysts");
    }

    @Test
    void drawsATracedFamilyWithTheProjectStyleAndTalksOnlyToTheLocalServer() throws Exception {
        String traced =
                songbun.run("trace", "--family", FAMILY, "--browser").stdout().strip();
        assertThat(traced).contains(":param ids => ").contains(":param targets => ");
        type(traced);
        // Browser shows a multi-statement run as a list; :params shows the values the pasted lines set.
        waitUntil(
                () -> {
                    type(":params");
                    return new WebDriverWait(chrome, Duration.ofSeconds(3))
                                    .until(d -> newestFrame().getText().contains(":params"))
                            && newestFrame().getText().contains("\"targets\"")
                            && newestFrame().getText().contains("\"P-W0101\"");
                },
                "the pasted lines set the parameters");
        // Then the query alone, to draw it.
        String query = traced.substring(traced.indexOf("\nMATCH ") + 1);
        int graphsBefore = chrome.findElements(By.cssSelector("svg.neod3viz")).size();
        type(query);

        Drawn expected = expectedDrawing(traced, query);
        waitUntil(() -> chrome.findElements(By.cssSelector("svg.neod3viz")).size() > graphsBefore, "a new graph view");
        WebElement graph = newestFrame().findElement(By.cssSelector("svg.neod3viz"));
        waitUntil(
                () -> graph.findElements(By.cssSelector("g.node")).size() >= expected.nodes()
                        && graph.findElements(By.cssSelector("g.relationship")).size() >= expected.relationships(),
                "the graph view drew " + expected);
        Thread.sleep(1500); // let the force layout settle before the pictures
        screenshot("trace-" + FAMILY + "-page");
        save("trace-" + FAMILY, newestFrame().getScreenshotAs(OutputType.BYTES));

        List<WebElement> nodes = graph.findElements(By.cssSelector("g.node"));
        assertThat(nodes).hasSize(expected.nodes());
        assertThat(graph.findElements(By.cssSelector("g.relationship"))).hasSize(expected.relationships());
        List<String> protectedCaptions = new ArrayList<>();
        Set<String> personColours = new HashSet<>();
        for (WebElement node : nodes) {
            String fill = node.findElement(By.cssSelector("circle.b-outline")).getAttribute("fill");
            if ("#2A2C34".equalsIgnoreCase(fill)) {
                protectedCaptions.add(node.getText().strip());
            } else if ("#4C8EDA".equalsIgnoreCase(fill)) {
                personColours.add(fill);
            }
        }
        assertThat(protectedCaptions)
                .as("the protected witness, captioned by witness code")
                .containsExactly("W-0101");
        assertThat(personColours)
                .as("other people in the project's person colour")
                .isNotEmpty();
        assertThat(graph.getText()).as("no protected name drawn").doesNotContain("Hidden");
        List<String> captions = graph.findElements(By.cssSelector("g.relationship text")).stream()
                .map(t -> t.getAttribute("textContent"))
                .toList();
        assertThat(captions)
                .as("relationship captions give the type and years")
                .noneMatch(c -> c.contains("<type>"))
                .anyMatch(c -> c.matches("(ASSIGNED_TO|STUDIED_AT|LIVES_IN|TRADES_AT|SERVED_IN) .*\\d.*"));

        List<String> elsewhere = requestsAwayFromLoopback();
        assertThat(elsewhere).as("requests that left for another host").isEmpty();
    }

    @Test
    void drawsTheModelDiagram() throws Exception {
        int before = chrome.findElements(By.cssSelector("svg.neod3viz")).size();
        type("CALL db.schema.visualization()");
        waitUntil(
                () -> chrome.findElements(By.cssSelector("svg.neod3viz")).size() > before
                        && !chrome.findElements(By.cssSelector("svg.neod3viz"))
                                .get(0)
                                .findElements(By.cssSelector("g.node"))
                                .isEmpty(),
                "the schema drawn");
        Thread.sleep(1500); // let the force layout settle before the picture
        WebElement frame = newestFrame();
        assertThat(frame.findElement(By.cssSelector("svg.neod3viz")).getText())
                .contains("SongbunClass")
                .contains("Mine");
        save("model", frame.getScreenshotAs(OutputType.BYTES));
    }

    /** What Browser should draw: every node the query returns, and every relationship among them. */
    private static Drawn expectedDrawing(String traced, String query) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        for (String line : traced.lines().filter(l -> l.startsWith(":param ")).toList()) {
            String name = line.substring(":param ".length(), line.indexOf(" =>"));
            String literal = line.substring(line.indexOf("=>") + 2)
                    .replaceFirst(";$", "")
                    .strip();
            params.put(
                    name,
                    org.neo4j.cypher.internal.literal.interpreter.Cypher5LiteralInterpreter.parseExpression(literal));
        }
        try (Driver driver = GraphDatabase.driver(
                        "bolt://127.0.0.1:" + songbun.env("SONGBUN_BOLT_PORT"), AuthTokens.basic("neo4j", password));
                var session = driver.session()) {
            Set<String> ids = new LinkedHashSet<>();
            session.run(query, params).list().forEach(r -> r.values().forEach(v -> collectNodes(v.asObject(), ids)));
            long relationships = session.run(
                            "MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids "
                                    + "RETURN count(r) AS n",
                            Map.of("ids", List.copyOf(ids)))
                    .single()
                    .get("n")
                    .asLong();
            return new Drawn(ids.size(), (int) relationships);
        }
    }

    private static void collectNodes(Object value, Set<String> ids) {
        if (value instanceof Node node) {
            ids.add(node.elementId());
        } else if (value instanceof org.neo4j.driver.types.Path path) {
            path.nodes().forEach(n -> ids.add(n.elementId()));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectNodes(v, ids));
        }
    }

    record Drawn(int nodes, int relationships) {}

    /** Hosts of requests Chromium sent (not those the content policy blocked), other than the local server. */
    private static List<String> requestsAwayFromLoopback() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).get("message");
            JsonNode params = message.get("params");
            switch (message.get("method").asText()) {
                case "Network.requestWillBeSent" ->
                    urls.put(
                            params.get("requestId").asText(),
                            params.get("request").get("url").asText());
                case "Network.webSocketCreated" ->
                    urls.put(
                            "ws " + params.get("requestId").asText(),
                            params.get("url").asText());
                case "Network.loadingFailed" -> {
                    if (params.hasNonNull("blockedReason")) {
                        blocked.add(params.get("requestId").asText());
                    }
                }
                default -> {}
            }
        }
        List<String> away = new ArrayList<>();
        urls.forEach((id, url) -> {
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
            boolean network = List.of("http", "https", "ws", "wss").contains(scheme);
            if (network
                    && !blocked.contains(id)
                    && !"127.0.0.1".equals(URI.create(url).getHost())) {
                away.add(url);
            }
        });
        assertThat(urls.values())
                .as("the log saw Browser's own requests")
                .anyMatch(u -> u.contains("/songbun/guide.html"));
        return away;
    }

    /** Types into Browser's editor (Shift+Enter between lines, as Enter would run) and runs it. */
    private static void type(String text) {
        WebElement editor = waitFor(By.cssSelector("#monaco-main-editor textarea"));
        editor.click();
        Actions keys = new Actions(chrome);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            // The editor indents by itself; leading blanks would pile up.
            editor.sendKeys(lines[i].strip());
            if (i < lines.length - 1) {
                keys.keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
            }
        }
        chrome.findElement(By.cssSelector("button[data-testid=editor-Run]")).click();
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(chrome, Duration.ofSeconds(90)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        waitUntil(condition, what, Duration.ofSeconds(90));
    }

    // On failure the page's text goes into the message: CI keeps the log, not the screenshot.
    private static void waitUntil(java.util.function.BooleanSupplier condition, String what, Duration patience) {
        try {
            new WebDriverWait(chrome, patience)
                    .pollingEvery(Duration.ofSeconds(1))
                    .withMessage(what)
                    .ignoring(org.openqa.selenium.TimeoutException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (RuntimeException e) {
            screenshot("failed");
            String page = pageText();
            throw new AssertionError(
                    what + ": not seen; the page said:\n" + page.substring(0, Math.min(page.length(), 2000)), e);
        }
    }

    /** Browser adds each new result frame at the top of the stream. */
    private static WebElement newestFrame() {
        return chrome.findElements(By.cssSelector("[data-testid=frame]")).get(0);
    }

    private static String pageText() {
        return chrome.findElement(By.tagName("body")).getText();
    }

    private static void screenshot(String name) {
        save(name, chrome.getScreenshotAs(OutputType.BYTES));
    }

    private static void save(String name, byte[] png) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), png);
            String pictures = System.getProperty("songbun.pictures");
            if (pictures != null && !pictures.isBlank() && PICTURES.contains(name)) {
                Path dir = Files.createDirectories(Path.of(pictures));
                Files.write(dir.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
