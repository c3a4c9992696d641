package org.songbungraph.source;

import java.util.List;
import org.songbungraph.shell.OutputFormat;

/** The evidence cell of a fact line in each output format. Public for the other analyst commands. */
public final class Evidence {

    private Evidence() {}

    /**
     * Several entries in one cell: one per line in a table, a '|'-separated list in csv (Table's list rule),
     * the entries themselves in json.
     */
    public static Object entries(List<String> texts, List<?> structured, OutputFormat format) {
        return switch (format) {
            case TABLE -> String.join("\n", texts);
            case CSV -> texts;
            case JSON -> structured;
        };
    }
}
