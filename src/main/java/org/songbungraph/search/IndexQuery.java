package org.songbungraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What to ask the search_* full-text indexes (cypher/60-lookup-indexes.cypher) for a search text: a Lucene query
 * that finds at least every node {@link NameQuery} would match by name, nameKo or witness code, and usually few
 * more. It only has to be a superset: NameQuery still decides and ranks. Dropping a condition only widens it, which
 * is how long texts are cut short. Everything typed is escaped: no character of it is Lucene syntax.
 */
final class IndexQuery {

    /** Runs of letters and digits; an ideograph stands alone, as the index's tokenizer cuts it. */
    private static final Pattern PIECE = Pattern.compile("\\p{IsIdeographic}|[\\p{L}\\p{N}&&[^\\p{IsIdeographic}]]+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    // Enough to keep a query selective; more only makes the automata bigger.
    private static final int MAX_PIECES = 6;
    private static final int MAX_PIECE = 24;
    private static final int MAX_SKELETON = 8;
    private static final String APOSTROPHES = "['’‘ʼ`´]*";

    /** The spellings that reduce to each skeleton letter (Romanisation.LETTER_RULES read backwards). */
    private static final Map<Character, List<String>> SPELLINGS = Map.of(
            'o', List.of("o", "eo"), 'u', List.of("u", "eu", "oo", "eoo"), 'i', List.of("i", "ee"),
            'j', List.of("j", "ch", "tch"), 's', List.of("s", "sh"), 'k', List.of("k", "g"), 't', List.of("t", "d"),
            'p', List.of("p", "b"), 'l', List.of("l", "r", "rh"));

    /**
     * Each plain letter with the accented letters that fold to it. The index keeps diacritics (its analyzer,
     * standard-no-stop-words, does not fold, and the folding one drops English stop words such as the surname I),
     * so a folded letter of the text is looked up as any of them.
     */
    private static final Map<Character, String> ACCENTED = accented();

    private IndexQuery() {
    }

    /**
     * The narrow query, tried first: names holding every word of the text whole, as typed or as a variant spelled
     * with the same word breaks. Cheap (whole terms) and enough when it finds a page of results; null when the text
     * has no letter or digit. Not a superset: {@link #lucene} is, and is asked when this finds too few.
     */
    static String wholeWords(String text, List<String> fields) {
        String literal = Romanisation.fold(text);
        if (!LETTER_OR_DIGIT.matcher(literal).find()) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        String terms = pieces(literal).stream().map(p -> "+/" + pattern(p) + "/").collect(Collectors.joining(" "));
        // Only the first few words are asked for, so only the start of a long text is cut into words.
        List<String> words = Romanisation.words(text.length() > 1000 ? text.substring(0, 1000) : text).stream().map(Romanisation.Word::skeleton).limit(MAX_PIECES)
                .map(w -> "+/" + exactly(w) + "/").toList();
        for (String field : fields) {
            clauses.add(field + ":(" + terms + ")");
            if (!words.isEmpty() && !field.equals("witnessCode")) {
                clauses.add(field + ":(" + String.join(" ", words) + ")");
            }
        }
        return String.join(" ", clauses);
    }

    /**
     * The wide query: at least every node {@link NameQuery} matches, or null when the text has no letter or digit
     * to look up (a search for "-" matches names by their punctuation, which no index holds; the caller then reads
     * every name). Each condition is one that every match must meet, chosen to be cheap for Lucene: whole terms and
     * patterns anchored at the start of a word where it can.
     */
    static String lucene(String text, List<String> fields) {
        return lucene(Romanisation.fold(text), Romanisation.skeleton(text), fields);
    }

    /** As {@link #lucene(String, List)}, for a text already folded and reduced to its skeleton. */
    static String lucene(String literal, String skeleton, List<String> fields) {
        if (!LETTER_OR_DIGIT.matcher(literal).find()) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        // As typed, the text is a substring of the name: its inner pieces are words of the name and its last piece
        // starts one. Its first piece may end a word; that condition would be dear (a leading wildcard) and is left out.
        // Only pieces set off by a space or hyphen are sure to be cut where the index cuts the name (it keeps
        // Kaech'ŏn whole, for one); without such a piece, the longest piece anywhere in a word.
        List<String> pieces = pieces(literal);
        List<String> conditions = new ArrayList<>();
        Matcher m = PIECE.matcher(literal);
        for (int i = 0; i < pieces.size() && m.find(); i++) {
            boolean opens = i > 0 && separates(literal, m.start() - 1);
            boolean closes = m.end() == literal.length() || separates(literal, m.end());
            if (opens && closes && i < pieces.size() - 1) {
                conditions.add("+/" + pattern(pieces.get(i)) + "/");
            } else if (opens && i == pieces.size() - 1) {
                conditions.add("+/" + pattern(pieces.get(i)) + ".*/");
            }
        }
        if (conditions.isEmpty()) {
            String longest = pieces.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            conditions.add("+/.*" + pattern(longest) + ".*/");
        }
        String typed = String.join(" ", conditions);
        for (String field : fields) {
            clauses.add(field + ":(" + typed + ")");
        }
        // As a variant: the text's skeleton runs from the start of one word of a name to the end of one.
        if (!skeleton.isEmpty()) {
            String variant = "+/" + prefixes(skeleton) + "/ +/" + suffixes(skeleton) + "/";
            for (String field : fields) {
                if (!field.equals("witnessCode")) {
                    clauses.add(field + ":(" + variant + ")");
                }
            }
        }
        return String.join(" ", clauses);
    }

    private static boolean separates(String literal, int at) {
        char c = literal.charAt(at);
        return c == ' ' || c == '-';
    }

    /** A word whose skeleton is exactly this one (past the cap, begins like it). */
    private static String exactly(String skeleton) {
        List<String> alternatives = new ArrayList<>(List.of(skeleton.length() > MAX_PIECE
                ? run(skeleton.substring(0, MAX_PIECE)) + ".*" : run(skeleton)));
        Romanisation.SURNAMES.keySet().stream().sorted().filter(k -> Romanisation.word(k).equals(skeleton))
                .map(IndexQuery::pattern).forEach(alternatives::add);
        return alternatives.stream().map(a -> "(" + a + ")").collect(Collectors.joining("|"));
    }

    /** The folded text's pieces, as many and as long as keep the query small (a shorter piece still matches). */
    static List<String> pieces(String literal) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(literal);
        while (m.find() && pieces.size() < MAX_PIECES) {
            String piece = m.group();
            pieces.add(piece.length() > MAX_PIECE ? piece.substring(0, MAX_PIECE) : piece);
        }
        return pieces;
    }

    /** A word whose skeleton is a non-empty start of {@code skeleton} (or, past the cap, begins like it). */
    static String prefixes(String skeleton) {
        String head = skeleton.length() > MAX_SKELETON ? skeleton.substring(0, MAX_SKELETON) : skeleton;
        StringBuilder nested = new StringBuilder();
        for (int i = head.length() - 1; i >= 0; i--) {
            String rest = nested.isEmpty() ? "" : "(" + APOSTROPHES + nested + ")?";
            nested.setLength(0);
            nested.append(spelling(head.charAt(i))).append(rest);
        }
        List<String> alternatives = new ArrayList<>(List.of(nested.toString()));
        if (skeleton.length() > MAX_SKELETON) {
            alternatives.add(run(head) + ".*");
        }
        surnames(skeleton, true).forEach(alternatives::add);
        return alternatives.stream().map(a -> "(" + a + ")").collect(Collectors.joining("|"));
    }

    /** A word whose skeleton is a non-empty end of {@code skeleton} (or, past the cap, ends like it). */
    static String suffixes(String skeleton) {
        int from = Math.max(0, skeleton.length() - MAX_SKELETON);
        String tail = skeleton.substring(from);
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < tail.length(); i++) {
            String before = nested.isEmpty() ? "" : "(" + nested + APOSTROPHES + ")?";
            nested.setLength(0);
            nested.append(before).append(spelling(tail.charAt(i)));
        }
        List<String> alternatives = new ArrayList<>(List.of(nested.toString()));
        if (from > 0) {
            alternatives.add(".*" + run(tail));
        }
        surnames(skeleton, false).forEach(alternatives::add);
        return alternatives.stream().map(a -> "(" + a + ")").collect(Collectors.joining("|"));
    }

    /** Surname-table spellings (Yi, Park) whose skeleton starts (or ends) the text's skeleton. */
    private static List<String> surnames(String skeleton, boolean start) {
        return Romanisation.SURNAMES.keySet().stream().sorted()
                .filter(k -> start ? skeleton.startsWith(Romanisation.word(k)) : skeleton.endsWith(Romanisation.word(k)))
                .map(IndexQuery::pattern)
                .toList();
    }

    private static String run(String skeleton) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < skeleton.length(); i++) {
            regex.append(i == 0 ? "" : APOSTROPHES).append(spelling(skeleton.charAt(i)));
        }
        return regex.toString();
    }

    private static String spelling(char letter) {
        List<String> known = SPELLINGS.get(letter);
        if (known != null) {
            return "(" + known.stream().map(IndexQuery::pattern).collect(Collectors.joining("|")) + ")+";
        }
        return letter >= 'a' && letter <= 'z' ? pattern(String.valueOf(letter)) + "+" : pattern(String.valueOf(letter));
    }

    private static Map<Character, String> accented() {
        Map<Character, StringBuilder> forms = new java.util.HashMap<>();
        for (int[] range : new int[][] {{0x00C0, 0x024F}, {0x1E00, 0x1EFF}}) {
            for (int c = range[0]; c <= range[1]; c++) {
                String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
                String base = Romanisation.fold(lower);
                if (lower.length() == 1 && base.length() == 1 && base.charAt(0) >= 'a' && base.charAt(0) <= 'z'
                        && forms.computeIfAbsent(base.charAt(0), k -> new StringBuilder()).indexOf(lower) < 0) {
                    forms.get(base.charAt(0)).append(lower);
                }
            }
        }
        Map<Character, String> classes = new java.util.HashMap<>();
        forms.forEach((letter, others) -> classes.put(letter, "[" + letter + others + "]"));
        return Map.copyOf(classes);
    }

    /** A regexp for folded text as the index holds it: each plain letter also as its accented forms. */
    static String pattern(String folded) {
        StringBuilder regex = new StringBuilder();
        folded.codePoints().forEach(c -> {
            String letter = c < 128 ? ACCENTED.get((char) c) : null;
            regex.append(letter != null ? letter : escape(new String(Character.toChars(c))));
        });
        return regex.toString();
    }

    /** Every character that is not a plain lower-case letter or digit is escaped for Lucene's parser and regexps. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || Character.isLetterOrDigit(c) && c > 127)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
