package org.songbungraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What to ask the search_keys_* full-text indexes (cypher/60-lookup-indexes.cypher) for a search text. They hold
 * the keys of {@link SearchKeys}: each name's pieces as typed ({@code searchWords}) and each word's romanisation
 * skeleton ({@code searchSkeletons}). The queries use whole terms and prefixes only, which Lucene answers from its
 * term dictionary without compiling an automaton; a one-piece text is the exception (a piece anywhere in a word).
 * Everything typed is escaped: no character of it is Lucene syntax.
 */
final class IndexQuery {

    static final String WORDS = "searchWords";
    static final String SKELETONS = "searchSkeletons";

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    // Enough to keep a query selective; dropping a condition only widens the query.
    private static final int MAX_PIECES = 6;
    private static final int LONGEST_TEXT = 1000;

    private IndexQuery() {}

    /**
     * The narrow query, tried first: names holding every piece of the text whole, or every word's skeleton whole.
     * Not a superset: {@link #lucene} is, and is asked when this finds too few. Null when the text has no letter or
     * digit.
     */
    static String wholeWords(String text) {
        String literal = Romanisation.fold(text);
        if (!LETTER_OR_DIGIT.matcher(literal).find()) {
            return null;
        }
        String words = SearchKeys.pieces(literal).stream()
                .limit(MAX_PIECES)
                .map(p -> "+" + escape(SearchKeys.term(p)))
                .collect(Collectors.joining(" "));
        // Only the first few words are asked for, so only the start of a long text is cut into words.
        String skeletons =
                Romanisation.words(text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) : text).stream()
                        .limit(MAX_PIECES)
                        .map(w -> "+" + escape(SearchKeys.term(w.skeleton())))
                        .collect(Collectors.joining(" "));
        return WORDS + ":(" + words + ")" + (skeletons.isEmpty() ? "" : " " + SKELETONS + ":(" + skeletons + ")");
    }

    /**
     * The wide query: at least every node {@link NameQuery} matches by name (or a protected person by witness code),
     * or null when the text has no letter or digit to look up (a search for "-" matches names by their punctuation,
     * which no index holds; the caller then reads every name).
     */
    static String lucene(String text) {
        return lucene(Romanisation.fold(text), Romanisation.skeleton(text));
    }

    /** As {@link #lucene(String)}, for a text already folded and reduced to its skeleton. */
    static String lucene(String literal, String skeleton) {
        if (!LETTER_OR_DIGIT.matcher(literal).find()) {
            return null;
        }
        String query = WORDS + ":(" + asTyped(literal) + ")";
        return skeleton.isEmpty() ? query : query + " " + SKELETONS + ":(" + asVariant(skeleton) + ")";
    }

    /**
     * A match as typed: the folded text is a substring of the folded name, and names and text are cut into pieces
     * alike. So every inner piece of the text is a whole piece of the name, its last piece starts one, and its first
     * ends one (left out: a leading wildcard is dear). A text of one piece is looked for anywhere inside a piece;
     * one longer than a term can be is inside a piece whose term was cut short, which is all that is asked then.
     */
    private static String asTyped(String literal) {
        List<String> pieces = SearchKeys.pieces(literal);
        if (pieces.size() == 1) {
            String piece = pieces.get(0);
            return piece.codePointCount(0, piece.length()) > SearchKeys.MAX_TERM
                    ? "/.{" + SearchKeys.MAX_TERM + "}/"
                    : "/.*" + escape(piece) + ".*/";
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 1; i < pieces.size() - 1 && conditions.size() < MAX_PIECES; i++) {
            conditions.add("+" + escape(SearchKeys.term(pieces.get(i))));
        }
        conditions.add("+" + escape(SearchKeys.term(pieces.get(pieces.size() - 1))) + "*");
        return String.join(" ", conditions);
    }

    /**
     * A match as a variant: the text's skeleton runs from the start of one word of the name to the end of one, so
     * some word's skeleton is a start of it and some word's skeleton an end of it. Both are a handful of whole terms.
     * Past {@link SearchKeys#MAX_TERM} characters a word's term is cut short, so the ends are then not asked for.
     */
    private static String asVariant(String skeleton) {
        int length = skeleton.codePointCount(0, skeleton.length());
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int i = 1; i <= Math.min(length, SearchKeys.MAX_TERM); i++) {
            starts.add(escape(SearchKeys.term(skeleton.substring(0, skeleton.offsetByCodePoints(0, i)))));
            if (length <= SearchKeys.MAX_TERM) {
                ends.add(escape(SearchKeys.term(skeleton.substring(skeleton.offsetByCodePoints(0, length - i)))));
            }
        }
        String query = "+(" + String.join(" ", starts) + ")";
        return ends.isEmpty() ? query : query + " +(" + String.join(" ", ends) + ")";
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
