package org.songbungraph.digest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The one place that hashes files: the chain of custody, the load's check, export manifests and generated
 * folders all name a file by the same SHA-256, so `sha256sum` and `verify` agree with every record. Files are
 * read as streams, so a large CSV is never held in memory.
 */
public final class FileDigest {

    /** A file's SHA-256 in lower-case hex, and how many bytes it had. */
    public record Digest(String hex, long bytes) {}

    private FileDigest() {}

    public static Digest of(Path file) throws IOException {
        try (Hashing in = hashing(Files.newInputStream(file))) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.digest();
        }
    }

    /** Wraps a stream so that whatever is read through it is hashed and counted: one read checks and hashes. */
    public static Hashing hashing(InputStream in) {
        MessageDigest sha = sha256();
        try {
            return new Hashing(
                    BoundedInputStream.builder()
                            .setInputStream(new DigestInputStream(in, sha))
                            .get(),
                    sha);
        } catch (IOException e) {
            // The builder only throws for an origin it must open itself; this one is open already.
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A stream that hashes and counts what it reads; {@link #digest()} once it has been read to the end. */
    public static final class Hashing extends FilterInputStream {

        private final BoundedInputStream counted;
        private final MessageDigest sha;

        private Hashing(BoundedInputStream counted, MessageDigest sha) {
            super(counted);
            this.counted = counted;
            this.sha = sha;
        }

        @Override
        public long skip(long n) throws IOException {
            // A plain skip would pass the bytes by the digest; these read them, so they are hashed too.
            return IOUtils.skip(in, n);
        }

        public Digest digest() {
            return new Digest(HexFormat.of().formatHex(sha.digest()), counted.getCount());
        }
    }
}
