package org.songbungraph.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates of known precision, YYYY, YYYY-MM or YYYY-MM-DD, read as the span of days they may stand for. */
final class PartialDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The first and last day a partial date may stand for: 1966-05 is 1966-05-01 to 1966-05-31. */
    record Span(LocalDate first, LocalDate last) {}

    private PartialDates() {}

    /** The span of a partial date, or null when the text is not one (or names no real day). */
    static Span parse(String text) {
        Matcher m = text == null ? null : DATE.matcher(text);
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1800 || year > 2100) {
            return null;
        }
        if (m.group(2) == null) {
            return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (m.group(3) == null) {
            return new Span(yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        int day = Integer.parseInt(m.group(3));
        if (!yearMonth.isValidDay(day)) {
            return null;
        }
        return new Span(yearMonth.atDay(day), yearMonth.atDay(day));
    }
}
