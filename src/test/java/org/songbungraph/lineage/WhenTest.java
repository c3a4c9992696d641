package org.songbungraph.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates read the way the data gives them: as precise as the source, and qualified where it is unsure. */
class WhenTest {

    @Test
    void showsTheMostPreciseFormOfEachEnd() {
        assertThat(new When(2023, 2024, "2023-09", null, null).text()).isEqualTo("2023-09–2024");
        assertThat(new When(1966, 1970, null, null, null).text()).isEqualTo("1966–1970");
        assertThat(new When(1958, 1958, "1958-05-30", "1958-05-30", null).text())
                .isEqualTo("1958-05-30");
    }

    @Test
    void marksAnOpenOrUnknownEnd() {
        assertThat(new When(1990, null, null, null, null).text()).isEqualTo("1990–");
        assertThat(new When(null, 1995, null, null, null).text()).isEqualTo("?–1995");
        assertThat(When.UNKNOWN.text()).isEmpty();
    }

    @Test
    void wordsEachQualifier() {
        assertThat(new When(1925, 1950, null, null, "CIRCA").text()).isEqualTo("c. 1925–1950");
        assertThat(new When(null, 1970, null, "1970-05", "BEFORE").text()).isEqualTo("before 1970-05");
        assertThat(new When(1966, null, "1966-03", null, "AFTER").text()).isEqualTo("after 1966-03");
        assertThat(new When(1966, 1970, null, null, "BETWEEN").text()).isEqualTo("some time between 1966 and 1970");
    }

    @Test
    void wordsAClaimsReferenceDate() {
        assertThat(When.asOf("2019", null)).isEqualTo("as of 2019");
        assertThat(When.asOf("2019", "CIRCA")).isEqualTo("as of c. 2019");
        assertThat(When.asOf("2019-06", "BEFORE")).isEqualTo("before 2019-06");
        assertThat(When.asOf(null, "CIRCA")).isEmpty();
    }
}
