package org.songbungraph.shell;

/** How a command prints its result: a table for people, JSON or CSV for scripts. */
public enum OutputFormat {
    TABLE,
    JSON,
    CSV;

    /** Parses --format, naming the allowed values when the user typed something else. */
    public static OutputFormat parse(String text) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new SongbunException(ExitCode.BAD_INPUT, "--format must be table, json or csv, not '" + text + "'.");
    }
}
