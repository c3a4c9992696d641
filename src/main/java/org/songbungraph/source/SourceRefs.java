package org.songbungraph.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.QueryFile;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Compact evidence references for fact lines: each source id with its reliability and the credibility of
 * the statement, and for testimony how its teller knows, e.g. {@code [S-DNK-KAECHON B2]} or
 * {@code [S-DNK-INF-SPYONGAN F3 DIRECT]}. The `sources` command expands them.
 */
@Component
public class SourceRefs {

    private final Neo4jClient client;

    SourceRefs(Neo4jClient client) {
        this.client = client;
    }

    /** The reliability grade of every source and the basis of knowledge of each testimony, read once per command. */
    public Grades grades() {
        Map<String, String> reliability = new HashMap<>();
        Map<String, String> knowledge = new HashMap<>();
        client.query(QueryFile.load("source/grades.cypher")).fetch().all().forEach(r -> {
            reliability.put((String) r.get("id"), (String) r.get("reliability"));
            if (r.get("knowledge") != null) {
                knowledge.put((String) r.get("id"), (String) r.get("knowledge"));
            }
        });
        return new Grades(Map.copyOf(reliability), Map.copyOf(knowledge));
    }

    /** Source reliabilities and the basis of knowledge of those that give one, keyed by source id. */
    public record Grades(Map<String, String> reliability, Map<String, String> knowledge) {

        /**
         * {@code [S-A B2] [S-B F2]}: reliability from the source, credibility from the statement ({@code ?} when the
         * source is not in the graph, nothing when the statement has no credibility grade).
         */
        public String refs(List<String> sources, Number credibility) {
            if (sources == null || sources.isEmpty()) {
                return "[no source]";
            }
            String grade = credibility == null ? "" : String.valueOf(credibility.intValue());
            return sources.stream()
                    .map(id -> "[" + id + " " + reliability.getOrDefault(id, "?") + grade
                            + (knowledge.containsKey(id) ? " " + knowledge.get(id) : "") + "]")
                    .collect(Collectors.joining(" "));
        }

        /** The evidence cell of a fact line: the compact references for table and CSV, structured ones for JSON. */
        public Object cell(List<String> sources, Number credibility, OutputFormat format) {
            return format == OutputFormat.JSON ? structured(sources, credibility) : refs(sources, credibility);
        }

        /** The same references as data, for JSON output. */
        public List<Map<String, Object>> structured(List<String> sources, Number credibility) {
            if (sources == null) {
                return List.of();
            }
            return sources.stream()
                    .map(id -> {
                        Map<String, Object> ref = new java.util.LinkedHashMap<>();
                        ref.put("source", id);
                        ref.put("reliability", reliability.get(id));
                        ref.put("credibility", credibility == null ? null : credibility.intValue());
                        ref.put("knowledge", knowledge.get(id));
                        return ref;
                    })
                    .toList();
        }
    }
}
