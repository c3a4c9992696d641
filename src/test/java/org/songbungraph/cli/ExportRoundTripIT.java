package org.songbungraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songbungraph.support.SongbunProcess;
import org.songbungraph.support.SongbunProcess.Result;

/**
 * Export, load into a fresh store, export again, with the real jar: the two CSV exports are the same bytes,
 * plain and redacted. A fresh data directory loads SONGBUN_IMPORT_DIR on its first start, so the second
 * process loads the first export exactly as an analyst receiving it would.
 */
class ExportRoundTripIT {

    @TempDir
    Path temp;

    @Test
    void exportLoadExportGivesByteIdenticalCsvPlainAndRedacted() throws IOException {
        SongbunProcess first = SongbunProcess.inDataDir(temp.resolve("data-1"));
        Path a = temp.resolve("A");
        Path redactedA = temp.resolve("RA");
        succeeds(first.run("export", "--out", a.toString()));
        succeeds(first.run("export", "--out", redactedA.toString(), "--redact"));

        Path b = temp.resolve("B");
        Result load = SongbunProcess.inDataDir(temp.resolve("data-2"))
                .env("SONGBUN_IMPORT_DIR", a.toString())
                .run("export", "--out", b.toString());
        succeeds(load);
        assertThat(load.stderr())
                .as("the second store was loaded from the export")
                .contains("Loaded ");
        sameBytes(a, b);

        Path redactedB = temp.resolve("RB");
        succeeds(SongbunProcess.inDataDir(temp.resolve("data-3"))
                .env("SONGBUN_IMPORT_DIR", redactedA.toString())
                .run("export", "--out", redactedB.toString(), "--redact"));
        sameBytes(redactedA, redactedB);
        assertThat(Files.readString(redactedB.resolve("persons.csv")))
                .contains("P-W0101,W-0101,,,,,1980,PROTECTED")
                .doesNotContain("Hidden-ja");
    }

    private static void succeeds(Result result) {
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.stdout()).contains("Exported ");
    }

    private static void sameBytes(Path a, Path b) throws IOException {
        List<String> files = names(a);
        assertThat(files).contains("persons.csv", "gave.csv", "MANIFEST.sha256");
        assertThat(names(b)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
