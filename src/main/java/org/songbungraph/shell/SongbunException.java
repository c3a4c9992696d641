package org.songbungraph.shell;

/**
 * A failure the user can act on. The message is one line that says what went wrong and what to do;
 * it is printed as is, and the exit code tells scripts what kind of failure it was.
 */
public class SongbunException extends RuntimeException {

    private final ExitCode exitCode;

    public SongbunException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public SongbunException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
