package org.songbungraph.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songbungraph.corroboration.Corroboration;
import org.songbungraph.corroboration.GradeRule;
import org.songbungraph.corroboration.SourceNetwork;
import org.songbungraph.load.ImportCheck.Problem;

/**
 * The grade rule across files, for check. Graded rows are read before the citations that tell which of their
 * sources relay which, so each row waits here; rows with the same sources, grade and reason share one verdict
 * and keep only their places, so a million rows cost a few distinct keys.
 */
final class GradeLedger {

    // Places listed per distinct (sources, grade) before the rest are summed up in one line.
    static final int PLACES_PER_KEY = 1000;

    private record Key(String sources, int credibility, boolean noted, boolean evidence) {}

    /** A row's place: the file as the schema names it, and the cell as check lists it. */
    private record Place(String file, Problem cell) {}

    private static final class Places {
        final List<Place> listed = new ArrayList<>();
        // Per file, the rows past the listed ones, and the last place listed, which the count is shown under.
        final Map<String, Long> more = new LinkedHashMap<>();
        final Map<String, Place> last = new HashMap<>();
    }

    private final SourceNetwork network = new SourceNetwork();
    private final Map<Key, Places> rows = new HashMap<>();

    void source(String id, String reliability, boolean synthetic) {
        network.source(id, reliability, synthetic);
    }

    void cites(String from, String to) {
        network.cites(from, to);
    }

    void gave(String person, String source) {
        network.gave(person, source);
    }

    /** A graded row, at {@code where} (the credibility cell) in {@code file}. */
    void row(String file, Problem where, int credibility, String sources, boolean noted, boolean evidence) {
        Places places = rows.computeIfAbsent(new Key(sources, credibility, noted, evidence), k -> new Places());
        if (places.listed.size() < PLACES_PER_KEY) {
            Place place = new Place(file, where);
            places.listed.add(place);
            places.last.put(file, place);
        } else {
            places.last.putIfAbsent(file, new Place(file, where));
            places.more.merge(file, 1L, Long::sum);
        }
    }

    /** Judges every row: errors go to {@code problems} and unexplained warnings to {@code warnings}, by file. */
    void judge(Map<String, List<Problem>> problems, Map<String, List<Problem>> warnings) {
        for (Map.Entry<Key, Places> entry : rows.entrySet()) {
            Key key = entry.getKey();
            Corroboration corroboration =
                    network.corroborate(Arrays.asList(key.sources().split("\\|", -1)));
            GradeRule.Verdict verdict = GradeRule.judge(key.credibility(), corroboration, key.evidence());
            if (verdict.level() == GradeRule.Level.OK || (verdict.level() == GradeRule.Level.WARNING && key.noted())) {
                continue;
            }
            boolean error = verdict.level() == GradeRule.Level.ERROR;
            String message = "credibility: " + verdict.reason()
                    + (error ? "" : "; give it in gradeNote") + " (origins: "
                    + (corroboration.origins().isEmpty() ? "none" : String.join("; ", corroboration.chains())) + ")";
            Map<String, List<Problem>> into = error ? problems : warnings;
            Places places = entry.getValue();
            for (Place place : places.listed) {
                Problem cell = place.cell();
                into.computeIfAbsent(place.file(), k -> new ArrayList<>())
                        .add(new Problem(cell.file(), cell.line(), cell.column(), message));
            }
            // Listed under the last row shown (sorting by line keeps it there), not once per row.
            places.more.forEach((file, count) -> {
                Problem under = places.last.get(file).cell();
                into.computeIfAbsent(file, k -> new ArrayList<>())
                        .add(new Problem(
                                under.file(),
                                under.line(),
                                0,
                                "... and " + count + " more rows with the same sources and credibility"));
            });
        }
    }
}
