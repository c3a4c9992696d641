package org.songbungraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.cypher.internal.literal.interpreter.Cypher5LiteralInterpreter;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * Reads --param name=value. The value is a Cypher literal (42, 1.5, true, null, [1, 'a'], {k: 1},
 * 'quoted text') read by Neo4j's own literal interpreter, which evaluates literals only and never runs
 * anything; text that is not a literal is taken as a plain string.
 */
final class Parameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Parameters() {}

    static Map<String, Object> parse(List<String> params) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq).strip();
            if (eq < 0 || !NAME.matcher(name).matches()) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "--param '" + abbreviate(param)
                                + "' must look like name=value, with a name of letters, digits and _.");
            }
            if (result.containsKey(name)) {
                throw new SongbunException(ExitCode.BAD_INPUT, "--param " + name + " is given twice.");
            }
            result.put(name, value(param.substring(eq + 1)));
        }
        return result;
    }

    static Object value(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        try {
            return Cypher5LiteralInterpreter.parseExpression(trimmed);
        } catch (RuntimeException notALiteral) {
            return text;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
