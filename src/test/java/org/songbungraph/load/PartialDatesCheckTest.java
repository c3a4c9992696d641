package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) on relationships, events and claims, checked at their precision. */
class PartialDatesCheckTest extends ShippedCopyCheck {

    private List<String> problems() {
        return check().problems().stream().map(Object::toString).toList();
    }

    /** Gives an assignment these years and dates; returns its line. */
    private int assignment(String from, String fromDate, String to, String toDate, String qualifier)
            throws IOException {
        copy.set("assigned_to.csv", "R-ASG-0002", "from", from);
        copy.set("assigned_to.csv", "R-ASG-0002", "fromDate", fromDate);
        copy.set("assigned_to.csv", "R-ASG-0002", "to", to);
        copy.set("assigned_to.csv", "R-ASG-0002", "toDate", toDate);
        return copy.set("assigned_to.csv", "R-ASG-0002", "dateQualifier", qualifier);
    }

    private int column(String file, String name) throws IOException {
        return copy.read(file).get(0).indexOf(name) + 1;
    }

    @Test
    void datesOfEveryPrecisionWithinTheirYearsAreAccepted() throws IOException {
        assignment("1966", "1966-05", "1966", "", "");
        assertThat(problems())
                .as("an end known only to the year may still be after May")
                .isEmpty();

        assignment("1966", "1966-05-10", "1966", "1966-05", "CIRCA");
        assertThat(problems()).as("the same month, at two precisions").isEmpty();
    }

    @Test
    void anEndOverBeforeTheStartBeginsIsAnImpossibleInterval() throws IOException {
        int line = assignment("1966", "1966-05", "1966", "1966-03", "");

        assertThat(problems())
                .containsExactly("import/assigned_to.csv:" + line + ":" + column("assigned_to.csv", "toDate")
                        + ": toDate: 1966-03 is over before fromDate 1966-05 begins");
    }

    @Test
    void aDateOutsideItsYearColumnIsRefused() throws IOException {
        int line = assignment("1966", "1967-02", "2008", "", "");

        assertThat(problems())
                .containsExactly("import/assigned_to.csv:" + line + ":" + column("assigned_to.csv", "from")
                        + ": from: 1966 is not the year of fromDate 1967-02");
    }

    @Test
    void aDateThatNamesNoRealDayIsRefused() throws IOException {
        int line = assignment("1966", "1966-02-30", "2008", "", "");

        assertThat(problems())
                .containsExactly("import/assigned_to.csv:" + line + ":" + column("assigned_to.csv", "fromDate")
                        + ": fromDate: '1966-02-30' is not a date as YYYY, YYYY-MM or YYYY-MM-DD (1800-2100)");
    }

    @Test
    void aQualifierMustHaveTheEndsItSpeaksOf() throws IOException {
        int line = assignment("1966", "", "2008", "", "BEFORE");

        assertThat(problems())
                .containsExactly("import/assigned_to.csv:" + line + ":" + column("assigned_to.csv", "dateQualifier")
                        + ": dateQualifier: BEFORE needs an end and no start");

        assignment("", "", "2008", "", "BEFORE");
        assertThat(problems()).isEmpty();
    }

    @Test
    void eventsTakePartialDatesBesideTheirYears() throws IOException {
        copy.set("events.csv", "EV-KAECHON-WELCOME", "fromYear", "1966");
        copy.set("events.csv", "EV-KAECHON-WELCOME", "fromDate", "1966-07");
        copy.set("events.csv", "EV-KAECHON-WELCOME", "toYear", "1966");
        int line = copy.set("events.csv", "EV-KAECHON-WELCOME", "toDate", "1966-06-30");

        assertThat(problems())
                .containsExactly("import/events.csv:" + line + ":" + column("events.csv", "toDate")
                        + ": toDate: 1966-06-30 is over before fromDate 1966-07 begins");
    }

    @Test
    void aClaimsAsOfIsAPartialDate() throws IOException {
        int line = copy.set("claims.csv", "C-COLLINS-INTERVIEWS", "asOf", "2012-13");

        assertThat(problems())
                .containsExactly("import/claims.csv:" + line + ":" + column("claims.csv", "asOf")
                        + ": asOf: '2012-13' is not a date as YYYY, YYYY-MM or YYYY-MM-DD (1800-2100)");
    }
}
