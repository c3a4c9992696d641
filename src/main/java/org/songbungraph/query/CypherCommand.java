package org.songbungraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.UserPaths;
import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandParser;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Query")
class CypherCommand {

    private final AnalystQueries queries;
    private final Redactor redactor;

    CypherCommand(AnalystQueries queries, Redactor redactor) {
        this.queries = queries;
        this.redactor = redactor;
    }

    @Command(
            command = "cypher",
            description = "Run an analyst's Cypher query, read-only unless --write. Bind values "
                    + "with --param name=value and use them as $name; do not paste values into the query.")
    String cypher(
            @Option(longNames = "query", description = "the query text (or use --file)") String query,
            @Option(longNames = "file", description = "a .cypher file holding the query") String file,
            // Declared as one String so no converter splits it on commas; every occurrence is read from the context.
            @Option(
                            longNames = "param",
                            arity = CommandRegistration.OptionArity.EXACTLY_ONE,
                            description =
                                    "name=value, "
                                            + "repeatable; value is a Cypher literal such as 42, 1.5, true, [1, 2] or 'text', other text is a string")
                    String param,
            @Option(longNames = "write", defaultValue = "false", description = "allow the query to change the graph")
                    boolean write,
            @Option(longNames = "format", defaultValue = "table", description = "table, json or csv") String format,
            CommandContext context) {
        OutputFormat output = OutputFormat.parse(format);
        String text = queryText(query, file);
        Map<String, Object> parameters = Parameters.parse(allParams(context));
        AnalystQueries.Outcome outcome = queries.run(text, parameters, write);
        String rendered = outcome.table().render(output);
        if (output == OutputFormat.TABLE && outcome.counters().containsUpdates()) {
            rendered += "\n" + outcome.counters();
        }
        return redactor.redact(rendered);
    }

    /** Spring Shell binds only the last of repeated options; the parse results keep every --param. */
    private static List<String> allParams(CommandContext context) {
        List<String> values = new ArrayList<>();
        for (CommandParser.CommandParserResult result :
                context.getParserResults().results()) {
            if (!Arrays.asList(result.option().getLongNames()).contains("param") || result.value() == null) {
                continue;
            }
            values.add(String.valueOf(result.value()));
        }
        return values;
    }

    private static String queryText(String query, String file) {
        boolean hasQuery = query != null && !query.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasQuery == hasFile) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "Give the query either as --query '...' or as --file path.cypher.");
        }
        if (hasQuery) {
            return query;
        }
        try {
            return Files.readString(UserPaths.of("--file", file), StandardCharsets.UTF_8)
                    .strip()
                    .replaceFirst(";\\s*$", "");
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }
}
