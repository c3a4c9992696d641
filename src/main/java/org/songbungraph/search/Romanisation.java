package org.songbungraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where romanised Korean spellings are made comparable: McCune-Reischauer (Kaech'ŏn), Revised
 * Romanisation (Gaecheon) and popular spellings (Kaechon, Rhee, Park) of one name reduce to the same skeleton.
 * docs/romanisation.md documents every rule here with examples and its known false positives; change both together.
 */
final class Romanisation {

    /**
     * Surname spellings that the letter rules below do not bring to the same skeleton as the McCune-Reischauer form
     * used in the shipped data (Rhee, Lee, Li, Jeong, Gim, Seo need no entry: the rules already do it). Keys are
     * words in lower case without diacritics or apostrophes; applied to every word, before the letter rules.
     */
    static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("yi", "ri"),
            Map.entry("i", "ri"),
            Map.entry("rhie", "ri"),
            Map.entry("park", "pak"),
            Map.entry("bahk", "pak"),
            Map.entry("chung", "chong"),
            Map.entry("jung", "chong"),
            Map.entry("choi", "choe"),
            Map.entry("chwe", "choe"),
            Map.entry("choy", "choe"),
            Map.entry("yu", "ryu"),
            Map.entry("yoo", "ryu"),
            Map.entry("im", "rim"),
            Map.entry("yim", "rim"),
            Map.entry("byun", "pyon"),
            Map.entry("pyun", "pyon"),
            Map.entry("suh", "so"),
            Map.entry("koh", "ko"),
            Map.entry("oh", "o"));

    /**
     * Letter rules, applied in this order to each word after the surname table, each replacing every occurrence
     * from left to right. Vowel spellings first (RR writes ŏ as eo and ŭ as eu), then consonant pairs that the
     * systems write differently for the same sound (MR k/t/p/ch, RR g/d/b/j; r/l), then doubled letters.
     */
    static final List<Map.Entry<String, String>> LETTER_RULES = List.of(
            Map.entry("eo", "o"),
            Map.entry("eu", "u"),
            Map.entry("oo", "u"),
            Map.entry("ee", "i"),
            Map.entry("tch", "j"),
            Map.entry("ch", "j"),
            Map.entry("sh", "s"),
            Map.entry("rh", "r"),
            Map.entry("g", "k"),
            Map.entry("d", "t"),
            Map.entry("b", "p"),
            Map.entry("r", "l"));

    // A word is a run of letters, marks, digits and apostrophes (MR writes aspiration and syllable breaks with an
    // apostrophe inside a word: Kaech'ŏn, Han'guk). Hyphens, spaces and other punctuation separate words.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’‘ʼ`´]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ`´]");
    private static final Pattern DOUBLED_LATIN = Pattern.compile("([a-z])\\1+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    /** One word of a name: where it stands in the original text, and its skeleton. */
    record Word(int start, int end, String skeleton) {}

    private Romanisation() {}

    /**
     * Text compared as typed, up to case and accents: compatibility forms (full-width letters) folded, diacritics,
     * control and format characters (NUL, right-to-left marks) dropped, lower case, runs of spaces and commas as
     * one space. Commas count as spaces because the shell joins the words of an unquoted multi-word argument with
     * commas. Hangul is kept whole.
     */
    static String fold(String text) {
        return isAscii(text) ? foldAscii(text) : foldUnicode(text);
    }

    /** {@link #fold} by the rules themselves; for ASCII text {@link #foldAscii} gives the same, several times faster. */
    static String foldUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        plain = INVISIBLE.matcher(plain).replaceAll("");
        return SEPARATORS
                .matcher(plain.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /**
     * {@link #fold} of ASCII text, which has no compatibility forms or diacritics: control characters dropped, letters
     * lower-cased, runs of spaces and commas made one space, no space at either end. search folds every candidate's
     * names, so this is most of its own work.
     */
    static String foldAscii(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 127) {
                continue;
            }
            if (c == ' ' || c == ',') {
                pendingSpace = folded.length() > 0;
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text with their skeletons; words that reduce to nothing (a lone apostrophe) are left out. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String skeleton = word(m.group());
            if (!skeleton.isEmpty()) {
                words.add(new Word(m.start(), m.end(), skeleton));
            }
        }
        return words;
    }

    /** The skeleton of a whole text: its words' skeletons joined, so "Ji-Hoon", "Ji Hoon" and "Jihoon" agree. */
    static String skeleton(String text) {
        StringBuilder joined = new StringBuilder();
        words(text).forEach(w -> joined.append(w.skeleton()));
        return joined.toString();
    }

    /** The skeleton of one word: folded, apostrophes dropped, surname table, then the letter rules. */
    static String word(String word) {
        String w = APOSTROPHES.matcher(fold(word)).replaceAll("");
        w = SURNAMES.getOrDefault(w, w);
        for (Map.Entry<String, String> rule : LETTER_RULES) {
            w = w.replace(rule.getKey(), rule.getValue());
        }
        return DOUBLED_LATIN.matcher(w).replaceAll("$1");
    }
}
