package org.songbungraph.protection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.QueryFile;
import org.songbungraph.shell.Table;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The last line of defence for protected people. Every query already shows them by witness code only;
 * this replaces any confidential name that still reaches an output (an analyst's own `cypher` query, a
 * note that mentions one) with the witness code, so no command ever prints it.
 */
@Component
public class Redactor {

    private record Secret(String text, String code) {}

    private final Neo4jClient client;

    Redactor(Neo4jClient client) {
        this.client = client;
    }

    public String render(Table table, OutputFormat format) {
        return redact(table.render(format));
    }

    public String redact(String output) {
        if (output == null || output.isEmpty()) {
            return output;
        }
        return redaction().apply(output);
    }

    /**
     * Redacts many texts with one read of the protected names (each cell of an export, say): the names are
     * those in the graph when this is called.
     */
    public UnaryOperator<String> redaction() {
        // Longest first, so a name is never half-replaced by a shorter name inside it. Case is ignored: a
        // sentence that starts with a protected description still gives it away.
        List<Map.Entry<Pattern, String>> patterns = secrets().stream()
                .map(s -> Map.entry(
                        Pattern.compile(Pattern.quote(s.text()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        Matcher.quoteReplacement(s.code())))
                .toList();
        return text -> {
            if (text == null || text.isEmpty()) {
                return text;
            }
            String result = text;
            for (Map.Entry<Pattern, String> secret : patterns) {
                Matcher matcher = secret.getKey().matcher(result);
                if (matcher.find()) {
                    result = matcher.replaceAll(secret.getValue());
                }
            }
            return result;
        };
    }

    private List<Secret> secrets() {
        return client
                .query(QueryFile.load("protection/protected-names.cypher"))
                .fetchAs(Secret.class)
                .mappedBy((types, r) ->
                        new Secret(r.get("secret").asString(), r.get("code").asString()))
                .all()
                .stream()
                .sorted(Comparator.comparingInt((Secret s) -> s.text().length()).reversed())
                .toList();
    }
}
