package org.songbungraph;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.Failures;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.command.annotation.CommandScan;

@SpringBootApplication
@CommandScan
@EnableConfigurationProperties(SongbunProperties.class)
public class SongbunGraphApplication {

    /** This tool and its version, as the chain of custody and the audit trail record it. */
    public static String tool() {
        String version = SongbunGraphApplication.class.getPackage().getImplementationVersion();
        return "songbun-graph " + (version == null ? "(development build)" : version);
    }

    public static void main(String[] args) {
        printInUtf8();
        System.exit(run(args));
    }

    /**
     * Korean names must survive a C or POSIX locale (cron jobs, containers, CI), where Java 17 would print
     * them as '?'. The shell's terminal and our own stdout/stderr lines are written as UTF-8 either way.
     */
    private static void printInUtf8() {
        if (System.getProperty("org.jline.terminal.encoding") == null) {
            System.setProperty("org.jline.terminal.encoding", "UTF-8");
        }
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /**
     * Runs one command (or the interactive shell when none is given) and returns the exit code.
     * Settings come from the environment, so the arguments belong to the shell alone, apart from
     * --debug, which shows stack traces in the terminal.
     */
    static int run(String[] args) {
        List<String> shellArgs = new ArrayList<>(List.of(args));
        if (shellArgs.remove("--debug")) {
            System.setProperty(Failures.DEBUG_PROPERTY, "true");
        }
        // The usual spellings of "help" from the operating system's shell.
        if (shellArgs.equals(List.of("--help")) || shellArgs.equals(List.of("-h"))) {
            shellArgs = List.of("help");
        }
        boolean interactive = shellArgs.isEmpty();
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SongbunGraphApplication.class)
                    .properties("spring.shell.interactive.enabled=" + interactive)
                    .run(shellArgs.toArray(String[]::new));
            // Neo4j's threads are not daemons: exit explicitly, after the context (and the server) closed.
            return SpringApplication.exit(context);
        } catch (Throwable error) {
            if (Failures.isOptionError(error)) {
                // Spring Shell has already named the bad option.
                System.err.println(
                        "Run `help " + (shellArgs.isEmpty() ? "" : shellArgs.get(0)) + "` to see the options.");
                return ExitCode.BAD_INPUT.code();
            }
            if (error instanceof ExitCodeGenerator handled && handled.getExitCode() != 0) {
                // The command failed and our resolver already printed its message.
                return handled.getExitCode();
            }
            Failures.Failure failure = Failures.describe(error);
            System.err.println(Failures.forTerminal(failure, error));
            return failure.code().code();
        }
    }
}
