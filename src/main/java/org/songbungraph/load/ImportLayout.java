package org.songbungraph.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The import format as a writer needs it (the `export` command): each file's columns in the order the shipped
 * files use, read from {@link ShippedSchema} so that a column added there is written too.
 */
public final class ImportLayout {

    /**
     * One import file. {@code name} is the node label or the relationship type; {@code textColumns} are the
     * free-text columns (names, statements, notes), as opposed to ids, references, enumerations and numbers.
     */
    public record FileLayout(
            String file,
            String name,
            boolean relationship,
            boolean polymorphic,
            List<String> columns,
            Set<String> textColumns) {}

    // The shipped files put these first and last; in between, the columns in the order the schema declares them.
    private static final List<String> NODE_FIRST = List.of("id", "name");
    private static final List<String> NODE_LAST = List.of("synthetic", "sources", "note");
    private static final List<String> RELATIONSHIP_FIRST =
            List.of("id", "startId", "endId", "startLabel", "endLabel", "from", "to", "credibility");
    private static final List<String> RELATIONSHIP_LAST = List.of("sources", "note");

    private ImportLayout() {}

    /** The node labels of the knowledge model; any other label (chain of custody, for one) is not part of it. */
    public static Set<String> nodeLabels() {
        return ShippedSchema.NODE_LABELS;
    }

    /** Every import file: node files first, then relationship files, in the order the scripts load them. */
    public static List<FileLayout> files() {
        return ShippedSchema.files().stream().map(ImportLayout::layout).toList();
    }

    /** One file's layout: its columns in the order the shipped files use. */
    static FileLayout layout(ImportSchema.FileSpec spec) {
        List<String> declared =
                spec.columns().stream().map(ImportSchema.Column::name).toList();
        boolean relationship = declared.contains("startId");
        List<String> columns = relationship
                ? ordered(declared, RELATIONSHIP_FIRST, RELATIONSHIP_LAST)
                : ordered(declared, NODE_FIRST, NODE_LAST);
        Set<String> text = new LinkedHashSet<>();
        spec.columns().stream()
                .filter(c -> c.cell() instanceof ImportSchema.Text || c.cell() instanceof ImportSchema.Texts)
                .forEach(c -> text.add(c.name()));
        String name = spec.columns().stream()
                .map(ImportSchema.Column::cell)
                .filter(ImportSchema.Id.class::isInstance)
                .map(c -> ((ImportSchema.Id) c).label())
                .findFirst()
                .orElseThrow();
        return new FileLayout(
                spec.file(),
                name,
                relationship,
                declared.contains("startLabel"),
                List.copyOf(columns),
                Set.copyOf(text));
    }

    /**
     * Checks a folder as `check` does, for writers that want to prove their output loads: every problem as
     * {@code file:line:column: message}, none when the folder is valid.
     */
    public static List<String> problems(Path dir) {
        return ImportCheck.run(dir, ShippedSchema.files()).problems().stream()
                .map(Object::toString)
                .toList();
    }

    private static List<String> ordered(List<String> declared, List<String> first, List<String> last) {
        List<String> columns =
                new ArrayList<>(first.stream().filter(declared::contains).toList());
        declared.stream().filter(c -> !first.contains(c) && !last.contains(c)).forEach(columns::add);
        last.stream().filter(declared::contains).forEach(columns::add);
        return columns;
    }
}
