package org.songbungraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.load.ShippedData;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.ShellCommands;
import org.songbungraph.support.ShippedIdentities;
import org.songbungraph.support.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * `export` of the shipped dataset, through Spring Shell's parser: the CSV is the import format and passes
 * `check`, JSON and GraphML parse back whole, and `--redact` lets no protected name or identifying property
 * through in any format.
 */
class ExportCommandTest extends GraphTest {

    static final List<String> FORMATS = List.of("csv", "json", "graphml");
    static final List<String> IDENTIFYING = List.of("nameKo", "sex", "birthYear", "deathYear", "note");

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    ShellCommands commands;

    /** The protected people as the graph holds them: id to properties. */
    record Protected(String id, String witnessCode, Map<String, Object> properties) {}

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @BeforeEach
    void commands() {
        commands = ShellCommands.of(context);
    }

    @Test
    void csvExportHasTheShippedFilesHeadersAndRowsAndPassesCheck() throws IOException {
        Path out = temp.resolve("csv");
        String summary = commands.run("export", "--out", out.toString());

        List<String> shipped = csvFiles(TestNeo4j.IMPORT_DIR);
        assertThat(fileNames(out))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(shipped.stream(), Stream.of("MANIFEST.sha256"))
                        .toList());
        for (String file : shipped) {
            assertThat(firstLine(out.resolve(file))).as(file).isEqualTo(firstLine(TestNeo4j.IMPORT_DIR.resolve(file)));
            assertThat(rowsById(out.resolve(file))).as(file).isEqualTo(rowsById(TestNeo4j.IMPORT_DIR.resolve(file)));
        }
        assertThat(commands.run("check", "--import-dir", out.toString())).contains("is valid");
        assertThat(summary)
                .contains(
                        "Exported " + shippedRows(true) + " nodes and " + shippedRows(false) + " relationships as csv")
                .contains(shipped.size() + 1 + " files")
                .contains("Not redacted");
    }

    @Test
    void everyFormatWritesAManifestThatMatchesItsFiles() throws IOException {
        for (String format : FORMATS) {
            Path out = temp.resolve("manifest-" + format);
            commands.run("export", "--out", out.toString(), "--format", format);

            List<String> lines = Files.readAllLines(out.resolve("MANIFEST.sha256"));
            List<String> files = fileNames(out).stream()
                    .filter(f -> !f.equals("MANIFEST.sha256"))
                    .sorted()
                    .toList();
            assertThat(lines).as(format).hasSize(files.size());
            for (int i = 0; i < files.size(); i++) {
                assertThat(lines.get(i)).as(format).isEqualTo(sha256(out.resolve(files.get(i))) + "  " + files.get(i));
            }
        }
    }

    @Test
    void exportingTwiceGivesTheSameBytesInEveryFormat() throws IOException {
        for (String format : FORMATS) {
            for (boolean redact : List.of(false, true)) {
                Path a = export("twice-a-" + format + redact, format, redact);
                Path b = export("twice-b-" + format + redact, format, redact);
                assertThat(fileNames(a)).isEqualTo(fileNames(b));
                for (String file : fileNames(a)) {
                    assertThat(Files.readAllBytes(b.resolve(file)))
                            .as(format + " " + file)
                            .isEqualTo(Files.readAllBytes(a.resolve(file)));
                }
            }
        }
    }

    @Test
    void redactedExportsHoldNoProtectedNameOrIdentifyingPropertyInAnyFormat() throws IOException {
        List<Protected> people = protectedPeople();
        List<String> secrets = ShippedIdentities.secrets();
        assertThat(secrets).contains("Chong Hidden-ja", "정숨은자");

        for (String format : FORMATS) {
            String bytes = allText(export("redacted-" + format, format, true)).toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                assertThat(bytes)
                        .as(format + " must not contain " + secret)
                        .doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
            for (Protected person : people) {
                assertThat(bytes).as(format).contains(person.witnessCode().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void plainExportsHoldNoIdentityEitherWhichTheSameCheckFindsInTheVault() throws IOException {
        List<String> secrets = ShippedIdentities.secrets();
        for (String format : FORMATS) {
            String bytes = allText(export("plain-" + format, format, false)).toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                assertThat(bytes)
                        .as(format + " must not contain " + secret)
                        .doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
        }
        // The identities are sealed, not lost: the same search finds each of them in the vault's content.
        String vault = ShippedIdentities.all().toString().toLowerCase(Locale.ROOT);
        assertThat(secrets).allSatisfy(secret -> assertThat(vault).contains(secret.toLowerCase(Locale.ROOT)));
    }

    @Test
    void redactedPeopleKeepOnlyTheirWitnessCodeInEveryFormat() throws Exception {
        List<Protected> people = protectedPeople();
        // Only the synthetic witness has a sex and birth year in the graph (her Hangul name and note are sealed): it
        // proves they are removed.
        assertThat(people).anySatisfy(p -> assertThat(p.properties()).containsKeys("sex", "birthYear"));

        Map<String, CSVRecord> persons =
                records(export("people-csv", "csv", true).resolve("persons.csv"));
        JsonNode json = new ObjectMapper()
                .readTree(export("people-json", "json", true)
                        .resolve("graph.json")
                        .toFile());
        Document graphml = xml(export("people-graphml", "graphml", true).resolve("graph.graphml"));
        assertThat(persons.get("P-W0101").get("birthDecade")).isEqualTo("1980");
        for (Protected person : people) {
            CSVRecord row = persons.get(person.id());
            assertThat(row.get("name")).isEqualTo(person.witnessCode());
            IDENTIFYING.forEach(column ->
                    assertThat(row.get(column)).as(person.id() + " " + column).isEmpty());

            JsonNode node = jsonNode(json, person.id());
            assertThat(node.path("properties").path("name").asText()).isEqualTo(person.witnessCode());
            IDENTIFYING.forEach(p -> assertThat(node.path("properties").has(p))
                    .as(person.id() + " " + p)
                    .isFalse());

            Map<String, String> data = graphmlNode(graphml, person.id());
            assertThat(data).containsEntry("n_name", person.witnessCode());
            IDENTIFYING.forEach(p -> assertThat(data).as(person.id()).doesNotContainKey("n_" + p));
        }
    }

    @Test
    void redactedCsvLeavesOutFamilyResidenceAndLocalPlacesOfProtectedPeopleKeepsTheirTestimonyAndStillPassesCheck()
            throws IOException {
        Path out = export("redacted-csv", "csv", true);
        List<String> ids = protectedPeople().stream().map(Protected::id).toList();

        for (String file : List.of(
                "child_of.csv",
                "married_to.csv",
                "member_of.csv",
                "lives_in.csv",
                "assigned_to.csv",
                "studied_at.csv",
                "denied.csv",
                "trades_at.csv",
                "surveils.csv")) {
            for (CSVRecord row : records(out.resolve(file)).values()) {
                assertThat(ids).as(file + " " + row.get("id")).doesNotContain(row.get("startId"), row.get("endId"));
            }
        }
        // Other relationships of protected people stay: what they gave; their assignments stay in a plain export.
        assertThat(records(out.resolve("gave.csv")).values())
                .extracting(r -> r.get("startId"))
                .containsAll(ids);
        assertThat(records(export("plain-csv-assignments", "csv", false).resolve("assigned_to.csv"))
                        .values())
                .extracting(r -> r.get("startId"))
                .contains("P-W0101");
        assertThat(records(out.resolve("child_of.csv"))).isNotEmpty();
        assertThat(commands.run("check", "--import-dir", out.toString())).contains("is valid");
    }

    @Test
    void jsonParsesBackWithEveryNodeAndRelationship() throws IOException {
        JsonNode json = new ObjectMapper()
                .readTree(export("json", "json", false).resolve("graph.json").toFile());

        assertThat(json.path("nodes").size())
                .isEqualTo(shippedRows(true))
                .isEqualTo(json.path("nodeCount").asInt());
        assertThat(json.path("relationships").size()).isEqualTo(shippedRows(false));
        JsonNode mine = jsonNode(json, "U-SYN-MINE-7");
        assertThat(mine.path("labels").toString()).isEqualTo("[\"Mine\",\"Unit\"]");
        JsonNode pak = jsonNode(json, "P-SYN-PAK-08");
        assertThat(pak.path("properties").path("birthYear").isIntegralNumber()).isTrue();
        assertThat(pak.path("properties").path("sources").isArray()).isTrue();
    }

    @Test
    void graphmlParsesBackWithDeclaredKeysAndTheRightCounts() throws Exception {
        Document doc = xml(export("graphml", "graphml", false).resolve("graph.graphml"));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getElementsByTagNameNS(GraphmlExport.NS, "node").getLength())
                .isEqualTo(shippedRows(true));
        NodeList edges = doc.getElementsByTagNameNS(GraphmlExport.NS, "edge");
        assertThat(edges.getLength()).isEqualTo(shippedRows(false));
        Map<String, String> keys = new HashMap<>();
        NodeList keyElements = doc.getElementsByTagNameNS(GraphmlExport.NS, "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            Element key = (Element) keyElements.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("attr.type"));
        }
        NodeList data = doc.getElementsByTagNameNS(GraphmlExport.NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keys).containsKey(((Element) data.item(i)).getAttribute("key"));
        }
        assertThat(keys)
                .containsEntry("n_birthYear", "long")
                .containsEntry("n_synthetic", "boolean")
                .containsEntry("n_share", "double");
        List<String> nodeIds = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS(GraphmlExport.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
        }
    }

    @Test
    void refusesAFolderThatHoldsAnythingAndLeavesItAsItWas() throws IOException {
        Path out = Files.createDirectories(temp.resolve("analyst"));
        Files.writeString(out.resolve("notes.txt"), "my notes");

        for (String format : FORMATS) {
            assertThatThrownBy(() -> commands.run("export", "--out", out.toString(), "--format", format))
                    .isInstanceOfSatisfying(SongbunException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                        assertThat(e.getMessage()).contains("is not empty").contains("never overwrites");
                    });
        }
        assertThat(fileNames(out)).containsExactly("notes.txt");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("my notes");
        assertThat(fileNames(temp)).containsExactly("analyst");
    }

    @Test
    void refusesAFileAnUnknownFormatAndAMissingOut() throws IOException {
        Path file = Files.writeString(temp.resolve("file.csv"), "id\n");

        assertThatThrownBy(() -> commands.run("export", "--out", file.toString()))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.getMessage()).contains("is a file"));
        assertThatThrownBy(
                        () -> commands.run("export", "--out", temp.resolve("x").toString(), "--format", "xml"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        assertThatThrownBy(() -> commands.run("export"))
                .isInstanceOfSatisfying(
                        SongbunException.class, e -> assertThat(e.getMessage()).contains("--out"));
        assertThat(Files.readString(file)).isEqualTo("id\n");
        assertThat(fileNames(temp)).containsExactly("file.csv");
    }

    @Test
    void fillsAnEmptyFolderAndLeavesNoHiddenFolderBeside() throws IOException {
        Path out = Files.createDirectories(temp.resolve("parent/empty"));

        commands.run("export", "--out", out.toString());

        assertThat(fileNames(out)).contains("persons.csv", "MANIFEST.sha256");
        assertThat(fileNames(temp.resolve("parent"))).containsExactly("empty");
    }

    @Test
    void exportsOnlyTheKnowledgeModel() throws IOException {
        String before = GraphFingerprint.of(neo4j().driver());
        try (var session = neo4j().driver().session()) {
            session.run("""
                    MATCH (p:Person {id: 'P-SYN-PAK-08'})
                    CREATE (:LoadRun {id: 'LR-TEST', name: 'custody-run'})-[:READ {id: 'R-TEST'}]->(:LoadedFile {id: 'LF-TEST'}),
                           (p)-[:CHILD_OF {id: 'R-CHD-TEST', line: 'PATERNAL', sources: ['S-SYN-ILLUSTRATIVE']}]
                             ->(:Analyst {id: 'P-TEST', name: 'custody-analyst'})""").consume();
        }
        try {
            for (String format : FORMATS) {
                String text = allText(export("model-" + format, format, false));
                assertThat(text).as(format).doesNotContain("LR-TEST", "LF-TEST", "custody-", "R-CHD-TEST", "LoadRun");
            }
        } finally {
            try (var session = neo4j().driver().session()) {
                session.run("MATCH (n) WHERE n.id IN ['LR-TEST', 'LF-TEST', 'P-TEST'] DETACH DELETE n")
                        .consume();
            }
        }
        assertThat(GraphFingerprint.of(neo4j().driver())).isEqualTo(before);
    }

    private Path export(String name, String format, boolean redact) {
        Path out = temp.resolve(name);
        List<String> words = new ArrayList<>(List.of("export", "--out", out.toString(), "--format", format));
        if (redact) {
            words.add("--redact");
        }
        commands.run(words.toArray(String[]::new));
        return out;
    }

    private static List<Protected> protectedPeople() {
        try (var session = neo4j().driver().session()) {
            return session.run("MATCH (p:Person {protection: 'PROTECTED'}) RETURN p.id AS id, p.witnessCode AS code, "
                            + "properties(p) AS properties ORDER BY id")
                    .list(r -> new Protected(
                            r.get("id").asString(),
                            r.get("code").asString(),
                            r.get("properties").asMap()));
        }
    }

    private static String allText(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : fileNames(dir)) {
            text.append(new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.UTF_8))
                    .append('\n');
        }
        return text.toString();
    }

    static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> csvFiles(Path dir) throws IOException {
        return fileNames(dir).stream().filter(f -> f.endsWith(".csv")).toList();
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).get(0);
    }

    /** Rows of the shipped node files (or relationship files), read from import/ rather than the graph. */
    private static long shippedRows(boolean nodeFiles) throws IOException {
        long rows = 0;
        for (String file : csvFiles(TestNeo4j.IMPORT_DIR)) {
            Path path = TestNeo4j.IMPORT_DIR.resolve(file);
            if (firstLine(path).contains("startId") != nodeFiles) {
                rows += records(path).size();
            }
        }
        return rows;
    }

    /** Each row by id, as column to cell, with decimals compared by value (the export writes 30.0 as 30). */
    private static Map<String, Map<String, String>> rowsById(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (CSVRecord record : records(file).values()) {
            Map<String, String> cells = new LinkedHashMap<>();
            record.toMap()
                    .forEach((column, cell) -> cells.put(
                            column,
                            cell.matches("-?\\d+\\.\\d+")
                                    ? new java.math.BigDecimal(cell)
                                            .stripTrailingZeros()
                                            .toPlainString()
                                    : cell));
            rows.put(record.get("id"), cells);
        }
        return rows;
    }

    private static Map<String, CSVRecord> records(Path file) throws IOException {
        Map<String, CSVRecord> records = new LinkedHashMap<>();
        try (Reader reader = new StringReader(Files.readString(file));
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            parser.forEach(r -> records.put(r.get("id"), r));
        }
        return records;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode jsonNode(JsonNode json, String id) {
        for (JsonNode node : json.path("nodes")) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in the JSON export");
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The data of the GraphML node whose id data is {@code id}, by key. */
    private static Map<String, String> graphmlNode(Document doc, String id) {
        NodeList nodes = doc.getElementsByTagNameNS(GraphmlExport.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> data = new HashMap<>();
            NodeList cells = ((Element) nodes.item(i)).getElementsByTagNameNS(GraphmlExport.NS, "data");
            for (int j = 0; j < cells.getLength(); j++) {
                data.put(
                        ((Element) cells.item(j)).getAttribute("key"),
                        cells.item(j).getTextContent());
            }
            if (id.equals(data.get("n_id"))) {
                return data;
            }
        }
        throw new AssertionError("no node " + id + " in the GraphML export");
    }
}
