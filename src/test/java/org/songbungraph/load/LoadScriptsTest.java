package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.shell.SongbunException;

class LoadScriptsTest {

    @TempDir
    Path dir;

    @Test
    void splitsStatementsAsCypherShellDoesAndKeepsTheirLineNumbers() throws IOException {
        Files.writeString(dir.resolve("10-load.cypher"), """
                // Sources first.
                CREATE CONSTRAINT x IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE;

                // A semicolon inside a string or a comment does not end a statement; // nor here
                LOAD CSV WITH HEADERS FROM 'file:///a;b.csv' AS row
                CALL (row) { MERGE (n:X {id: row.id}) } IN TRANSACTIONS OF 10 ROWS;
                """);

        LoadScripts.Script script = LoadScripts.parse(dir.resolve("10-load.cypher"));

        assertThat(script.statements()).extracting(LoadScripts.Statement::line).containsExactly(2, 5);
        assertThat(script.statements().get(1).text())
                .startsWith("LOAD CSV")
                .contains("'file:///a;b.csv'")
                .endsWith("IN TRANSACTIONS OF 10 ROWS");
    }

    @Test
    void readsOnlyNumberedScriptsInNameOrder() throws IOException {
        Files.writeString(dir.resolve("20-b.cypher"), "RETURN 2;");
        Files.writeString(dir.resolve("00-a.cypher"), "RETURN 0;");
        Files.writeString(dir.resolve("notes.cypher"), "RETURN 'not a load script';");
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("queries").resolve("01-q.cypher"), "RETURN 1;");

        List<LoadScripts.Script> scripts = LoadScripts.read(dir);

        assertThat(scripts)
                .extracting(s -> s.file().getFileName().toString())
                .containsExactly("00-a.cypher", "20-b.cypher");
    }

    @Test
    void rejectsCypherShellCommandsNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("10-x.cypher"), "RETURN 1;\n:param x => 1\n");

        assertThatThrownBy(() -> LoadScripts.parse(dir.resolve("10-x.cypher")))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("10-x.cypher:2")
                .hasMessageContaining("plain Cypher only");
    }

    @Test
    void rejectsAnUnterminatedLastStatement() throws IOException {
        Files.writeString(dir.resolve("10-x.cypher"), "RETURN 1;\n\nMATCH (n)\nRETURN n\n");

        assertThatThrownBy(() -> LoadScripts.parse(dir.resolve("10-x.cypher")))
                .hasMessageContaining("10-x.cypher:3")
                .hasMessageContaining("does not end with ';'");
    }

    @Test
    void explainsAMissingScriptsFolder() {
        assertThatThrownBy(() -> LoadScripts.read(dir.resolve("nope")))
                .hasMessageContaining("No scripts folder")
                .hasMessageContaining("SONGBUN_SCRIPTS_DIR");
    }
}
