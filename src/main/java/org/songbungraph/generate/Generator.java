package org.songbungraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a whole synthetic import folder: the copied reference rows, the province, then the population, all
 * from one seeded {@link SplittableRandom} drawn in a fixed order, so a seed always gives the same bytes.
 */
public final class Generator {

    /** The largest population: person ids have seven digits. */
    public static final int MAX_PEOPLE = 9_999_999;

    /** What was written: people, family lines, counties and inminban, and the data rows of each file. */
    public record Result(
            int people, int families, int counties, int inminbans, Map<String, Long> rows, List<Path> files) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private Generator() {}

    /**
     * Writes {@code people} people with {@code seed} into {@code dir} (which must exist), copying the reference
     * rows from {@code referenceDir}, an import folder such as the shipped import/.
     */
    public static Result write(int people, long seed, Path referenceDir, Path dir) throws IOException {
        return write(people, seed, ReferenceRows.read(referenceDir), dir);
    }

    static Result write(int people, long seed, ReferenceRows references, Path dir) throws IOException {
        if (people < 1 || people > MAX_PEOPLE) {
            throw new IllegalArgumentException("people must be from 1 to " + MAX_PEOPLE);
        }
        ImportFiles files = new ImportFiles(dir);
        try (files) {
            references.write(
                    files,
                    "Not evidence. Written by `generate --people " + people + " --seed " + seed
                            + "`; every rule and rate, and the claims they rest on, are in docs/generator.md.");
            SplittableRandom random = new SplittableRandom(seed);
            Province province = new Province(people, references.calibration(), files, random);
            province.write();
            Population population = new Population(people, references.calibration(), province, files, random);
            population.generate();
            return new Result(
                    population.people(),
                    population.families(),
                    province.counties(),
                    province.inminbans(),
                    files.rows(),
                    files.paths());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
