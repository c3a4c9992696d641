package org.songbungraph.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the data directory to its owner: folders 700, files 600. The folder itself is made 700 before anything is
 * written into it (the app log is opened first of all), so nothing inside is ever reachable by other local users;
 * {@link #tighten} then sets each file's own mode too, for Neo4j's files, which are created with the umask.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates {@code dir} (and missing parents) if need be and makes it 700. */
    public static void folder(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            chmod(dir, FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + " for its owner only", e);
        }
    }

    /** Makes every folder under {@code root} 700 and every file 600; links are left alone. */
    public static void tighten(Path root) {
        if (!Files.isDirectory(root) || !posix()) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                try {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        chmod(p, FOLDER);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        chmod(p, FILE);
                    }
                } catch (NoSuchFileException gone) {
                    // a file Neo4j rotated away meanwhile
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + root + " owner-only", e);
        } catch (UncheckedIOException e) {
            // A folder Neo4j removed while it was walked; the data directory's 700 still keeps others out.
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e;
            }
        }
    }

    private static void chmod(Path p, Set<PosixFilePermission> mode) throws IOException {
        if (posix()
                && !Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(mode)) {
            Files.setPosixFilePermissions(p, mode);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
