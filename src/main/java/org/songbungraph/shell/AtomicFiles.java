package org.songbungraph.shell;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Replaces a file in one rename, so that a reader, or a process killed half-way, sees the old file or the new. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes {@code bytes} beside {@code file} with {@code mode}, then renames them over it. */
    public static void replace(Path file, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path temp = Files.createTempFile(
                file.toAbsolutePath().getParent(),
                "." + file.getFileName() + "-",
                ".tmp",
                PosixFilePermissions.asFileAttribute(mode));
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
