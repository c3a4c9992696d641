package org.songbungraph.source;

import java.util.Locale;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

/**
 * The --min-reliability and --min-credibility options: keep sources graded at least this reliable (A best,
 * F cannot be judged) and statements graded at least this credible (1 best, 6 cannot be judged).
 */
record GradeFilter(char worstReliability, int worstCredibility) {

    static final String ALL_RELIABILITY = "F";
    static final String ALL_CREDIBILITY = "6";

    static GradeFilter parse(String reliability, String credibility) {
        return new GradeFilter(reliability(reliability), credibility(credibility));
    }

    static GradeFilter credibilityOnly(String credibility) {
        return new GradeFilter('F', credibility(credibility));
    }

    /** A source missing from the graph, or without a grade, cannot be judged: it counts as F. */
    boolean keepsSource(String reliability) {
        char grade = reliability == null || reliability.length() != 1 ? 'F' : reliability.charAt(0);
        return grade <= worstReliability;
    }

    /** Only graded statements are filtered: a node's own record has no credibility grade and is kept. */
    boolean keepsStatement(Number credibility) {
        return credibility == null || credibility.intValue() <= worstCredibility;
    }

    private static char reliability(String text) {
        String grade = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (grade.length() != 1 || grade.charAt(0) < 'A' || grade.charAt(0) > 'F') {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--min-reliability must be one of A, B, C, D, E, F "
                            + "(A completely reliable ... F cannot be judged), not '" + printable(text) + "'.");
        }
        return grade.charAt(0);
    }

    private static int credibility(String text) {
        String grade = text == null ? "" : text.strip();
        if (!grade.matches("[1-6]")) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "--min-credibility must be one of 1, 2, 3, 4, 5, 6 " + "(1 confirmed ... 6 cannot be judged), not '"
                            + printable(text) + "'.");
        }
        return Integer.parseInt(grade);
    }

    private static String printable(String text) {
        String shown = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return shown.length() <= 20 ? shown : shown.substring(0, 17) + "...";
    }
}
