package org.songbungraph.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songbungraph.corroboration.GradeRule.Level;

class GradeRuleTest {

    private final SourceNetwork network = new SourceNetwork()
            .source("S-UN", "B", false)
            .source("S-NGO", "B", false)
            .source("S-DEFECTOR", "C", false)
            .source("S-FEATURE", "F", false)
            .source("S-BLOG", "E", false)
            .source("S-WIKI", "D", false)
            .source("S-SYN", "F", true)
            .cites("S-FEATURE", "S-DEFECTOR");

    private Level level(int credibility, String... sources) {
        return GradeRule.judge(credibility, network.corroborate(List.of(sources)), true)
                .level();
    }

    @Test
    void confirmedNeedsTwoIndependentOrigins() {
        assertThat(level(1, "S-UN", "S-NGO")).isEqualTo(Level.OK);
        assertThat(level(1, "S-UN")).isEqualTo(Level.ERROR);
        assertThat(level(1, "S-FEATURE", "S-DEFECTOR"))
                .as("the feature only relays the defector")
                .isEqualTo(Level.ERROR);
        assertThat(level(1, "S-UN", "S-FEATURE"))
                .as("only one of them graded A-C")
                .isEqualTo(Level.WARNING);
    }

    @Test
    void probablyTrueCannotRestOnOneOriginThatCannotBeJudged() {
        assertThat(level(2, "S-UN")).isEqualTo(Level.OK);
        assertThat(level(2, "S-FEATURE")).isEqualTo(Level.ERROR);
        assertThat(level(2, "S-WIKI")).isEqualTo(Level.ERROR);
        assertThat(level(2, "S-DEFECTOR")).isEqualTo(Level.WARNING);
        assertThat(level(2, "S-FEATURE", "S-DEFECTOR"))
                .as("graded by the best in the chain")
                .isEqualTo(Level.WARNING);
        assertThat(level(2, "S-WIKI", "S-BLOG")).isEqualTo(Level.WARNING);
        assertThat(level(2, "S-WIKI", "S-UN")).isEqualTo(Level.OK);
    }

    @Test
    void possiblyTrueOnAnUnjudgeableOriginNeedsAReason() {
        assertThat(level(3, "S-FEATURE")).isEqualTo(Level.WARNING);
        assertThat(level(3, "S-BLOG")).isEqualTo(Level.WARNING);
        assertThat(level(3, "S-WIKI")).isEqualTo(Level.OK);
    }

    @Test
    void doubtfulImprobableAndCannotBeJudgedAreAlwaysAllowed() {
        for (int grade = 4; grade <= 6; grade++) {
            assertThat(level(grade, "S-FEATURE")).isEqualTo(Level.OK);
            assertThat(level(grade, "S-UN", "S-NGO")).isEqualTo(Level.OK);
        }
    }

    @Test
    void syntheticEvidenceMustSayItCannotBeJudgedEvenOnARowThatOnlyPointsAtASource() {
        assertThat(level(2, "S-SYN")).isEqualTo(Level.ERROR);
        assertThat(level(6, "S-SYN")).isEqualTo(Level.OK);
        assertThat(GradeRule.judge(1, network.corroborate(List.of("S-SYN")), false)
                        .level())
                .isEqualTo(Level.ERROR);
        assertThat(GradeRule.judge(1, network.corroborate(List.of("S-FEATURE")), false)
                        .level())
                .as("a CITES or ABOUT row only records what it points at")
                .isEqualTo(Level.OK);
    }

    @Test
    void aSyntheticSourceBesideARealOneLeavesTheRealOneToBeJudgedAlone() {
        assertThat(level(2, "S-FEATURE", "S-SYN")).isEqualTo(Level.ERROR);
        assertThat(level(2, "S-UN", "S-SYN")).isEqualTo(Level.OK);
    }
}
