package org.songbungraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.songbungraph.digest.FileDigest;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * The folder an export (or a generated population) goes into. It must be new or empty, so an analyst's files
 * are never overwritten; the files are written into a hidden folder beside it and moved into place only when
 * complete, so a failure never leaves half a folder under the name asked for.
 */
public final class ExportFolder {

    public static final String MANIFEST = "MANIFEST.sha256";

    /** Writes the export's files into the folder it is given and returns them. */
    public interface Content {
        List<Path> write(Path dir) throws IOException;
    }

    private ExportFolder() {}

    /** Refuses a folder that holds anything, or a path that is a file, before any work is done. */
    public static Path require(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new SongbunException(ExitCode.BAD_INPUT, "--out " + out + " is a file. Give a new or empty folder.");
        }
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--out " + out + " is not empty, and songbun never "
                            + "overwrites files. Give a new or empty folder.");
        }
        if (target.getParent() == null) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "--out " + out + " is a root folder. Give a new or empty folder.");
        }
        return target;
    }

    /** Writes {@code content} and its manifest, and moves the whole into {@code out}; returns the files, manifest last. */
    public static List<Path> write(Path out, Content content) {
        Path target = require(out);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // Readable only by the user (mode 700 where the system has it), like the password file: an export
            // without --redact holds protected names.
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".export-");
            List<Path> files = content.write(temp);
            Files.writeString(temp.resolve(MANIFEST), manifest(files), StandardCharsets.UTF_8);
            moveIntoPlace(temp, target);
            temp = null;
            List<Path> written = new ArrayList<>();
            files.forEach(f -> written.add(target.resolve(f.getFileName().toString())));
            written.add(target.resolve(MANIFEST));
            return written;
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--out " + out + " was filled by something else while the "
                            + "files were written; nothing was changed in it. Give a new or empty folder.",
                    e);
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Cannot write to " + out + ": " + reason(e) + ". Nothing was written there.",
                    e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** One line per file in the format of `sha256sum`, so `sha256sum -c MANIFEST.sha256` verifies the folder. */
    static String manifest(List<Path> files) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path file : files.stream()
                .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                .toList()) {
            out.append(FileDigest.of(file).hex())
                    .append("  ")
                    .append(file.getFileName())
                    .append('\n');
        }
        return out.toString();
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            // rename(2): replaces an empty folder in one step, and fails if anything appeared in it meanwhile.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (Files.isDirectory(target)) {
                Files.delete(target); // fails if no longer empty
            }
            Files.move(temp, target);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot read the folder " + dir + ": " + reason(e) + ".", e);
        }
    }

    private static String reason(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the hidden folder is named after the export, so it can be found and removed
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
