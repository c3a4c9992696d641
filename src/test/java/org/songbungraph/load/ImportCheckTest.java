package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.support.TestNeo4j;

class ImportCheckTest {

    @TempDir
    Path temp;

    Path dir;

    @org.junit.jupiter.api.BeforeEach
    void importFolder() throws IOException {
        dir = Files.createDirectories(temp.resolve("import"));
    }

    private static final List<ImportSchema.FileSpec> SCHEMA = List.of(
            ImportSchema.file("sources.csv")
                    .required("id", new ImportSchema.Id("Source"))
                    .required("reliability", new ImportSchema.Enum(Set.of("A", "B", "C", "D", "E", "F")))
                    .build(),
            ImportSchema.file("persons.csv")
                    .required("id", new ImportSchema.Id("Person"))
                    .optional("note", new ImportSchema.Text())
                    .optional("birthYear", new ImportSchema.Year())
                    .optional("deathYear", new ImportSchema.Year())
                    .required("sources", new ImportSchema.Refs("Source"))
                    .notBefore("deathYear", "birthYear")
                    .build(),
            ImportSchema.file("surveils.csv")
                    .required("startId", ImportSchema.Ref.labelledBy("startLabel"))
                    .required("startLabel", new ImportSchema.LabelOf(Set.of("Person", "Source")))
                    .required("endId", ImportSchema.Ref.to("Person"))
                    .build());

    @Test
    void reportsAParentWhoIsNotOlderThanTheirChild() throws IOException {
        List<ImportSchema.FileSpec> lineage = List.of(
                ImportSchema.file("persons.csv")
                        .required("id", new ImportSchema.Id("Person"))
                        .optional("birthYear", new ImportSchema.Year())
                        .build(),
                ImportSchema.file("child_of.csv")
                        .required("startId", ImportSchema.Ref.to("Person"))
                        .required("endId", ImportSchema.Ref.to("Person"))
                        .older("endId", "parent", "startId", "child", "birthYear")
                        .build());
        write("persons.csv", "id,birthYear\nP-OLD,1930\nP-YOUNG,1990\nP-UNKNOWN,\n");
        write("child_of.csv", "startId,endId\nP-YOUNG,P-OLD\nP-OLD,P-YOUNG\nP-UNKNOWN,P-OLD\n");

        assertThat(ImportCheck.run(dir, lineage).problems())
                .extracting(Object::toString)
                .containsExactly(
                        "import/child_of.csv:3:2: endId: parent P-YOUNG (born 1990) is not older than child P-OLD (born 1930)");
    }

    @Test
    void refusesAFileThatLinksOutsideTheImportFolder() throws IOException {
        write("sources.csv", "id,reliability\nS-A,B\n");
        Path elsewhere =
                Files.writeString(temp.resolve("secret.csv"), "id,sources,note\nP-X,S-A,read from elsewhere\n");
        Files.createSymbolicLink(dir.resolve("persons.csv"), elsewhere);
        write("surveils.csv", "startId,startLabel,endId\n");

        assertThat(ImportCheck.run(dir, SCHEMA).problems())
                .extracting(Object::toString)
                .singleElement()
                .asString()
                .startsWith("import/persons.csv:0:0: is a symbolic link to " + elsewhere.toRealPath())
                .endsWith("outside the import folder; copy the file in instead");
    }

    @Test
    void namesTheFilesWhoseRowsHoldALineBreakForTheBulkImporter() throws IOException {
        write("sources.csv", "id,reliability\nS-1,B\nS-2,C\n");
        write(
                "persons.csv",
                "id,note,birthYear,deathYear,sources\nP-1,plain,1930,1990,S-1\nP-2,\"two\nlines\",,,S-1\n");
        // The last row spans lines and the file has no final line break: still found.
        write("surveils.csv", "startId,startLabel,endId\nP-1,Person,P-1\nP-2,Person,\"P-\n2\"");

        ImportCheck.Report report = ImportCheck.run(dir, SCHEMA);

        assertThat(report.multilineFiles()).containsExactlyInAnyOrder("persons.csv", "surveils.csv");
        assertThat(ImportCheck.run(TestNeo4j.IMPORT_DIR, ShippedSchema.files()).multilineFiles())
                .as("the shipped data has no line break inside a cell")
                .isEmpty();
    }

    @Test
    void acceptsAFolderThatFollowsTheSchema() throws IOException {
        write("sources.csv", "id,reliability\nS-1,B\n");
        write("persons.csv", "id,note,birthYear,deathYear,sources\nP-1,\"a note, with a comma\",1930,1990,S-1\n");
        write("surveils.csv", "startId,startLabel,endId\nP-1,Person,P-1\n");

        assertThat(ImportCheck.run(dir, SCHEMA).problems()).isEmpty();
    }

    @Test
    void reportsEveryProblemWithFileLineAndColumn() throws IOException {
        write("sources.csv", "id,reliability\nS-1,B\nS-1,Z\n");
        write("persons.csv", """
                id,note,birthYear,deathYear,sources
                P-1,"a note
                over two lines",19x0,,S-1|S-9
                P-2,,1990,1950,S-1||S-1
                """);
        write("surveils.csv", "startId,startLabel,endId\nP-1,Unit,P-3\n");

        assertThat(ImportCheck.run(dir, SCHEMA).problems())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "import/sources.csv:3:1: id: duplicate Source id 'S-1'",
                        "import/sources.csv:3:2: reliability: 'Z' is not one of A, B, C, D, E, F",
                        "import/persons.csv:2:3: birthYear: '19x0' is not a year (1800-2100)",
                        "import/persons.csv:2:5: sources: no Source has id 'S-9'",
                        "import/persons.csv:4:4: deathYear: 1950 is before birthYear 1990",
                        "import/persons.csv:4:5: sources: has an empty item in 'S-1||S-1' (items are separated by a single '|')",
                        "import/surveils.csv:2:2: startLabel: 'Unit' is not one of Person, Source",
                        "import/surveils.csv:2:1: startId: no Unit has id 'P-1'",
                        "import/surveils.csv:2:3: endId: no Person has id 'P-3'");
    }

    @Test
    void reportsMissingFilesColumnsAndBadBytes() throws IOException {
        write("sources.csv", "id\nS-1\n");
        Files.write(dir.resolve("persons.csv"), new byte[] {
            'i', 'd', ',', 's', 'o', 'u', 'r', 'c', 'e', 's', '\n', 'P', '-', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'
        });

        assertThat(ImportCheck.run(dir, SCHEMA).problems())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "import/sources.csv:1:0: missing column 'reliability'",
                        "import/persons.csv:2:0: is not valid UTF-8; save the file as UTF-8",
                        "import/surveils.csv:0:0: file is missing");
    }

    // As in the shipped format: persons.csv is loaded before sources.csv, yet cites its ids.
    private static final List<ImportSchema.FileSpec> FORWARD = List.of(
            ImportSchema.file("persons.csv")
                    .required("id", new ImportSchema.Id("Person"))
                    .required("sources", new ImportSchema.Refs("Source"))
                    .build(),
            ImportSchema.file("sources.csv")
                    .required("id", new ImportSchema.Id("Source"))
                    .required("reliability", new ImportSchema.Enum(Set.of("A", "B", "C", "D", "E", "F")))
                    .optional("sources", new ImportSchema.Refs("Source"))
                    .build());

    @Test
    void acceptsPersonsCitingASourceDefinedOnlyInTheLaterSourcesFile() throws IOException {
        write("persons.csv", "id,sources\nP-1,S-LATE\nP-2,S-LATE|S-LATER\n");
        write("sources.csv", "id,reliability,sources\nS-LATE,B,S-LATER\nS-LATER,C,S-LATE\n");

        ImportCheck.Report report = ImportCheck.run(dir, FORWARD);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsByFile())
                .containsExactly(java.util.Map.entry("persons.csv", 2L), java.util.Map.entry("sources.csv", 2L));
    }

    @Test
    void reportsAMissingForwardReferenceAtItsFileLineAndColumnInLoadOrder() throws IOException {
        write("persons.csv", "id,sources\nP-1,S-1\nP-2,S-1|S-NOWHERE\n");
        write("sources.csv", "id,reliability,sources\nS-1,Z,S-ALSO-NOWHERE|S-2\nS-2,B,\n");

        assertThat(ImportCheck.run(dir, FORWARD).problems())
                .extracting(Object::toString)
                .containsExactly(
                        "import/persons.csv:3:2: sources: no Source has id 'S-NOWHERE'",
                        "import/sources.csv:2:2: reliability: 'Z' is not one of A, B, C, D, E, F",
                        "import/sources.csv:2:3: sources: no Source has id 'S-ALSO-NOWHERE'");
    }

    @Test
    void readsTheFilesAFileRefersToFirst() {
        List<String> order = ImportCheck.readingOrder(ShippedSchema.files()).stream()
                .map(ImportSchema.FileSpec::file)
                .toList();

        assertThat(order.get(0)).isEqualTo("sources.csv");
        assertThat(order.indexOf("persons.csv")).isLessThan(order.indexOf("child_of.csv"));
        assertThat(order.indexOf("claims.csv")).isLessThan(order.indexOf("about.csv"));
        assertThat(order)
                .containsExactlyInAnyOrderElementsOf(ShippedSchema.files().stream()
                        .map(ImportSchema.FileSpec::file)
                        .toList());
    }

    @Test
    void hashesEveryFileInTheSameRead() throws Exception {
        write("sources.csv", "\uFEFFid,reliability\nS-1,B\n");
        write("persons.csv", "id,note,birthYear,deathYear,sources\nP-1,\"노트, 쉼표\",1930,1990,S-1\n");
        write("surveils.csv", "startId,startLabel,endId\nP-1,Person,P-1");

        ImportCheck.Report report = ImportCheck.run(dir, SCHEMA);

        assertThat(report.problems()).isEmpty();
        assertThat(report.digests()).containsOnlyKeys("sources.csv", "persons.csv", "surveils.csv");
        for (String file : report.digests().keySet()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            assertThat(report.digests().get(file).hex())
                    .as(file)
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(report.digests().get(file).bytes()).as(file).isEqualTo(bytes.length);
        }
    }

    @Test
    void aFileWithBadBytesAnywhereReportsOnlyThoseAndDefinesNoIds() throws IOException {
        // The bad bytes come after a header problem and after rows: the file is refused as a whole, as before.
        Files.write(
                dir.resolve("sources.csv"),
                concat(
                        "id,reliability,id\nS-1,B,x\nS-2,Q,y\n",
                        new byte[] {'S', '-', '3', ',', (byte) 0xFF, '\n'},
                        "S-4,B\n",
                        new byte[] {(byte) 0xC3, '\n'}));
        write("persons.csv", "id,note,birthYear,deathYear,sources\nP-1,,1930,1990,S-1\n");
        write("surveils.csv", "startId,startLabel,endId\n");

        ImportCheck.Report report = ImportCheck.run(dir, SCHEMA);

        assertThat(report.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "import/sources.csv:4:0: is not valid UTF-8; save the file as UTF-8",
                        "import/sources.csv:6:0: is not valid UTF-8; save the file as UTF-8",
                        "import/persons.csv:2:5: sources: no Source has id 'S-1'");
        assertThat(report.rowsByFile()).doesNotContainKey("sources.csv");
        assertThat(report.digests()).doesNotContainKey("sources.csv");
    }

    @Test
    void aCsvErrorKeepsTheRowsBeforeItAndStillHashesTheWholeFile() throws IOException {
        write("sources.csv", "id,reliability\nS-1,B\nS-2,\"B\"x\nS-3,B\n");
        write("persons.csv", "id,note,birthYear,deathYear,sources\nP-1,,1930,1990,S-1|S-3\n");
        write("surveils.csv", "startId,startLabel,endId\n");

        ImportCheck.Report report = ImportCheck.run(dir, SCHEMA);

        assertThat(report.problems())
                .extracting(Object::toString)
                .satisfiesExactly(
                        csv -> assertThat(csv).startsWith("import/sources.csv:0:0: cannot be read as CSV: "),
                        ref -> assertThat(ref).isEqualTo("import/persons.csv:2:5: sources: no Source has id 'S-3'"));
        assertThat(report.digests().get("sources.csv").bytes()).isEqualTo(Files.size(dir.resolve("sources.csv")));
    }

    private static byte[] concat(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(
                    part instanceof String text
                            ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : (byte[]) part);
        }
        return out.toByteArray();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
