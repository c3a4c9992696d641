package org.songbungraph.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neo4j.shell.parser.ShellStatementParser;
import org.neo4j.shell.parser.StatementParser.CypherStatement;
import org.neo4j.shell.parser.StatementParser.ParsedStatement;
import org.neo4j.shell.parser.StatementParser.ParsedStatements;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * The numbered scripts in cypher/, split into statements by cypher-shell's own parser, so they mean
 * exactly what they mean when an analyst runs them with {@code cypher-shell -f}.
 */
final class LoadScripts {

    /** Top-level files like 00-constraints.cypher; subfolders (queries/, facts/) are not load scripts. */
    private static final Pattern SCRIPT = Pattern.compile("\\d+[-_].*\\.cypher");

    record Statement(Path file, int line, String text) {
        private static final Pattern CREATE_CONSTRAINT =
                Pattern.compile("^\\s*CREATE\\s+CONSTRAINT\\s+(\\w+)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

        String where() {
            return file.getFileName() + ":" + line;
        }

        /** The name a {@code CREATE CONSTRAINT} statement gives its constraint. */
        Optional<String> constraintName() {
            Matcher m = CREATE_CONSTRAINT.matcher(text);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }

    record Script(Path file, List<Statement> statements) {}

    private LoadScripts() {}

    static List<Script> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "No scripts folder at " + dir.toAbsolutePath()
                            + ". Run from the project folder, or set SONGBUN_SCRIPTS_DIR.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> Files.isRegularFile(f)
                            && SCRIPT.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "No load scripts (NN-name.cypher) in " + dir.toAbsolutePath() + ".");
        }
        return files.stream().map(LoadScripts::parse).toList();
    }

    static Script parse(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, file + ": not valid UTF-8.", e);
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        ParsedStatements parsed;
        try {
            parsed = new ShellStatementParser().parse(text);
        } catch (IOException e) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Cannot parse " + file + ": " + e.getMessage(), e);
        }
        List<Statement> statements = new ArrayList<>();
        for (ParsedStatement s : parsed.statements()) {
            int line = lineOf(text, s.beginOffset());
            if (!(s instanceof CypherStatement)) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        file + ":" + line + ": '" + s.statement().strip()
                                + "' is a cypher-shell command; load scripts hold plain Cypher only.");
            }
            if (!s.isComplete()) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT, file + ":" + line + ": the last statement does not end with ';'.");
            }
            String statement = stripTerminator(s.statement());
            if (!statement.isBlank()) {
                statements.add(new Statement(file, line, statement));
            }
        }
        return new Script(file, List.copyOf(statements));
    }

    private static String stripTerminator(String statement) {
        String s = statement.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    /** The line of the first character of the statement that is not blank or a comment. */
    private static int lineOf(String text, int offset) {
        int i = Math.max(0, offset);
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else {
                break;
            }
        }
        int line = 1;
        for (int k = 0; k < i && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
