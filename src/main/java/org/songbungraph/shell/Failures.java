package org.songbungraph.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.shell.CommandNotFound;

/** Turns any failure into one line for the terminal and an exit code; the stack trace goes to the log. */
public final class Failures {

    /** Set by the launcher when the user passed --debug. */
    public static final String DEBUG_PROPERTY = "songbun.debug";

    public record Failure(ExitCode code, String message) {}

    private Failures() {}

    public static Failure describe(Throwable error) {
        SongbunException own = find(error, SongbunException.class);
        if (own != null) {
            return new Failure(own.exitCode(), own.getMessage());
        }
        if (find(error, CommandNotFound.class) != null) {
            return new Failure(
                    ExitCode.BAD_INPUT,
                    "There is no such command. Run `help` to list the commands, or "
                            + "`help COMMAND` to see one command's options.");
        }
        Neo4jException neo = find(error, Neo4jException.class);
        if (neo != null) {
            return describeNeo4j(neo);
        }
        Throwable root = root(error);
        return new Failure(
                ExitCode.INTERNAL,
                "Unexpected error: " + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()))
                        + ". The log file has details; run again with --debug to see them here.");
    }

    private static Failure describeNeo4j(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        if (code.equals("Neo.ClientError.Statement.AccessMode")
                || code.startsWith("Neo.ClientError.Security.Forbidden")
                        && firstLine(e.getMessage()).contains("read")) {
            return new Failure(
                    ExitCode.WRITE_REFUSED,
                    "Refused: this query writes to the graph. Run it again with --write if you mean to change the data.");
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new Failure(ExitCode.UNAVAILABLE, "The database is not reachable: " + firstLine(e.getMessage()));
        }
        if (e instanceof ClientException && code.startsWith("Neo.ClientError.Security")) {
            return new Failure(ExitCode.UNAVAILABLE, "The database refused access: " + firstLine(e.getMessage()));
        }
        if (e instanceof ClientException) {
            return new Failure(
                    ExitCode.QUERY_FAILED, "The query failed: " + firstLine(e.getMessage()) + " (" + code + ")");
        }
        return new Failure(
                ExitCode.INTERNAL, "The database reported an error: " + firstLine(e.getMessage()) + " (" + code + ")");
    }

    /** Spring Shell rejected the command line itself (unknown option, missing value). */
    public static boolean isOptionError(Throwable error) {
        return find(error, org.springframework.shell.command.CommandExecution.CommandParserExceptionsException.class)
                != null;
    }

    public static boolean debug() {
        return Boolean.getBoolean(DEBUG_PROPERTY);
    }

    /** The one-line message, plus the stack trace when --debug was given. */
    public static String forTerminal(Failure failure, Throwable error) {
        if (!debug()) {
            return "Error: " + failure.message();
        }
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "Error: " + failure.message() + "\n" + trace;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static Throwable root(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
