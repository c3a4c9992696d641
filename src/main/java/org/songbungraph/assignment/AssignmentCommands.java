package org.songbungraph.assignment;

import java.math.BigDecimal;
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

@Command(group = "Assignment")
class AssignmentCommands {

    private static final String FORMAT_HELP = "table for people, json or csv for scripts";
    private static final List<String> COHORT_COLUMNS = List.of(
            "intake",
            "assigned",
            "stillThere",
            "completed",
            "leftWithoutPermission",
            "transferred",
            "discharged",
            "statusUnknown",
            "retentionPercent",
            "refs");

    private final Assignments assignments;
    private final KnownIds knownIds;
    private final SourceRefs sourceRefs;
    private final Redactor redactor;

    AssignmentCommands(Assignments assignments, KnownIds knownIds, SourceRefs sourceRefs, Redactor redactor) {
        this.assignments = assignments;
        this.knownIds = knownIds;
        this.sourceRefs = sourceRefs;
        this.redactor = redactor;
    }

    @Command(
            command = "assignments",
            description = "The job assignment history (ASSIGNED_TO) of one person or at "
                    + "one unit: person, unit, kind, place, years, status, role, who assigned them, evidence. Ordered by "
                    + "first year (unknown last), then person.")
    String assignments(
            @Option(longNames = "unit", description = "a unit id, e.g. U-SYN-MINE-7 (or give --person)") String unit,
            @Option(longNames = "person", description = "a person id, e.g. P-SYN-PAK-08 (or give --unit)")
                    String person,
            @Option(longNames = "format", defaultValue = "table", description = FORMAT_HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        if ((unit == null) == (person == null)) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "Give exactly one of --unit ID (everyone assigned there) or --person ID (that person's postings).");
        }
        String personId = person == null ? null : knownIds.require(KnownIds.Kind.PERSON, person);
        String unitId = unit == null ? null : knownIds.require(KnownIds.Kind.UNIT, unit);
        SourceRefs.Grades grades = sourceRefs.grades();
        List<List<Object>> rows = new ArrayList<>();
        for (Assignments.Assignment a : assignments.history(personId, unitId)) {
            rows.add(Arrays.asList(
                    a.personId(),
                    a.person(),
                    a.unitId(),
                    a.unit(),
                    a.kind(),
                    Report.list(a.places(), output),
                    a.from(),
                    a.to(),
                    a.status(),
                    a.role(),
                    a.assignedById() == null ? null : nameAndId(a.assignedBy(), a.assignedById()),
                    grades.cell(a.sources(), a.credibility(), output)));
        }
        Table table = new Table(
                List.of(
                        "personId",
                        "person",
                        "unitId",
                        "unit",
                        "kind",
                        "place",
                        "from",
                        "to",
                        "status",
                        "role",
                        "assignedBy",
                        "refs"),
                rows);
        return redactor.render(table, output);
    }

    @Command(
            command = "retention",
            description = "How each year's intake at a mine stands now (still there, "
                    + "completed, left without permission, transferred, discharged) with a retention rate = (still there + "
                    + "completed) / assignments of known status, in per cent; then the sourced claims about that mine, the "
                    + "mines in its district, events held there and the district itself, for comparison. CSV gives the "
                    + "cohort rows only; JSON one object {mine, cohorts, total, claims}.")
    String retention(
            @Option(longNames = "mine", description = "a mine id, e.g. U-SYN-MINE-7 or U-KAECHON-MINES") String mine,
            @Option(longNames = "format", defaultValue = "table", description = FORMAT_HELP) String format) {
        OutputFormat output = OutputFormat.parse(format);
        requireMine(mine);
        SourceRefs.Grades grades = sourceRefs.grades();
        List<Cohort> cohorts = assignments.cohorts(mine);
        List<List<Object>> rows = cohorts.stream()
                .map(c -> cohortRow(c, c.intake(), grades, output))
                .toList();
        Table cohortTable = new Table(COHORT_COLUMNS, rows);
        if (output == OutputFormat.CSV) {
            return redactor.render(cohortTable, output);
        }
        Cohort total = Cohort.total(cohorts);
        Table claims = claimTable(assignments.claims(mine), grades, output);
        Report report = new Report().field("mine", mine);
        if (output == OutputFormat.TABLE) {
            List<List<Object>> withTotal = new ArrayList<>(rows);
            if (!cohorts.isEmpty()) {
                withTotal.add(cohortRow(total, "all", grades, output));
            }
            report.section("cohorts", null, new Table(COHORT_COLUMNS, withTotal));
        } else {
            report.section("cohorts", null, cohortTable)
                    .field(
                            "total",
                            Report.records(new Table(COHORT_COLUMNS, List.of(cohortRow(total, null, grades, output))))
                                    .get(0));
        }
        report.section("claims", "Sourced figures for comparison:", claims);
        return redactor.redact(report.render(output));
    }

    /** Exit 2 for an unknown id (with suggestions) and for a unit that exists but is not a mine. */
    private void requireMine(String mine) {
        if (mine == null || mine.isBlank()) {
            throw new SongbunException(ExitCode.BAD_INPUT, "Give the mine: retention --mine U-SYN-MINE-7.");
        }
        if (knownIds.exists(KnownIds.Kind.MINE, mine)) {
            return;
        }
        if (knownIds.exists(KnownIds.Kind.UNIT, mine)) {
            Assignments.NotAMine unit = assignments.unitKind(mine).orElseThrow();
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    mine + " is not a mine (its kind is " + unit.kind()
                            + "); retention needs a mine id: " + String.join(", ", unit.mines())
                            + ". `assignments --unit " + mine + "` lists its assignments.");
        }
        knownIds.require(KnownIds.Kind.MINE, mine);
    }

    private static List<Object> cohortRow(Cohort c, Object intake, SourceRefs.Grades grades, OutputFormat output) {
        return Arrays.asList(
                intake,
                c.assigned(),
                c.count("ACTIVE"),
                c.count("COMPLETED"),
                c.count("LEFT_WITHOUT_PERMISSION"),
                c.count("TRANSFERRED"),
                c.count("DISCHARGED"),
                c.statusUnknown(),
                c.retentionPercent(),
                cohortRefs(c.evidence(), grades, output));
    }

    /** A cohort stands on many assignments; each distinct source and grade is cited once. */
    private static Object cohortRefs(List<Cohort.Evidence> evidence, SourceRefs.Grades grades, OutputFormat output) {
        List<Cohort.Evidence> distinct = evidence.stream().distinct().toList();
        if (output == OutputFormat.JSON) {
            return distinct.stream()
                    .flatMap(e -> grades.structured(e.sources(), e.credibility()).stream())
                    .distinct()
                    .toList();
        }
        return distinct.stream()
                .map(e -> grades.refs(e.sources(), e.credibility()))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    /** People read one figure column; JSON keeps the parts of the figure apart so scripts need not parse it. */
    private static Table claimTable(List<Assignments.MineClaim> claims, SourceRefs.Grades grades, OutputFormat output) {
        boolean json = output == OutputFormat.JSON;
        List<String> columns = json
                ? List.of(
                        "claim",
                        "statement",
                        "figure",
                        "value",
                        "valueMax",
                        "unit",
                        "qualifier",
                        "asOf",
                        "credibility",
                        "via",
                        "refs")
                : List.of("claim", "statement", "figure", "asOf", "credibility", "via", "refs");
        List<List<Object>> rows = new ArrayList<>();
        for (Assignments.MineClaim c : claims) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim", c.id());
            row.put("statement", c.statement());
            row.put("figure", figure(c));
            row.put("value", c.value());
            row.put("valueMax", c.valueMax());
            row.put("unit", c.unit());
            row.put("qualifier", c.qualifier());
            row.put("asOf", c.asOf());
            row.put("credibility", c.credibility());
            row.put("via", Report.list(c.via(), output));
            row.put("refs", grades.cell(c.sources(), c.credibility(), output));
            rows.add(columns.stream().map(row::get).toList());
        }
        return new Table(columns, rows);
    }

    /** "about 30 percent", "3-8 storeys", "at least 10 ceremonies"; null when the claim has no figure. */
    static String figure(Assignments.MineClaim c) {
        if (c.value() == null) {
            return null;
        }
        String value = plain(c.value());
        String amount = switch (c.qualifier() == null ? "" : c.qualifier()) {
            case "RANGE" -> c.valueMax() == null ? value : value + "-" + plain(c.valueMax());
            case "ABOUT" -> "about " + value;
            case "BELOW" -> "below " + value;
            case "AT_LEAST" -> "at least " + value;
            case "UP_TO" -> "up to " + value;
            default -> value;
        };
        return c.unit() == null ? amount : amount + " " + c.unit();
    }

    /** Figures are stored as floats; 30.0 reads as 30. */
    private static String plain(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    private static String nameAndId(String name, String id) {
        return name == null ? id : name + " (" + id + ")";
    }
}
