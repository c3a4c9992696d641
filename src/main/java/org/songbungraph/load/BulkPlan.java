package org.songbungraph.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * What Neo4j's bulk importer must do to build the graph the load scripts build. The scripts stay the one
 * definition of the import format: each {@code LOAD CSV} statement becomes an importer input whose typed header
 * is read off the statement itself (its label or relationship type from the MERGE, each property's type from
 * the conversion in its SET), and every other statement (constraints, derived labels) runs as written once the
 * store is built. A statement whose meaning the importer cannot reproduce is refused, naming its file and line.
 */
final class BulkPlan {

    /** One CSV file for the importer: nodes with a label, or relationships of a type, and its typed header. */
    record Input(LoadScripts.Statement statement, String csv, boolean nodes, String labelOrType, List<String> header) {

        /** The importer option for this input: the typed header file, then the CSV rows without their header line. */
        String option(Path headerFile, Path csvFile) {
            return "--" + (nodes ? "nodes" : "relationships") + "=" + labelOrType + "=" + headerFile + "," + csvFile;
        }
    }

    record Plan(List<Input> inputs, List<LoadScripts.Statement> afterImport) {}

    private static final Pattern LOAD =
            Pattern.compile("(?is)^\\s*LOAD\\s+CSV\\s+WITH\\s+HEADERS\\s+FROM\\s+'file:///([^'/]+)'\\s+AS\\s+row\\b");
    private static final Pattern NODE =
            Pattern.compile("MERGE\\s*\\(\\s*(\\w+)\\s*:\\s*(\\w+)\\s*\\{\\s*id\\s*:\\s*row\\.id\\s*}\\s*\\)");
    private static final Pattern RELATIONSHIP = Pattern.compile(
            "MERGE\\s*\\(\\s*\\w+\\s*\\)\\s*-\\s*\\[\\s*(\\w+)\\s*:\\s*(\\w+)\\s*\\{\\s*id\\s*:\\s*row\\.id\\s*}\\s*]\\s*->\\s*\\(\\s*\\w+\\s*\\)");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(\\w+)\\.(`?)(\\w+)\\2\\s*=\\s*(?:(toInteger|toFloat|toBoolean)\\(\\s*row\\.(`?)(\\w+)\\5\\s*\\)"
                    + "|split\\(\\s*row\\.(`?)(\\w+)\\7\\s*,\\s*'\\|'\\s*\\)|row\\.(`?)(\\w+)\\9)\\s*(?=,|$|\\n|})");
    // Labels set while loading (SET n:X) are a second meaning of a row the importer cannot give.
    private static final Pattern LABEL_WRITE = Pattern.compile("(?i)\\b(SET|REMOVE)\\s+\\w+\\s*:\\s*\\w+");
    private static final Pattern MATCH_END = Pattern.compile("\\{\\s*id\\s*:\\s*row\\.(startId|endId)\\s*}");

    private BulkPlan() {}

    static Plan of(List<LoadScripts.Script> scripts, Path importDir) {
        List<Input> inputs = new ArrayList<>();
        List<LoadScripts.Statement> after = new ArrayList<>();
        for (LoadScripts.Script script : scripts) {
            for (LoadScripts.Statement statement : script.statements()) {
                Matcher load = LOAD.matcher(statement.text());
                if (load.find()) {
                    inputs.add(input(statement, load.group(1), importDir));
                } else {
                    after.add(statement);
                }
            }
        }
        return new Plan(List.copyOf(inputs), List.copyOf(after));
    }

    private static Input input(LoadScripts.Statement statement, String csv, Path importDir) {
        String text = statement.text();
        if (LABEL_WRITE.matcher(text).find()) {
            throw refuse(
                    statement,
                    "it sets or removes a label while loading; give the label its own statement after "
                            + "the LOAD CSV (as 10-persons.cypher does for Protected)");
        }
        Matcher node = NODE.matcher(text);
        Matcher relationship = RELATIONSHIP.matcher(text);
        boolean isNode = node.find();
        boolean isRelationship = relationship.find();
        if (isNode == isRelationship) {
            throw refuse(statement, "it does not MERGE exactly one node or one relationship on {id: row.id}");
        }
        String variable = isNode ? node.group(1) : relationship.group(1);
        Map<String, String> typedByColumn = new LinkedHashMap<>();
        Matcher assignment = ASSIGNMENT.matcher(text);
        while (assignment.find()) {
            if (!assignment.group(1).equals(variable)) {
                continue;
            }
            String property = assignment.group(3);
            String column;
            String type;
            if (assignment.group(4) != null) {
                column = assignment.group(6);
                type = switch (assignment.group(4)) {
                    case "toInteger" -> "long";
                    case "toFloat" -> "double";
                    default -> "boolean";
                };
            } else if (assignment.group(8) != null) {
                column = assignment.group(8);
                type = "string[]";
            } else {
                column = assignment.group(10);
                type = "string";
            }
            typedByColumn.put(column, property + ":" + type);
        }
        if (!isNode) {
            Matcher ends = MATCH_END.matcher(text);
            int found = 0;
            while (ends.find()) {
                found++;
            }
            if (found < 2) {
                throw refuse(statement, "it does not MATCH its two ends by {id: row.startId} and {id: row.endId}");
            }
        }
        List<String> header = new ArrayList<>();
        for (String column : columns(importDir.resolve(csv), statement)) {
            if (column.equals("id")) {
                header.add(isNode ? "id:ID" : "id");
            } else if (!isNode && column.equals("startId")) {
                header.add(":START_ID");
            } else if (!isNode && column.equals("endId")) {
                header.add(":END_ID");
            } else {
                header.add(typedByColumn.getOrDefault(column, ":IGNORE"));
            }
        }
        return new Input(statement, csv, isNode, isNode ? node.group(2) : relationship.group(2), List.copyOf(header));
    }

    private static List<String> columns(Path csv, LoadScripts.Statement statement) {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null) {
                throw refuse(statement, csv.getFileName() + " has no header line");
            }
            if (first.startsWith("\uFEFF")) {
                throw refuse(
                        statement,
                        csv.getFileName() + " starts with a byte-order mark, which Neo4j's importer "
                                + "would read as part of the first column's name; save it as UTF-8 without BOM");
            }
            try (CSVParser parser = CSVParser.parse(first, CSVFormat.RFC4180)) {
                return parser.getRecords().get(0).toList();
            }
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT, "Cannot read the header of " + csv + ": " + e.getMessage(), e);
        }
    }

    private static SongbunException refuse(LoadScripts.Statement statement, String why) {
        return new SongbunException(
                ExitCode.BAD_INPUT,
                statement.where() + ": `load --bulk` cannot give this " + "statement's meaning to Neo4j's importer: "
                        + why + ". Use `load`, or change the script.");
    }
}
