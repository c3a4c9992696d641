package org.songbungraph.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each CSV in the import folder must hold: its columns and what a valid cell looks like. This is
 * the machine-checked half of import/README.md; `load` checks every file against it before writing.
 */
final class ImportSchema {

    /** What a cell may hold. Empty cells are allowed unless the column is required. */
    sealed interface Cell permits Text, Id, Enum, Year, Int, Decimal, Bool, Ref, Refs, LabelOf {}

    /** Any text. */
    record Text() implements Cell {}

    /** The row's own id, unique within {@code label}. */
    record Id(String label) implements Cell {}

    /** One of a fixed set of values. */
    record Enum(Set<String> values) implements Cell {}

    /** A year from 1800 to 2100. */
    record Year() implements Cell {}

    /** A whole number within bounds. */
    record Int(long min, long max) implements Cell {}

    /** A number within bounds. */
    record Decimal(double min, double max) implements Cell {}

    /** true or false. */
    record Bool() implements Cell {}

    /**
     * The id of a node: of {@code label}, or, when {@code labelColumn} is set, of the label named in that
     * column of the same row (for relationship types whose endpoints can have several labels).
     */
    record Ref(String label, String labelColumn) implements Cell {
        static Ref to(String label) {
            return new Ref(label, null);
        }

        static Ref labelledBy(String column) {
            return new Ref(null, column);
        }
    }

    /** A '|'-separated list of ids of {@code label}. */
    record Refs(String label) implements Cell {}

    /** A label name, one of {@code labels}, used by a {@link Ref#labelledBy} column. */
    record LabelOf(Set<String> labels) implements Cell {}

    record Column(String name, Cell cell, boolean required) {}

    /** One CSV file; {@code years} names pairs of columns where the second must not come before the first. */
    record FileSpec(String file, List<Column> columns, List<String[]> ordered) {}

    static final class Builder {
        private final String file;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final List<String[]> ordered = new java.util.ArrayList<>();

        Builder(String file) {
            this.file = file;
        }

        Builder required(String name, Cell cell) {
            columns.put(name, new Column(name, cell, true));
            return this;
        }

        Builder optional(String name, Cell cell) {
            columns.put(name, new Column(name, cell, false));
            return this;
        }

        /** {@code later} must not be before {@code earlier} when both are given. */
        Builder notBefore(String later, String earlier) {
            ordered.add(new String[] {earlier, later});
            return this;
        }

        FileSpec build() {
            return new FileSpec(file, List.copyOf(columns.values()), List.copyOf(ordered));
        }
    }

    static Builder file(String name) {
        return new Builder(name);
    }

    private ImportSchema() {}
}
