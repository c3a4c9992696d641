package org.songbungraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.songbungraph.embedded.EmbeddedNeo4j;
import org.songbungraph.embedded.EmbeddedSettings;
import org.songbungraph.load.ImportLayout;
import org.songbungraph.load.TestLoaders;
import org.songbungraph.support.TestNeo4j;

/**
 * A generated folder goes through the real load scripts into a fresh Neo4j of its own (not the shared test
 * server, whose graph other tests rely on), and every CSV row becomes exactly one node or relationship.
 */
class GeneratedFolderLoadTest {

    @TempDir
    Path temp;

    @Test
    void aGeneratedFolderLoadsThroughTheScriptsWithOneNodeOrRelationshipPerRow() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("import"));
        Generator.Result result = Generator.write(500, 7, TestNeo4j.IMPORT_DIR, folder);
        EmbeddedSettings settings = new EmbeddedSettings(
                temp.resolve("data"),
                folder,
                "127.0.0.1",
                TestNeo4j.freePort(),
                TestNeo4j.freePort(),
                TestNeo4j.PASSWORD);

        try (EmbeddedNeo4j server = EmbeddedNeo4j.startIfFree(settings).orElseThrow();
                Driver driver = GraphDatabase.driver(
                        server.endpoint().boltUri(), AuthTokens.basic("neo4j", TestNeo4j.PASSWORD))) {
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            TestLoaders.over(driver, TestNeo4j.SCRIPTS_DIR, folder)
                    .load(new PrintStream(progress, true, StandardCharsets.UTF_8));

            Map<String, Long> expected = new LinkedHashMap<>();
            Map<String, Long> actual = new LinkedHashMap<>();
            try (Session session = driver.session()) {
                for (ImportLayout.FileLayout layout : ImportLayout.files()) {
                    expected.put(layout.name(), result.rows().get(layout.file()));
                    String query = layout.relationship()
                            ? "MATCH ()-[r:`" + layout.name() + "`]->() RETURN count(r) AS n"
                            : "MATCH (n:`" + layout.name() + "`) RETURN count(n) AS n";
                    actual.put(
                            layout.name(), session.run(query).single().get("n").asLong());
                }
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(expected.get("Person")).isEqualTo(500L);
            assertThat(expected.get("SURVEILS")).isPositive();
        }
    }
}
