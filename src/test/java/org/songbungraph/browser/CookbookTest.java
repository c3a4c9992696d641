package org.songbungraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.cypher.internal.literal.interpreter.Cypher5LiteralInterpreter;
import org.neo4j.driver.Record;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.ShippedIdentities;
import org.songbungraph.support.TestNeo4j;

/** Every cookbook query, run on the shipped data with the parameters in its header, returns what the header says. */
class CookbookTest {

    static final Path COOKBOOK = Path.of("cypher", "queries");

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @TestFactory
    Stream<DynamicTest> everyCookbookQueryReturnsTheResultItsHeaderPromises() throws IOException {
        List<Cookbook.Query> queries = cookbook();
        assertThat(queries).hasSizeBetween(8, 14);
        return queries.stream()
                .map(q -> DynamicTest.dynamicTest(q.file(), () -> {
                    assertThat(q.question()).as("question").endsWith("?");
                    assertThat(q.params()).as("a parameterised query").isNotEmpty();
                    List<Record> rows = run(q);

                    assertThat(rows).as(q.file() + ": rows").hasSize(q.expectedRowCount());
                    for (String expected : q.expectedRows()) {
                        Map<?, ?> wanted = (Map<?, ?>) literal(expected);
                        assertThat(rows)
                                .as(q.file() + ": a row with " + expected)
                                .anyMatch(row -> matches(row, wanted));
                    }
                }));
    }

    @Test
    void noCookbookColumnShowsTheNameOfAProtectedPerson() throws IOException {
        List<String> names = ShippedIdentities.secrets();
        assertThat(names).isNotEmpty();
        for (Cookbook.Query q : cookbook()) {
            List<String> texts = new ArrayList<>();
            run(q).forEach(row -> row.values().forEach(v -> scalarTexts(v.asObject(), texts)));
            assertThat(texts).as(q.file()).noneMatch(t -> names.stream().anyMatch(t::contains));
        }
    }

    @Test
    void theGuideShowsEveryCookbookQueryAsItIsInItsFile() throws IOException {
        String guide = BrowserGuide.html();
        List<Cookbook.Query> queries = cookbook();

        assertThat(BrowserGuide.cookbookFiles())
                .containsExactlyInAnyOrderElementsOf(
                        queries.stream().map(Cookbook.Query::file).toList());
        for (Cookbook.Query q : queries) {
            assertThat(guide).contains(BrowserGuide.escape(q.forBrowser()));
        }
        assertThat(guide).doesNotContain("<!-- cookbook:");
    }

    @Test
    void aHeaderWithoutExpectedRowsIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Cookbook.parse("x.cypher", "// Question: What?\n// Param a: 1\n\nRETURN $a"))
                .hasMessageContaining("Expect rows");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Cookbook.parse("x.cypher", "// Question: What?\n// Expect rows: 1\nRETURN 1"))
                .hasMessageContaining("blank line");
    }

    static List<Cookbook.Query> cookbook() throws IOException {
        try (Stream<Path> files = Files.list(COOKBOOK)) {
            List<Cookbook.Query> queries = new ArrayList<>();
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
                queries.add(Cookbook.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return queries;
        }
    }

    private static List<Record> run(Cookbook.Query q) {
        Map<String, Object> params = new LinkedHashMap<>();
        q.params().forEach((name, text) -> params.put(name, literal(text)));
        try (var session = TestNeo4j.get().driver().session()) {
            return session.run(q.body(), params).list();
        }
    }

    private static Object literal(String text) {
        return Cypher5LiteralInterpreter.parseExpression(text);
    }

    /** Each expected column equals the row's; a number expected for a list column is the list's size. */
    private static boolean matches(Record row, Map<?, ?> wanted) {
        for (Map.Entry<?, ?> e : wanted.entrySet()) {
            String column = (String) e.getKey();
            if (!row.containsKey(column)) {
                return false;
            }
            Object actual = row.get(column).asObject();
            Object expected = e.getValue();
            if (actual instanceof List<?> list && expected instanceof Number n) {
                actual = (long) list.size();
                expected = n.longValue();
            }
            if (!Objects.equals(normalise(actual), normalise(expected))) {
                return false;
            }
        }
        return true;
    }

    private static Object normalise(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CookbookTest::normalise).toList();
        }
        return value;
    }

    /** Strings in lists and maps; nodes and paths are drawn by Browser, captioned by the stylesheet. */
    private static void scalarTexts(Object value, List<String> out) {
        if (value instanceof String text) {
            out.add(text);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> scalarTexts(v, out));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> scalarTexts(v, out));
        }
    }
}
