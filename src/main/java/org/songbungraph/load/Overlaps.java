package org.songbungraph.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one file read as spells of one holder at one target (a person at a unit, in a place), and the pairs
 * of spells at different targets that certainly overlap at the precision their dates are given. A spell of
 * 1966–1970 and one of 1970–1975 may just meet within 1970, so they do not; 1966–1970 and 1968 do.
 *
 * <p>Each spell is kept as days since the epoch: its core, the days it surely covers (from the last day its
 * start may be to the first day its end may be), and the spans that surely hold one of its days (its first day
 * lies in its start, its last in its end; a BETWEEN spell lies somewhere in its whole span). Two spells surely
 * share a day when their cores meet or one of them has such a span inside the other's core. A CIRCA, BEFORE or
 * AFTER spell has no day it surely covers. At a million rows the arrays take some 50 MB while the file is read.
 */
final class Overlaps {

    /**
     * The line of a spell that overlaps the spell on an earlier line, {@code other}, with each row's note ("" for
     * none), which may say why both held at once.
     */
    record Overlap(long line, long other, int holder, int target, int otherTarget, String note, String otherNote) {}

    private static final int NONE = Integer.MIN_VALUE;

    private int[] holder = new int[1 << 8];
    private int[] target = new int[1 << 8];
    // core start/end, then up to two spans that surely hold a day of the spell (NONE: absent)
    private int[][] days = new int[8][1 << 8];
    private long[] lines = new long[1 << 8];
    private String[] notes = new String[1 << 8];
    private int size;

    /**
     * Adds a spell; {@code start} and {@code end} are the spans of its ends (null: not given), {@code qualifier}
     * the row's dateQualifier and {@code note} its note ("" for none). Spells that surely cover no day and hold no sure span are dropped.
     */
    void add(
            int holderEntry,
            int targetEntry,
            PartialDates.Span start,
            PartialDates.Span end,
            String qualifier,
            String note,
            long line) {
        int coreFirst = NONE;
        int coreLast = NONE;
        int[] spans = {NONE, NONE, NONE, NONE};
        switch (qualifier) {
            case "" -> {
                if (start != null && end != null && !start.last().isAfter(end.first())) {
                    coreFirst = day(start.last());
                    coreLast = day(end.first());
                }
                if (start != null) {
                    spans[0] = day(start.first());
                    spans[1] = day(start.last());
                }
                if (end != null) {
                    spans[2] = day(end.first());
                    spans[3] = day(end.last());
                }
            }
            case "BETWEEN" -> {
                if (start != null && end != null) {
                    spans[0] = day(start.first());
                    spans[1] = day(end.last());
                }
            }
            default -> {
                return;
            }
        }
        if (coreFirst == NONE && spans[0] == NONE && spans[2] == NONE) {
            return;
        }
        if (size == holder.length) {
            holder = Arrays.copyOf(holder, size * 2);
            target = Arrays.copyOf(target, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            notes = Arrays.copyOf(notes, size * 2);
            for (int d = 0; d < days.length; d++) {
                days[d] = Arrays.copyOf(days[d], size * 2);
            }
        }
        holder[size] = holderEntry;
        target[size] = targetEntry;
        lines[size] = line;
        notes[size] = note.isBlank() ? null : note;
        int[] values = {coreFirst, coreLast, spans[0], spans[1], spans[2], spans[3]};
        for (int d = 0; d < values.length; d++) {
            days[d][size] = values[d];
        }
        // The reach: the days any of the spell's core or sure spans touch, which the sweep below orders by.
        days[6][size] = min(coreFirst, spans[0], spans[2]);
        days[7][size] = max(coreLast, spans[1], spans[3]);
        size++;
    }

    /**
     * Every overlapping pair once, at the later line, ordered by it. Spells are swept per holder in the order
     * their reach starts, so a pair is only compared while both reaches are open.
     */
    List<Overlap> find() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> holder[a] != holder[b]
                        ? Integer.compare(holder[a], holder[b])
                        : Integer.compare(days[6][a], days[6][b]));
        List<Overlap> found = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            int b = order[k];
            if (k > 0 && holder[order[k - 1]] != holder[b]) {
                open.clear();
            }
            open.removeIf(a -> days[7][a] < days[6][b]);
            for (int a : open) {
                if (target[a] != target[b] && surelyShareADay(a, b)) {
                    int later = lines[a] > lines[b] ? a : b;
                    int earlier = later == a ? b : a;
                    found.add(new Overlap(
                            lines[later],
                            lines[earlier],
                            holder[later],
                            target[later],
                            target[earlier],
                            noteOf(later),
                            noteOf(earlier)));
                }
            }
            open.add(b);
        }
        found.sort((x, y) -> Long.compare(x.line(), y.line()));
        return found;
    }

    private String noteOf(int spell) {
        return notes[spell] == null ? "" : notes[spell];
    }

    private boolean surelyShareADay(int a, int b) {
        boolean coresMeet = days[0][a] != NONE
                && days[0][b] != NONE
                && Math.max(days[0][a], days[0][b]) <= Math.min(days[1][a], days[1][b]);
        return coresMeet || spanInCore(a, b) || spanInCore(b, a);
    }

    /** Whether a span that surely holds a day of {@code spell} lies inside the core of {@code other}. */
    private boolean spanInCore(int spell, int other) {
        if (days[0][other] == NONE) {
            return false;
        }
        for (int s = 2; s <= 4; s += 2) {
            if (days[s][spell] != NONE && days[s][spell] >= days[0][other] && days[s + 1][spell] <= days[1][other]) {
                return true;
            }
        }
        return false;
    }

    private static int day(java.time.LocalDate date) {
        return (int) date.toEpochDay();
    }

    private static int min(int... values) {
        int min = Integer.MAX_VALUE;
        for (int v : values) {
            if (v != NONE) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    private static int max(int... values) {
        int max = Integer.MIN_VALUE + 1;
        for (int v : values) {
            if (v != NONE) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
