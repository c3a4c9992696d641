package org.songbungraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Neo4j Browser guide the embedded server serves (a {@code :play} HTML guide). Its runnable queries are the
 * cookbook files themselves, put in where the template says {@code <!-- cookbook: FILE -->}.
 */
public final class BrowserGuide {

    private static final Pattern MARKER = Pattern.compile("<!-- cookbook: ([A-Za-z0-9_.-]+\\.cypher) -->");

    private BrowserGuide() {}

    public static String html() {
        String template = resource("guide.html");
        Matcher marker = MARKER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            marker.appendReplacement(out, Matcher.quoteReplacement(section(Cookbook.load(marker.group(1)))));
        }
        return marker.appendTail(out).toString();
    }

    /** The cookbook files the guide shows, in order. */
    public static List<String> cookbookFiles() {
        Matcher marker = MARKER.matcher(resource("guide.html"));
        List<String> files = new ArrayList<>();
        while (marker.find()) {
            files.add(marker.group(1));
        }
        return files;
    }

    private static String section(Cookbook.Query q) {
        String expected = q.expectedRowCount()
                + (q.expectedRowCount() == 1 ? " row" : " rows")
                + (q.expectedRows().isEmpty() ? "" : ", among them " + String.join(" and ", q.expectedRows()));
        return "<h4>" + escape(q.question()) + "</h4>\n"
                + "<pre class=\"code runnable\">" + escape(q.forBrowser()) + "</pre>\n"
                + "<p><small>On the shipped data: " + escape(expected) + ". (<code>cypher/queries/" + escape(q.file())
                + "</code>)</small></p>";
    }

    /** The project's GraSS stylesheet (cypher/browser/songbun.grass), as Browser loads it on connect. */
    public static String stylesheet() {
        return resource("songbun.grass");
    }

    private static String resource(String name) {
        String path = "/songbun-browser/" + name;
        try (InputStream in = BrowserGuide.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
