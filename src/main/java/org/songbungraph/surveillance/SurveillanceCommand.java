package org.songbungraph.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.songbungraph.protection.Redactor;
import org.songbungraph.report.Report;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.KnownIds;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceRefs;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Surveillance")
class SurveillanceCommand {

    private final Surveillance surveillance;
    private final KnownIds knownIds;
    private final SourceRefs sourceRefs;
    private final Redactor redactor;

    SurveillanceCommand(Surveillance surveillance, KnownIds knownIds, SourceRefs sourceRefs, Redactor redactor) {
        this.surveillance = surveillance;
        this.knownIds = knownIds;
        this.sourceRefs = sourceRefs;
        this.redactor = redactor;
    }

    @Command(
            command = "surveillance",
            description =
                    "Who watches a person (SURVEILS: watcher, kind, means, years, "
                            + "evidence) and each watcher's reporting line upwards (REPORTS_TO, starting from an informant's own "
                            + "unit), or whom and what a unit watches. Table: watchers, then the reporting lines one step a row; "
                            + "JSON: the watchers with their lines nested; CSV: the watchers with each line in a reportsTo cell.")
    String surveillance(
            @Option(longNames = "person", description = "a person id: who watches them (or give --unit)") String person,
            @Option(longNames = "unit", description = "a unit id: whom and what it watches (or give --person)")
                    String unit,
            @Option(
                            longNames = "format",
                            defaultValue = "table",
                            description = "table for people, json or csv for " + "scripts")
                    String format) {
        OutputFormat output = OutputFormat.parse(format);
        if ((unit == null) == (person == null)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Give exactly one of --person ID (who watches them) or --unit ID (whom the unit watches).");
        }
        if (unit != null) {
            String unitId = knownIds.require(KnownIds.Kind.UNIT, unit);
            return redactor.render(
                    Surveillance.table(
                            surveillance.watchedBy(unitId), "targetId", "target", sourceRefs.grades(), output),
                    output);
        }
        String personId = knownIds.require(KnownIds.Kind.PERSON, person);
        SourceRefs.Grades grades = sourceRefs.grades();
        List<Surveillance.Watch> watchers = surveillance.watchersOf(KnownIds.Kind.PERSON, personId);
        Table table = Surveillance.table(watchers, "watcherId", "watcher", grades, output);
        return switch (output) {
            case TABLE ->
                redactor.redact(new Report()
                        .section("watchers", "Watched by:", table)
                        .section("lines", "Reporting lines upwards, one step a row:", steps(watchers, grades))
                        .render(output));
            case JSON ->
                redactor.render(
                        withColumn(
                                table,
                                "lines",
                                watchers.stream()
                                        .map(w -> structuredLines(w, grades))
                                        .toList()),
                        output);
            case CSV ->
                redactor.render(
                        withColumn(
                                table,
                                "reportsTo",
                                watchers.stream()
                                        .map(w -> compactLines(w, grades))
                                        .toList()),
                        output);
        };
    }

    private static Table steps(List<Surveillance.Watch> watchers, SourceRefs.Grades grades) {
        List<List<Object>> rows = new ArrayList<>();
        for (Surveillance.Watch w : watchers) {
            for (int line = 0; line < w.lines().size(); line++) {
                List<Surveillance.Hop> hops = w.lines().get(line);
                for (int step = 0; step < hops.size(); step++) {
                    Surveillance.Hop hop = hops.get(step);
                    rows.add(Arrays.asList(
                            w.id(),
                            line + 1,
                            step + 1,
                            hop.link(),
                            hop.unitId(),
                            hop.unit(),
                            hop.kind(),
                            grades.refs(hop.sources(), hop.credibility())));
                }
            }
        }
        return new Table(List.of("watcherId", "line", "step", "link", "unitId", "unit", "kind", "refs"), rows);
    }

    private static List<List<Map<String, Object>>> structuredLines(Surveillance.Watch w, SourceRefs.Grades grades) {
        return w.lines().stream()
                .map(hops -> hops.stream()
                        .map(hop -> {
                            Map<String, Object> step = new LinkedHashMap<>();
                            step.put("link", hop.link());
                            step.put("unitId", hop.unitId());
                            step.put("unit", hop.unit());
                            step.put("kind", hop.kind());
                            step.put("refs", grades.structured(hop.sources(), hop.credibility()));
                            return step;
                        })
                        .toList())
                .toList();
    }

    /** {@code U-B [S-X F2] > U-C [S-X F2]}, one string a line: the ids and evidence of each step up. */
    private static List<String> compactLines(Surveillance.Watch w, SourceRefs.Grades grades) {
        return w.lines().stream()
                .map(hops -> hops.stream()
                        .map(hop -> hop.unitId() + " " + grades.refs(hop.sources(), hop.credibility()))
                        .collect(Collectors.joining(" > ")))
                .toList();
    }

    private static Table withColumn(Table table, String column, List<?> values) {
        List<String> columns = new ArrayList<>(table.columns());
        columns.add(column);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> row = new ArrayList<>(table.rows().get(i));
            row.add(values.get(i));
            rows.add(row);
        }
        return new Table(columns, rows);
    }
}
