package org.songbungraph.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** File and folder names typed by the user, refused with exit code 2 when the system cannot use them. */
public final class UserPaths {

    private UserPaths() {}

    /** The path in {@code value}, given for {@code option} (e.g. "--import-dir"). */
    public static Path of(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, option + " is not a usable path (" + e.getReason() + ").", e);
        }
    }
}
