package org.songbungraph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each CSV in the import folder must hold: its columns, what a valid cell looks like, and the rules that
 * join rows, within a file and across files. This is the one description of the format: `check` applies exactly
 * these rules, and import/README.md's column tables are rendered from it ({@link ColumnTables}).
 */
final class ImportSchema {

    /** What a cell may hold. Empty cells are allowed unless the column is required. */
    sealed interface Cell permits Text, Texts, Id, Enum, Year, PartialDate, Int, Decimal, Bool, Ref, Refs, LabelOf {}

    /** Any text. */
    record Text() implements Cell {}

    /** A '|'-separated list of texts, none of them empty. */
    record Texts() implements Cell {}

    /**
     * The row's own id, unique within {@code label} and also across every label that shares its {@code scope}
     * (so that an id names one node however it is looked up).
     */
    record Id(String label, String scope) implements Cell {
        /** An id unique within its label only. */
        Id(String label) {
            this(label, label);
        }
    }

    /** One of a fixed set of values. */
    record Enum(Set<String> values) implements Cell {}

    /** A year from 1800 to 2100. */
    record Year() implements Cell {}

    /** A date of known precision: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date, years 1800 to 2100. */
    record PartialDate() implements Cell {}

    /** A whole number within bounds. */
    record Int(long min, long max) implements Cell {}

    /** A number within bounds. */
    record Decimal(double min, double max) implements Cell {}

    /** true or false. */
    record Bool() implements Cell {}

    /**
     * The id of a node, which must exist: of {@code label}, or, when {@code labelColumn} is set, of the label
     * named in that column of the same row (for relationship types whose endpoints can have several labels).
     */
    record Ref(String label, String labelColumn) implements Cell {
        static Ref to(String label) {
            return new Ref(label, null);
        }

        static Ref labelledBy(String column) {
            return new Ref(null, column);
        }
    }

    /** A '|'-separated list of ids of {@code label}, each of which must exist. */
    record Refs(String label) implements Cell {}

    /** A label name, one of {@code labels}, used by a {@link Ref#labelledBy} column. */
    record LabelOf(Set<String> labels) implements Cell {}

    /** A cell that must not be empty on the rows whose {@code column} holds {@code value}. */
    record When(String column, String value) {}

    /**
     * One column. {@code required}: in the header and never empty; {@code when}, if set: not empty on the rows
     * it names. {@code meaning} is what import/README.md says about the column.
     */
    record Column(String name, Cell cell, boolean required, When when, String meaning) {}

    /** A rule about a row as a whole, or about rows together. */
    sealed interface Rule
            permits NotBefore, Older, Acyclic, Sealed, Graded, Grades, Relays, Testimony, Interval, OneAtATime {}

    /** Within a row: {@code later} must not be before {@code earlier} when both years are given. */
    record NotBefore(String earlier, String later) implements Rule {}

    /**
     * Across files: the node named in column {@code older} was born before the node named in {@code younger},
     * by the {@code year} column of the file that defines their ids, when both years are known. The roles name
     * the two ends in messages (a parent, a child).
     */
    record Older(String older, String olderRole, String younger, String youngerRole, String year) implements Rule {}

    /** Across rows: the rows, read as edges from the node in {@code from} to the node in {@code to}, never loop. */
    record Acyclic(String from, String to) implements Rule {}

    /**
     * Protected rows: on rows whose {@code when} column holds {@code value}, the {@code identifying} cells live only
     * in the vault (identities.sealed) and are blank here, apart from {@code name}, which holds the row's
     * {@code code}. Codes are unique, and a vault in the folder must seal each of them for the row's id.
     */
    record Sealed(String when, String value, String code, String name, List<String> identifying) implements Rule {}

    /**
     * Across files: the {@code credibility} of each row must follow the grade rule (docs/model.md) given the
     * independent origins of its {@code sources}; a filled {@code note} gives the reason a warning asks for. With
     * {@code evidence} false the rows only record what a claim or document points at, and only the rule's synthetic
     * part holds.
     */
    record Graded(String credibility, String sources, String note, boolean evidence) implements Rule {}

    /** The rows are the sources facts rest on: each one's {@code reliability}, and whether it is {@code synthetic}. */
    record Grades(String id, String reliability, String synthetic) implements Rule {}

    /**
     * The rows on which column {@code labelColumn} holds {@code label} say that the node in {@code from} cites the
     * source in {@code to}: it relays that source and is not independent of it.
     */
    record Relays(String from, String to, String labelColumn, String label) implements Rule {}

    /** The rows say that the person in {@code person} gave the testimony in {@code source}. */
    record Testimony(String person, String source) implements Rule {}

    /**
     * Within a row: an interval of partial dates. Each end is its {@code ...Date} column where given (which must then
     * lie in the year its {@code ...Year} column gives; the year is what year-based queries read), else its year. The
     * end must not be over before the start has begun, at the precision each is given; and the {@code qualifier}
     * (CIRCA, BEFORE, AFTER, BETWEEN) must have the ends it speaks of: BEFORE the end only, AFTER the start only,
     * BETWEEN both, CIRCA at least one.
     */
    record Interval(String fromYear, String fromDate, String toYear, String toDate, String qualifier) implements Rule {}

    /**
     * Across rows: the node in {@code holder} is at one node in {@code target} at a time, by the file's
     * {@link Interval}. Rows at different targets whose spells certainly overlap, at the precision their dates
     * are given, get a warning, unless either row's {@code note} names the other target, giving the reason.
     */
    record OneAtATime(String holder, String target, String note) implements Rule {}

    /** One CSV file; {@code description} is the line import/README.md gives it under its heading. */
    record FileSpec(String file, String description, List<Column> columns, List<Rule> rules) {

        Column column(String name) {
            return columns.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        <R extends Rule> List<R> rules(Class<R> kind) {
            return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
        }
    }

    static final class Builder {
        private final String file;
        private String description = "";
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();

        Builder(String file) {
            this.file = file;
        }

        Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        Builder required(String name, Cell cell) {
            return required(name, cell, "");
        }

        Builder required(String name, Cell cell, String meaning) {
            columns.put(name, new Column(name, cell, true, null, meaning));
            return this;
        }

        Builder optional(String name, Cell cell) {
            return optional(name, cell, "");
        }

        Builder optional(String name, Cell cell, String meaning) {
            columns.put(name, new Column(name, cell, false, null, meaning));
            return this;
        }

        /** A column that may be left out, but must be filled on the rows whose {@code column} is {@code value}. */
        Builder requiredWhen(String name, Cell cell, String column, String value, String meaning) {
            columns.put(name, new Column(name, cell, false, new When(column, value), meaning));
            return this;
        }

        /** {@code later} must not be before {@code earlier} when both are given. */
        Builder notBefore(String later, String earlier) {
            rules.add(new NotBefore(earlier, later));
            return this;
        }

        /** The node in {@code older} must have been born (by {@code year}) before the node in {@code younger}. */
        Builder older(String older, String olderRole, String younger, String youngerRole, String year) {
            rules.add(new Older(older, olderRole, younger, youngerRole, year));
            return this;
        }

        /** The rows, as edges from the node in {@code from} to the node in {@code to}, must have no cycle. */
        Builder acyclic(String from, String to) {
            rules.add(new Acyclic(from, to));
            return this;
        }

        /** See {@link Sealed}. */
        Builder sealed(String when, String value, String code, String name, List<String> identifying) {
            rules.add(new Sealed(when, value, code, name, List.copyOf(identifying)));
            return this;
        }

        /** See {@link Interval}. */
        Builder interval(String fromYear, String fromDate, String toYear, String toDate, String qualifier) {
            rules.add(new Interval(fromYear, fromDate, toYear, toDate, qualifier));
            return this;
        }

        /** See {@link OneAtATime}. */
        Builder oneAtATime(String holder, String target, String note) {
            rules.add(new OneAtATime(holder, target, note));
            return this;
        }

        /** See {@link Graded}. */
        Builder graded(String credibility, String sources, String note, boolean evidence) {
            rules.add(new Graded(credibility, sources, note, evidence));
            return this;
        }

        /** See {@link Grades}. */
        Builder grades(String id, String reliability, String synthetic) {
            rules.add(new Grades(id, reliability, synthetic));
            return this;
        }

        /** See {@link Relays}. */
        Builder relays(String from, String to, String labelColumn, String label) {
            rules.add(new Relays(from, to, labelColumn, label));
            return this;
        }

        /** See {@link Testimony}. */
        Builder testimony(String person, String source) {
            rules.add(new Testimony(person, source));
            return this;
        }

        FileSpec build() {
            FileSpec spec = new FileSpec(file, description, List.copyOf(columns.values()), List.copyOf(rules));
            for (Column column : spec.columns()) {
                if (column.when() != null && spec.column(column.when().column()) == null) {
                    throw new IllegalArgumentException(file + ": " + column.name() + " depends on no column "
                            + column.when().column());
                }
            }
            for (NotBefore rule : spec.rules(NotBefore.class)) {
                year(spec, rule.earlier());
                year(spec, rule.later());
            }
            for (Older rule : spec.rules(Older.class)) {
                labelOf(spec, rule.older());
                labelOf(spec, rule.younger());
            }
            for (Sealed rule : spec.rules(Sealed.class)) {
                for (String column : concat(List.of(rule.when(), rule.code(), rule.name()), rule.identifying())) {
                    if (spec.column(column) == null) {
                        throw new IllegalArgumentException(file + ": the sealing rule names no column " + column);
                    }
                }
            }
            for (Rule rule : spec.rules()) {
                List<String> named = List.of();
                if (rule instanceof Graded g) {
                    named = List.of(g.credibility(), g.sources(), g.note());
                } else if (rule instanceof Grades g) {
                    named = List.of(g.id(), g.reliability(), g.synthetic());
                } else if (rule instanceof Relays r) {
                    named = List.of(r.from(), r.to(), r.labelColumn());
                } else if (rule instanceof Testimony t) {
                    named = List.of(t.person(), t.source());
                } else if (rule instanceof Interval i) {
                    named = List.of(i.fromYear(), i.fromDate(), i.toYear(), i.toDate(), i.qualifier());
                } else if (rule instanceof OneAtATime o) {
                    named = List.of(o.note());
                    labelOf(spec, o.holder());
                    labelOf(spec, o.target());
                    if (spec.rules(Interval.class).size() != 1) {
                        throw new IllegalArgumentException(file + ": one at a time needs one interval rule");
                    }
                }
                for (String column : named) {
                    if (spec.column(column) == null) {
                        throw new IllegalArgumentException(file + ": a grading rule names no column " + column);
                    }
                }
            }
            for (Acyclic rule : spec.rules(Acyclic.class)) {
                if (!labelOf(spec, rule.from()).equals(labelOf(spec, rule.to()))) {
                    throw new IllegalArgumentException(file + ": a cycle needs both ends of one label");
                }
            }
            return spec;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private static void year(FileSpec spec, String name) {
            if (spec.column(name) == null || !(spec.column(name).cell() instanceof Year)) {
                throw new IllegalArgumentException(spec.file() + ": " + name + " is not a year column");
            }
        }
    }

    /**
     * The label a rule column refers to. Rules across rows follow references of one fixed label: the ids are
     * settled against that label's table while the row is read.
     */
    static String labelOf(FileSpec spec, String name) {
        Column column = spec.column(name);
        if (column == null || !(column.cell() instanceof Ref ref) || ref.label() == null) {
            throw new IllegalArgumentException(spec.file() + ": " + name + " is not a reference to one label");
        }
        return ref.label();
    }

    static Builder file(String name) {
        return new Builder(name);
    }

    private ImportSchema() {}
}
