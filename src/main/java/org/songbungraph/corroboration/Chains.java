package org.songbungraph.corroboration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songbungraph.shell.OutputFormat;

/** The origins of a fact as an output cell, for every command that shows them. */
public final class Chains {

    private Chains() {}

    /** One line per origin in a table, a '|'-separated list in CSV, the origins as data in JSON. */
    public static Object cell(Corroboration corroboration, OutputFormat output) {
        return switch (output) {
            case TABLE -> String.join("\n", corroboration.chains());
            case CSV -> corroboration.chains();
            case JSON -> corroboration.origins().stream().map(Chains::data).toList();
        };
    }

    private static Map<String, Object> data(Origin origin) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sources", List.copyOf(origin.sources()));
        data.put("relays", List.copyOf(origin.relays()));
        data.put("witness", origin.witness());
        data.put("grade", String.valueOf(origin.grade()));
        data.put("synthetic", origin.synthetic());
        return data;
    }
}
