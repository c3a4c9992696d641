package org.songbungraph.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/** The neo4j user's password for a data directory: SONGBUN_PASSWORD, or one generated and kept there. */
public record Credentials(String user, String password, String origin) {

    public static final String USER = "neo4j";
    static final String PASSWORD_FILE = "password";

    /** For the owner of the store: generates the password file on first start. */
    static Credentials forEmbedded(Path dataDir, String configured) {
        if (configured != null && !configured.isBlank()) {
            return new Credentials(USER, configured, "SONGBUN_PASSWORD");
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            writeOwnerOnly(file, generate());
        }
        return new Credentials(USER, read(file), file.toString());
    }

    /** For a process that attaches to the owner over Bolt. */
    public static Credentials forClient(Path dataDir, String configured) {
        if (configured != null && !configured.isBlank()) {
            return new Credentials(USER, configured, "SONGBUN_PASSWORD");
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (!Files.isReadable(file)) {
            throw new SongbunException(
                    ExitCode.UNAVAILABLE,
                    "No password for the running server: " + file + " is missing or unreadable. Set SONGBUN_PASSWORD.");
        }
        return new Credentials(USER, read(file), file.toString());
    }

    public static Path passwordFile(Path dataDir) {
        return dataDir.resolve(PASSWORD_FILE);
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String password) {
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            // Created with its final permissions, so it is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            // Another process won the race; its password stands.
        } catch (UnsupportedOperationException e) {
            throw new SongbunException(
                    ExitCode.UNAVAILABLE,
                    "Cannot create " + file
                            + " readable by its owner only on this file system. Set SONGBUN_PASSWORD instead.",
                    e);
        } catch (IOException e) {
            throw new SongbunException(ExitCode.UNAVAILABLE, "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new SongbunException(ExitCode.UNAVAILABLE, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
