package org.songbungraph.shell;

import java.util.List;
import org.jline.reader.ParsedLine;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.jline.PromptProvider;

@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ShellConfiguration.class);

    /**
     * One resolver for every command, so each kind of failure has the same exit code and message shape
     * wherever it happens; the stack trace goes to the log file.
     */
    @Bean
    CommandExceptionResolver songbunExceptionResolver() {
        return error -> {
            Failures.Failure failure = Failures.describe(error);
            if (failure.code() == ExitCode.INTERNAL) {
                log.error("Command failed", error);
            } else {
                log.info("Command failed: {}", failure.message(), error);
            }
            // Errors go to stderr, so `songbun cmd --format csv > out.csv` never mixes them into the data.
            System.err.println(Failures.forTerminal(failure, error));
            System.err.flush();
            return CommandHandlingResult.of("", failure.code().code());
        };
    }

    /**
     * One-shot commands get their words exactly as the operating system's shell split them. Spring Shell
     * would otherwise join argv into one line and split it again, breaking values that hold spaces or
     * quotes, such as a Cypher query or --param name=[1, 2].
     */
    @Bean
    NonInteractiveShellRunnerCustomizer exactArguments(ApplicationArguments arguments) {
        List<String> words = List.of(arguments.getSourceArgs());
        return runner -> runner.setLineParser((line, cursor, context) -> new ArgvLine(line, words));
    }

    private record ArgvLine(String line, List<String> words) implements ParsedLine {
        @Override
        public String word() {
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }

        @Override
        public int wordCursor() {
            return word().length();
        }

        @Override
        public int wordIndex() {
            return Math.max(0, words.size() - 1);
        }

        @Override
        public int cursor() {
            return line.length();
        }
    }

    @Bean
    PromptProvider songbunPrompt() {
        return () -> new AttributedString("songbun> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
