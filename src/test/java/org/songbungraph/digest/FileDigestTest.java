package org.songbungraph.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {

    // SHA-256 of "abc", from FIPS 180-2's examples.
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void namesAFileByItsSha256AndSize(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("abc.csv"), "abc", StandardCharsets.US_ASCII);

        assertThat(FileDigest.of(file)).isEqualTo(new FileDigest.Digest(ABC, 3));
    }

    @Test
    void hashesWhatAReaderPullsThroughItWithoutASecondRead() throws IOException {
        try (FileDigest.Hashing in = FileDigest.hashing(new ByteArrayInputStream("abc".getBytes()))) {
            assertThat(in.read()).isEqualTo('a');
            in.transferTo(OutputStream.nullOutputStream());

            assertThat(in.digest()).isEqualTo(new FileDigest.Digest(ABC, 3));
        }
    }

    @Test
    void skippedBytesAreHashedToo() throws IOException {
        try (FileDigest.Hashing in = FileDigest.hashing(new ByteArrayInputStream("abc".getBytes()))) {
            assertThat(in.skip(2)).isEqualTo(2);
            assertThat(in.read()).isEqualTo('c');

            assertThat(in.digest()).isEqualTo(new FileDigest.Digest(ABC, 3));
        }
    }
}
