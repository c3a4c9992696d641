package org.songbungraph.generate;

import java.nio.file.Path;
import java.util.List;
import org.songbungraph.SongbunProperties;
import org.songbungraph.export.ExportFolder;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.UserPaths;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Data")
class GenerateCommand {

    private final SongbunProperties properties;

    GenerateCommand(SongbunProperties properties) {
        this.properties = properties;
    }

    @Command(
            command = "generate",
            description = "Write a synthetic province-scale population into a new or empty "
                    + "folder as import CSV files (check and load read them): families over four or five generations, songbun "
                    + "inherited down the paternal line, job assignments skewed by class, mine intake cohorts, inminban, "
                    + "security units and markets. Every row is synthetic; the same seed gives the same files. See "
                    + "docs/generator.md.")
    String generate(
            @Option(longNames = "people", description = "how many people to generate, 1 to 9999999") Integer people,
            @Option(
                            longNames = "seed",
                            defaultValue = "1",
                            description = "random seed; the same seed always gives " + "byte-identical files")
                    long seed,
            @Option(
                            longNames = "out",
                            description = "a new or empty folder to write into; an existing file or a "
                                    + "folder that holds anything is refused")
                    String out) {
        if (people == null || people < 1 || people > Generator.MAX_PEOPLE) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "generate needs --people N, from 1 to " + Generator.MAX_PEOPLE + ".");
        }
        if (out == null || out.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "generate needs --out DIR, a new or empty folder to write into.");
        }
        Path target = ExportFolder.require(UserPaths.of("--out", out));
        // Read before anything is written, so a folder without the reference rows fails at once.
        ReferenceRows references = ReferenceRows.read(properties.getImportDir());
        long start = System.nanoTime();
        Generator.Result[] result = new Generator.Result[1];
        List<Path> files = ExportFolder.write(target, dir -> {
            result[0] = Generator.write(people, seed, references, dir);
            return result[0].files();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Generator.Result r = result[0];
        return String.format(
                "Generated %,d people in %,d families (%d counties, %,d inminban) with seed %d: %,d rows in "
                        + "%d files in %s, %.1f s. Every row is synthetic and cites %s; %s lists the files with their SHA-256.%n"
                        + "Check it with `check --import-dir %s`; load it with `SONGBUN_IMPORT_DIR=%s ./songbun load`.",
                r.people(),
                r.families(),
                r.counties(),
                r.inminbans(),
                seed,
                r.totalRows(),
                files.size() - 1,
                target,
                seconds,
                ReferenceRows.SOURCE,
                ExportFolder.MANIFEST,
                target,
                target);
    }
}
