package org.songbungraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-output files under src/test/resources/golden/. A test compares a command's whole output with its
 * file; after a deliberate change, run the tests with -Dgolden.update=true to rewrite the files, then read
 * the diff before committing it.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
            }
            assertThat(file)
                    .as("golden file " + file + " (create it with -Dgolden.update=true)")
                    .exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual + "\n")
                    .as("output against " + file + " (-Dgolden.update=true rewrites it)")
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
