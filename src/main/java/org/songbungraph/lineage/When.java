package org.songbungraph.lineage;

/**
 * When a fact held, as the data gives it: the year columns every year-based query reads, the same ends more
 * precisely where a source gives them ({@code YYYY-MM}, {@code YYYY-MM-DD}), and how to read them (CIRCA, BEFORE,
 * AFTER, BETWEEN; null for "from the start to the end"). Worded the way an analyst would write it: "1966–1970",
 * "c. 1966", "before 1970-05", "some time between 1966 and 1970".
 */
record When(Integer from, Integer to, String fromDate, String toDate, String qualifier) {

    static final When UNKNOWN = new When(null, null, null, null, null);

    /** Years only, as marriages and CHILD_OF links keep them. */
    static When years(Integer from, Integer to) {
        return new When(from, to, null, null, null);
    }

    /** The most precise form of the start: its date, else its year; null when not given. */
    String start() {
        return fromDate != null ? fromDate : from == null ? null : String.valueOf(from);
    }

    /** The most precise form of the end: its date, else its year; null when not given. */
    String end() {
        return toDate != null ? toDate : to == null ? null : String.valueOf(to);
    }

    /** The words, "" when nothing is known. */
    String text() {
        String start = start();
        String end = end();
        if (start == null && end == null) {
            return "";
        }
        String span = start != null && start.equals(end)
                ? start
                : (start == null ? "?" : start) + "–" + (end == null ? "" : end);
        if (qualifier == null) {
            return span;
        }
        return switch (qualifier) {
            case "CIRCA" -> "c. " + span;
            case "BEFORE" -> "before " + (end != null ? end : start);
            case "AFTER" -> "after " + (start != null ? start : end);
            case "BETWEEN" -> start != null && end != null ? "some time between " + start + " and " + end : span;
            // A value check never allowed is shown as given rather than dropped.
            default -> span + " (" + qualifier.toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    /** A claim's reference date and its qualifier (CIRCA, BEFORE, AFTER): "as of c. 2019"; "" for none. */
    static String asOf(String asOf, String qualifier) {
        if (asOf == null) {
            return "";
        }
        String date = new When(null, null, asOf, asOf, qualifier).text();
        return qualifier == null || qualifier.equals("CIRCA") ? "as of " + date : date;
    }
}
