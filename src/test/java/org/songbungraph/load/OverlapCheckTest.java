package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person is at one work unit, one place, one school at a time: spells at two targets that certainly overlap, at
 * the precision their dates are given, are a warning unless a note says why.
 */
class OverlapCheckTest extends ShippedCopyCheck {

    private List<String> warnings() {
        ImportCheck.Report report = check();
        assertThat(report.problems()).as("an overlap is never an error").isEmpty();
        return report.warnings().stream().map(Object::toString).toList();
    }

    /** P-SYN-PAK-03's mine spell (R-ASG-0002) gets these dates. */
    private void mine(String from, String fromDate, String to, String toDate) throws IOException {
        copy.set("assigned_to.csv", "R-ASG-0002", "from", from);
        copy.set("assigned_to.csv", "R-ASG-0002", "fromDate", fromDate);
        copy.set("assigned_to.csv", "R-ASG-0002", "to", to);
        copy.set("assigned_to.csv", "R-ASG-0002", "toDate", toDate);
    }

    /** A second assignment of P-SYN-PAK-03, at {@code unit}; returns its line. */
    private int alsoAssigned(String unit, String from, String fromDate, String to, String toDate, String qualifier)
            throws IOException {
        List<List<String>> rows = copy.read("assigned_to.csv");
        if (rows.stream().noneMatch(r -> r.get(0).equals("R-ASG-9001"))) {
            List<String> header = rows.get(0);
            List<String> row = new ArrayList<>(rows.get(ImportCopy.indexOf(rows, "R-ASG-0002")));
            row.set(header.indexOf("id"), "R-ASG-9001");
            row.set(header.indexOf("note"), "");
            rows.add(row);
            copy.write("assigned_to.csv", rows);
        }
        copy.set("assigned_to.csv", "R-ASG-9001", "endId", unit);
        copy.set("assigned_to.csv", "R-ASG-9001", "from", from);
        copy.set("assigned_to.csv", "R-ASG-9001", "fromDate", fromDate);
        copy.set("assigned_to.csv", "R-ASG-9001", "to", to);
        copy.set("assigned_to.csv", "R-ASG-9001", "toDate", toDate);
        return copy.set("assigned_to.csv", "R-ASG-9001", "dateQualifier", qualifier);
    }

    private String overlap(int line, String unit, String other) throws IOException {
        List<String> header = copy.read("assigned_to.csv").get(0);
        int mine = ImportCopy.indexOf(copy.read("assigned_to.csv"), "R-ASG-0002") + 1;
        return "import/assigned_to.csv:" + line + ":" + (header.indexOf("fromDate") + 1) + ": startId P-SYN-PAK-03: at "
                + unit + " while also at " + other + " (line " + mine + "), at the precision the dates give; correct"
                + " a date, or say in note why both held at once, naming " + other;
    }

    @Test
    void shippedDataHasNoOverlappingSpells() {
        assertThat(warnings()).noneMatch(w -> w.contains("while also at"));
    }

    @Test
    void aSecondPostingInsideAnotherIsAWarningAtItsLine() throws IOException {
        mine("1966", "", "2008", "");
        int line = alsoAssigned("U-SYN-RAIL", "1990", "", "1995", "", "");

        assertThat(warnings()).contains(overlap(line, "U-SYN-RAIL", "U-SYN-MINE-7"));
    }

    @Test
    void spellsThatMeetWithinTheYearTheyShareAreNotAnOverlap() throws IOException {
        mine("1966", "", "1990", "");
        alsoAssigned("U-SYN-RAIL", "1990", "", "1995", "", "");

        assertThat(warnings())
                .as("1966-1990 then 1990-1995: the move may have come any day of 1990")
                .noneMatch(w -> w.contains("while also at"));
    }

    @Test
    void monthsAreComparedAtTheirPrecision() throws IOException {
        mine("1966", "", "1990", "1990-05");
        int line = alsoAssigned("U-SYN-RAIL", "1990", "1990-03", "1995", "", "");

        assertThat(warnings())
                .as("at the rail works from March 1990, still at the mine in May")
                .contains(overlap(line, "U-SYN-RAIL", "U-SYN-MINE-7"));

        alsoAssigned("U-SYN-RAIL", "1990", "1990-05", "1995", "", "");
        assertThat(warnings())
                .as("both in May 1990: the move may have come within the month")
                .noneMatch(w -> w.contains("while also at"));
    }

    @Test
    void aSpellSomeTimeBetweenTwoDatesOverlapsOnlyWhenItsWholeSpanDoes() throws IOException {
        mine("1966", "", "2008", "");
        int line = alsoAssigned("U-SYN-RAIL", "1990", "", "1992", "", "BETWEEN");
        assertThat(warnings()).contains(overlap(line, "U-SYN-RAIL", "U-SYN-MINE-7"));

        alsoAssigned("U-SYN-RAIL", "2000", "", "2010", "", "BETWEEN");
        assertThat(warnings())
                .as("some time in 2000-2010 may be after 2008")
                .noneMatch(w -> w.contains("while also at"));
    }

    @Test
    void circaDatesAndTheSameUnitTwiceAreNotOverlaps() throws IOException {
        mine("1966", "", "2008", "");
        alsoAssigned("U-SYN-RAIL", "1990", "", "1995", "", "CIRCA");
        assertThat(warnings()).as("about 1990 to about 1995").noneMatch(w -> w.contains("while also at"));

        alsoAssigned("U-SYN-MINE-7", "1990", "", "1995", "", "");
        assertThat(warnings())
                .as("a second record of the same posting corroborates it")
                .noneMatch(w -> w.contains("while also at"));
    }

    @Test
    void aNoteNamingTheOtherPostingSilencesTheWarning() throws IOException {
        mine("1966", "", "2008", "");
        alsoAssigned("U-SYN-RAIL", "1990", "", "1995", "", "");
        copy.set("assigned_to.csv", "R-ASG-9001", "note", "Seconded to the railway works.");
        assertThat(warnings())
                .as("a note on another matter does not explain the pair")
                .anyMatch(w -> w.contains("while also at"));

        copy.set("assigned_to.csv", "R-ASG-9001", "note", "Seconded while still on the roll of U-SYN-MINE-7.");
        assertThat(warnings()).noneMatch(w -> w.contains("while also at"));
    }

    @Test
    void residenceIsCheckedTheSameWay() throws IOException {
        copy.set("lives_in.csv", "R-LIV-0003", "to", "2008");
        List<List<String>> rows = copy.read("lives_in.csv");
        List<String> row = new ArrayList<>(rows.get(ImportCopy.indexOf(rows, "R-LIV-0003")));
        List<String> header = rows.get(0);
        row.set(header.indexOf("id"), "R-LIV-9001");
        row.set(header.indexOf("endId"), "PL-KAECHON");
        row.set(header.indexOf("from"), "1980");
        row.set(header.indexOf("to"), "1985");
        rows.add(row);
        copy.write("lives_in.csv", rows);

        assertThat(warnings())
                .anyMatch(w -> w.startsWith("import/lives_in.csv:" + rows.size() + ":")
                        && w.contains("P-SYN-PAK-03: at PL-KAECHON while also at PL-KAECHON-MINING-DISTRICT"));
    }
}
