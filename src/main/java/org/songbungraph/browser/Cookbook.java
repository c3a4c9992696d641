package org.songbungraph.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songbungraph.shell.QueryFile;

/**
 * The analyst cookbook in cypher/queries/, shipped in the jar under queries/cookbook/. Each file is a header of
 * {@code //} lines (question, parameters as Cypher literals, expected result on the shipped data), a blank line,
 * then the query. The guide, {@code trace --browser} and the cookbook test all read files through this parser.
 */
public final class Cookbook {

    private static final Pattern PARAM = Pattern.compile("// Param ([A-Za-z_][A-Za-z0-9_]*): (.+)");
    private static final Pattern ROWS = Pattern.compile("// Expect rows: (\\d+)");
    private static final Pattern ROW = Pattern.compile("// Expect row: (\\{.*})");

    /**
     * One cookbook file. {@code params} and {@code expectedRows} hold Cypher literal text; a number expected for a
     * column that holds a list means the list's size.
     */
    public record Query(
            String file,
            String question,
            Map<String, String> params,
            int expectedRowCount,
            List<String> expectedRows,
            String body) {

        /** The same query with other parameter values (Cypher literal text), e.g. the ids of one trace. */
        public Query withParams(Map<String, String> values) {
            return new Query(file, question, new LinkedHashMap<>(values), expectedRowCount, expectedRows, body);
        }

        /**
         * Browser's own {@code :param} commands, each ended by a semicolon (without it Browser reads the next line
         * as part of the value), then the query: pasted or clicked, it runs as is.
         */
        public String forBrowser() {
            StringBuilder out = new StringBuilder();
            params.forEach((name, literal) -> out.append(":param ")
                    .append(name)
                    .append(" => ")
                    .append(literal)
                    .append(";\n"));
            return out.append(body).toString();
        }
    }

    private Cookbook() {}

    /** A cookbook file from the jar, e.g. {@code 11-trace-subgraph.cypher}. */
    public static Query load(String file) {
        return parse(file, QueryFile.load("cookbook/" + file));
    }

    public static Query parse(String file, String text) {
        String normalised = text.replace("\r\n", "\n");
        int split = normalised.indexOf("\n\n");
        if (!normalised.startsWith("// Question: ") || split < 0) {
            throw new IllegalArgumentException(file + ": a cookbook file starts with '// Question: ', then its header, "
                    + "then one blank line before the query");
        }
        StringBuilder question = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        int rowCount = -1;
        boolean inQuestion = true;
        for (String line : normalised.substring(0, split).split("\n")) {
            Matcher param = PARAM.matcher(line);
            Matcher count = ROWS.matcher(line);
            Matcher row = ROW.matcher(line);
            if (param.matches()) {
                params.put(param.group(1), param.group(2).strip());
                inQuestion = false;
            } else if (count.matches()) {
                rowCount = Integer.parseInt(count.group(1));
                inQuestion = false;
            } else if (row.matches()) {
                rows.add(row.group(1));
                inQuestion = false;
            } else if (inQuestion && line.startsWith("// ")) {
                question.append(question.isEmpty() ? "" : " ")
                        .append(line.substring(3).replaceFirst("^Question: ", ""));
            } else {
                throw new IllegalArgumentException(file + ": unexpected header line '" + line + "'");
            }
        }
        if (rowCount < 0) {
            throw new IllegalArgumentException(file + ": the header needs '// Expect rows: N'");
        }
        String body = normalised.substring(split + 2).strip();
        return new Query(file, question.toString().strip(), params, rowCount, List.copyOf(rows), body);
    }
}
