package org.songbungraph.support;

import java.util.Set;
import java.util.TreeSet;
import org.jline.terminal.Terminal;
import org.songbungraph.shell.SongbunException;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.context.ShellContext;

/**
 * Runs a command line through Spring Shell's own option parsing and invocation, as the shell does, but in the
 * test's JVM. A failure of the command itself is rethrown as the exception the command threw.
 */
public final class ShellCommands {

    /** Spring Shell's own commands, which are not ours to test. */
    public static final Set<String> BUILT_IN = Set.of(
            "help", "clear", "exit", "quit", "stacktrace", "script", "version", "completion bash", "completion zsh");

    private final CommandCatalog catalog;
    private final CommandExecution execution;

    public ShellCommands(
            CommandCatalog catalog,
            CommandExecution.CommandExecutionHandlerMethodArgumentResolvers resolvers,
            Terminal terminal,
            ShellContext shellContext) {
        this.catalog = catalog;
        this.execution = CommandExecution.of(
                resolvers.getResolvers(), null, terminal, shellContext, new DefaultConversionService(), catalog);
    }

    /** Over the shell beans of a test's application context. */
    public static ShellCommands of(ApplicationContext context) {
        return new ShellCommands(
                context.getBean(CommandCatalog.class),
                context.getBean(CommandExecution.CommandExecutionHandlerMethodArgumentResolvers.class),
                context.getBean(Terminal.class),
                context.getBean(ShellContext.class));
    }

    /** The project's commands (not Spring Shell's built-ins), sorted. */
    public Set<String> ours() {
        Set<String> names = new TreeSet<>(catalog.getRegistrations().keySet());
        names.removeAll(BUILT_IN);
        return names;
    }

    public CommandRegistration registration(String command) {
        return catalog.getRegistrations().get(command);
    }

    /** Runs {@code words} (command name words first) and returns what the command printed as its result. */
    public String run(String... words) {
        try {
            Object result = execution.evaluate(words);
            return result == null ? "" : String.valueOf(result);
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    /** The command's own exception, out of the wrappers of Spring Shell's method invocation. */
    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SongbunException own) {
                return own;
            }
        }
        return e;
    }
}
