package org.songbungraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * import/README.md's file sections, rendered from the schema so that the README and `check` cannot disagree:
 * one section for the node files and one for the relationship files, each between its markers.
 */
final class ColumnTables {

    /** A part of the README that is rendered: everything between {@code begin} and {@code end}. */
    record Section(String name, String begin, String end) {
        static Section of(String name) {
            return new Section(name, "<!-- columns:begin " + name + " -->", "<!-- columns:end " + name + " -->");
        }
    }

    static final Section NODES = Section.of("nodes");
    static final Section RELATIONSHIPS = Section.of("relationships");

    private ColumnTables() {}

    /** {@code readme} with both sections rendered afresh from {@code specs}; the rest is left as it is. */
    static String update(String readme, List<ImportSchema.FileSpec> specs) {
        List<ImportSchema.FileSpec> nodes = new ArrayList<>();
        List<ImportSchema.FileSpec> relationships = new ArrayList<>();
        for (ImportSchema.FileSpec spec : specs) {
            (ImportLayout.layout(spec).relationship() ? relationships : nodes).add(spec);
        }
        return replace(replace(readme, NODES, render(nodes)), RELATIONSHIPS, render(relationships));
    }

    /** One heading, description, column table and checks per file. */
    static String render(List<ImportSchema.FileSpec> specs) {
        StringBuilder out = new StringBuilder();
        for (ImportSchema.FileSpec spec : specs) {
            ImportLayout.FileLayout layout = ImportLayout.layout(spec);
            out.append("\n### `").append(spec.file()).append("` (");
            out.append(layout.relationship() ? "`" + layout.name() + "`" : "label `" + layout.name() + "`");
            out.append(")\n").append(spec.description()).append("\n\n");
            out.append("| Column | Type | Required | Meaning and allowed values |\n|---|---|---|---|\n");
            for (String name : layout.columns()) {
                ImportSchema.Column column = spec.column(name);
                if (column.meaning().isBlank()) {
                    throw new IllegalArgumentException(spec.file() + ": " + name + " has no meaning to document");
                }
                out.append("| `")
                        .append(name)
                        .append("` | ")
                        .append(type(column.cell()))
                        .append(" | ")
                        .append(required(column))
                        .append(" | ")
                        .append(column.meaning().replace("|", "\\|"))
                        .append(" |\n");
            }
            List<String> labels = new ArrayList<>();
            for (String name : List.of("startLabel", "endLabel")) {
                if (spec.column(name) != null && spec.column(name).cell() instanceof ImportSchema.LabelOf l) {
                    labels.add("Allowed `" + name + "`: " + codes(l.labels()) + ".");
                }
            }
            if (!labels.isEmpty()) {
                out.append('\n').append(String.join(" ", labels)).append('\n');
            }
            List<String> rules = spec.rules().stream()
                    .map(rule -> rule(spec, layout, rule))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (!rules.isEmpty()) {
                out.append("\nChecked across rows: ")
                        .append(String.join("; ", rules))
                        .append(".\n");
            }
        }
        return out.toString();
    }

    private static String type(ImportSchema.Cell cell) {
        if (cell instanceof ImportSchema.Year || cell instanceof ImportSchema.Int) {
            return "integer";
        } else if (cell instanceof ImportSchema.Decimal) {
            return "decimal";
        } else if (cell instanceof ImportSchema.Bool) {
            return "boolean";
        } else if (cell instanceof ImportSchema.Refs || cell instanceof ImportSchema.Texts) {
            return "list (`\\|`)";
        }
        return "string";
    }

    private static String required(ImportSchema.Column column) {
        if (column.required()) {
            return "yes";
        }
        return column.when() == null ? "" : "if " + column.when().value();
    }

    // Rules within a row (an end year not before its start) go unlisted: the format rules say it for all files.
    private static String rule(ImportSchema.FileSpec spec, ImportLayout.FileLayout layout, ImportSchema.Rule rule) {
        if (rule instanceof ImportSchema.Older o) {
            return "the " + o.olderRole() + " (`" + o.older() + "`) must be born before the " + o.youngerRole() + " (`"
                    + o.younger() + "`) where both `" + o.year() + "` are known";
        } else if (rule instanceof ImportSchema.Acyclic a) {
            return "no " + layout.name() + " cycle (following `" + a.from() + "` to `" + a.to()
                    + "` never comes back to the same " + ImportSchema.labelOf(spec, a.from()) + ")";
        } else if (rule instanceof ImportSchema.Sealed z) {
            return "on rows with `" + z.when() + "` " + z.value() + ", "
                    + String.join(
                            ", ",
                            z.identifying().stream().map(c -> "`" + c + "`").toList())
                    + " identify the person and live only in the vault (`identities.sealed`, written by `seal`): `"
                    + z.name() + "` holds the `" + z.code() + "` and the others are empty; each `" + z.code()
                    + "` is used once, and a vault in the folder must seal it for the row's `id`";
        } else if (rule instanceof ImportSchema.OneAtATime o) {
            return "a " + ImportSchema.labelOf(spec, o.holder()) + " (`" + o.holder() + "`) is at one "
                    + ImportSchema.labelOf(spec, o.target()) + " (`" + o.target()
                    + "`) at a time: two rows at different ones whose dates certainly overlap, at the precision"
                    + " they are given (`CIRCA`, `BEFORE` and `AFTER` never do; a `BETWEEN` row only when its whole"
                    + " span does), get a warning unless either row's `" + o.note() + "` names the other";
        }
        return null;
    }

    private static String codes(Set<String> values) {
        return String.join(
                ", ", values.stream().sorted().map(v -> "`" + v + "`").toList());
    }

    private static String replace(String readme, Section section, String body) {
        int begin = readme.indexOf(section.begin());
        int end = readme.indexOf(section.end());
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "the README has no " + section.begin() + " ... " + section.end() + " section");
        }
        return readme.substring(0, begin + section.begin().length()) + "\n" + body + "\n" + readme.substring(end);
    }
}
