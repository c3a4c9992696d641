package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** import/README.md describes the files with the schema that `check` applies, rendered by {@link ColumnTables}. */
class ColumnTablesTest {

    static final Path README = Path.of("import", "README.md");
    static final String REGENERATE = "./mvnw -q test -Dtest=ColumnTablesTest -Dsongbun.regenerate=true";

    @Test
    void theReadmeHoldsTheTablesTheSchemaRenders() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String rendered = ColumnTables.update(readme, ShippedSchema.files());
        // The way to regenerate: the same comparison, writing the rendered file instead of failing.
        if (Boolean.getBoolean("songbun.regenerate") && !rendered.equals(readme)) {
            Files.writeString(README, rendered, StandardCharsets.UTF_8);
            readme = rendered;
        }

        assertThat(firstDifference(readme, rendered))
                .as(
                        "import/README.md's file sections are not what ShippedSchema renders; change the schema, not the README, and run "
                                + REGENERATE)
                .isEmpty();
    }

    /** Where the two texts first differ, line by line, so a failure does not print the whole README. */
    private static Optional<String> firstDifference(String readme, String rendered) {
        List<String> have = readme.lines().toList();
        List<String> want = rendered.lines().toList();
        for (int i = 0; i < Math.max(have.size(), want.size()); i++) {
            String a = i < have.size() ? have.get(i) : "(end of file)";
            String b = i < want.size() ? want.get(i) : "(end of file)";
            if (!a.equals(b)) {
                return Optional.of("line " + (i + 1) + " is\n  " + a + "\nbut the schema renders\n  " + b);
            }
        }
        return readme.equals(rendered) ? Optional.empty() : Optional.of("line endings differ");
    }

    @Test
    void everyEnumeratedValueIsNamedInTheMeaningOfItsColumn() {
        for (ImportSchema.FileSpec spec : ShippedSchema.files()) {
            for (ImportSchema.Column column : spec.columns()) {
                if (column.cell() instanceof ImportSchema.Enum e) {
                    for (String value : e.values()) {
                        assertThat(column.meaning())
                                .as(spec.file() + " " + column.name() + " names " + value)
                                .containsPattern("(?<![A-Z_])" + Pattern.quote(value) + "(?![A-Z_])");
                    }
                }
            }
        }
    }

    @Test
    void rendersAFileWithItsColumnsRequirementsAndRulesAcrossRows() {
        ImportSchema.FileSpec childOf = ImportSchema.file("child_of.csv")
                .describedAs("Person -> Person: the start person is a child of the end person.")
                .required("id", new ImportSchema.Id("CHILD_OF"), "Unique relationship id.")
                .required("startId", ImportSchema.Ref.to("Person"), "Id of the child.")
                .required("endId", ImportSchema.Ref.to("Person"), "Id of the parent.")
                .optional("sources", new ImportSchema.Refs("Source"), "List of Source ids.")
                .requiredWhen("act", new ImportSchema.Text(), "line", "ADOPTED", "What made it so, for ADOPTED.")
                .required("line", new ImportSchema.Enum(Set.of("ADOPTED")), "ADOPTED or not given.")
                .older("endId", "parent", "startId", "child", "birthYear")
                .acyclic("startId", "endId")
                .build();

        assertThat(ColumnTables.render(List.of(childOf))).isEqualTo("""

                        ### `child_of.csv` (`CHILD_OF`)
                        Person -> Person: the start person is a child of the end person.

                        | Column | Type | Required | Meaning and allowed values |
                        |---|---|---|---|
                        | `id` | string | yes | Unique relationship id. |
                        | `startId` | string | yes | Id of the child. |
                        | `endId` | string | yes | Id of the parent. |
                        | `act` | string | if ADOPTED | What made it so, for ADOPTED. |
                        | `line` | string | yes | ADOPTED or not given. |
                        | `sources` | list (`\\|`) |  | List of Source ids. |

                        Checked across rows: the parent (`endId`) must be born before the child (`startId`) \
                        where both `birthYear` are known; no CHILD_OF cycle (following `startId` to `endId` never \
                        comes back to the same Person).
                        """);
    }
}
