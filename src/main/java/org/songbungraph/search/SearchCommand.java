package org.songbungraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.songbungraph.protection.Redactor;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceRefs;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Search")
class SearchCommand {

    private static final List<String> COLUMNS = List.of("label", "id", "name", "nameKo", "detail", "match", "evidence");
    private static final int MAX_LIMIT = 1000;

    private final NameSearch search;
    private final SourceRefs sourceRefs;
    private final Redactor redactor;

    SearchCommand(NameSearch search, SourceRefs sourceRefs, Redactor redactor) {
        this.search = search;
        this.sourceRefs = sourceRefs;
        this.redactor = redactor;
    }

    // In Spring Shell 3.4's annotation model an option's position is its parameter index, so `text` (index 0) also
    // takes the words given without an option name. ONE_OR_MORE lets an unquoted `search Kim Example-il` reach it
    // whole (the parser joins the words with commas, which NameQuery reads as spaces). The other options take exactly
    // one value, so words after the last of them are left to the text (`search --label place Kaechon`); the parser
    // rejects words after any other option, so the text goes first or last.
    @Command(
            command = "search",
            description = "Find people, families, units (mines included), markets, places and "
                    + "sources by name, Hangul name, id or witness code. Romanised spellings match across systems "
                    + "(Kaechon = Kaech'ŏn = Gaecheon; Ri = Rhee = Lee; see docs/romanisation.md). Exact matches come first, "
                    + "then prefixes, then substrings; then person, family, unit, market, place, source; then id. Protected "
                    + "people are found only by their full witness code or id. When more than 1,000 nodes of a label match, "
                    + "the ranking sees the first 1,000 the index offers, and the output says so.")
    String search(
            @Option(
                            longNames = "text",
                            arity = OptionArity.ONE_OR_MORE,
                            description = "what to look for: a name, part of one, an id or a witness code; "
                                    + "first on the line, or --text TEXT")
                    String text,
            @Option(
                            longNames = "label",
                            defaultValue = "all",
                            arity = OptionArity.EXACTLY_ONE,
                            description = "all, person, family, unit, market, place or source")
                    String label,
            @Option(
                            longNames = "limit",
                            defaultValue = "20",
                            arity = OptionArity.EXACTLY_ONE,
                            description = "at most this many results, 1 to " + MAX_LIMIT)
                    int limit,
            @Option(
                            longNames = "format",
                            defaultValue = "table",
                            arity = OptionArity.EXACTLY_ONE,
                            description = "table for people, json or csv for scripts")
                    String format) {
        OutputFormat output = OutputFormat.parse(format);
        Set<SearchLabel> labels = SearchLabel.parse(label);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "--limit must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
        }
        if (text == null || text.isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Give the text to look for, e.g. `search Kaechon` or `search --text \"Kim Example-il\"`.");
        }
        NameSearch.Found found = search.find(text, labels, limit);
        String rendered = redactor.render(table(found.hits(), output), output);
        if (found.capped().isEmpty()) {
            return rendered;
        }
        // Scripts read the rows from standard output; the caveat goes beside them.
        if (output == OutputFormat.TABLE) {
            return rendered.stripTrailing() + "\n" + cappedNote(found);
        }
        System.err.println(cappedNote(found));
        return rendered;
    }

    /** Says that the ranking saw only the first candidates of some labels, and how to narrow the search. */
    static String cappedNote(NameSearch.Found found) {
        String labels = found.capped().stream().sorted().map(SearchLabel::word).collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "More than %,d nodes of each of these labels match: %s. The ranking saw the first %,d of each that "
                        + "the index offered, so rows ranked like the last one shown may be missing. Type more of the "
                        + "name, or use --label.",
                found.cap(),
                labels,
                found.cap());
    }

    private Table table(List<NameSearch.Hit> hits, OutputFormat output) {
        SourceRefs.Grades grades = sourceRefs.grades();
        List<List<Object>> rows = new ArrayList<>();
        for (NameSearch.Hit hit : hits) {
            NameSearch.Candidate c = hit.candidate();
            // Nodes carry no credibility grade: their evidence is the reliability of each source behind them.
            Object evidence = grades.cell(c.sources(), null, output);
            List<Object> row = new ArrayList<>();
            row.add(c.label().word());
            row.add(c.id());
            row.add(c.name());
            row.add(c.nameKo());
            row.add(c.detail().isEmpty() ? null : String.join(", ", c.detail()));
            row.add(hit.describe());
            row.add(evidence);
            rows.add(row);
        }
        return new Table(COLUMNS, rows);
    }
}
