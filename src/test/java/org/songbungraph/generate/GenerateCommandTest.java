package org.songbungraph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.export.ExportFolder;
import org.songbungraph.load.ImportLayout;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.ShellCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** `generate` through Spring Shell's parser: what `check` then accepts, and what it refuses before writing. */
class GenerateCommandTest extends GraphTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    ShellCommands commands;

    @BeforeEach
    void commands() {
        commands = ShellCommands.of(context);
    }

    @Test
    void writesAFolderThatCheckAcceptsWithAManifest() {
        Path out = temp.resolve("province");

        String said = commands.run("generate", "--people", "300", "--seed", "3", "--out", out.toString());

        assertThat(said).contains("Generated 300 people", "seed 3", ReferenceRows.SOURCE, out.toString());
        assertThat(commands.run("check", "--import-dir", out.toString())).contains("is valid");
        for (ImportLayout.FileLayout layout : ImportLayout.files()) {
            assertThat(out.resolve(layout.file())).isRegularFile();
        }
        assertThat(out.resolve(ExportFolder.MANIFEST)).content().contains("persons.csv");
    }

    @Test
    void refusesAFolderThatHoldsAnythingAndLeavesItAlone() throws IOException {
        Path out = Files.createDirectory(temp.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> commands.run("generate", "--people", "50", "--out", out.toString()))
                .isInstanceOfSatisfying(SongbunException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.getMessage()).contains("not empty");
                });
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("notes.txt"));
        }
    }

    @Test
    void refusesAPopulationOutOfRangeOrMissing() {
        String out = temp.resolve("never").toString();
        for (String[] line : new String[][] {
            {"generate", "--people", "0", "--out", out},
            {"generate", "--people", "10000000", "--out", out},
            {"generate", "--out", out},
            {"generate", "--people", "5"}
        }) {
            assertThatThrownBy(() -> commands.run(line))
                    .isInstanceOfSatisfying(
                            SongbunException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        }
        assertThat(temp.resolve("never")).doesNotExist();
    }
}
