package org.songbungraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check holds every graded row of the shipped data to the grade rule (docs/model.md), and says where one breaks it. */
class GradeRuleCheckTest extends ShippedCopyCheck {

    private static List<String> texts(List<ImportCheck.Problem> problems) {
        return problems.stream().map(Object::toString).toList();
    }

    @Test
    void everyShippedClaimPolicyAndRelationshipPassesTheGradeRuleWithoutAWarning() {
        ImportCheck.Report report = check();

        assertThat(texts(report.problems())).isEmpty();
        assertThat(texts(report.warnings())).isEmpty();
    }

    @Test
    void aClaimGradedConfirmedOnItsOneSourceIsAnErrorAtItsCredibilityCell() throws IOException {
        int line = copy.set("claims.csv", "C-COLLINS-INTERVIEWS", "credibility", "1");

        assertThat(texts(check().problems()))
                .containsExactly("import/claims.csv:" + line + ":4: credibility: 1 (confirmed) needs two independent "
                        + "origins; it has 1 (origins: S-COLLINS-2012 (B))");
    }

    @Test
    void aReprintCitedBesideItsOriginalDoesNotMakeAClaimConfirmed() throws IOException {
        copy.set("claims.csv", "C-DNK-01", "credibility", "1");
        int line = copy.set("claims.csv", "C-DNK-01", "sources", "S-DNK-KAECHON|S-DTN-REPUBLICATION");

        assertThat(texts(check().problems()))
                .contains("import/claims.csv:" + line + ":4: credibility: 1 (confirmed) needs two independent "
                        + "origins; it has 1 (origins: S-DNK-KAECHON <- S-DTN-REPUBLICATION (B))");
    }

    @Test
    void aSyntheticRelationshipGradedAboveCannotBeJudgedIsAnError() throws IOException {
        int line = copy.set("child_of.csv", "R-CHD-0001", "credibility", "2");

        assertThat(texts(check().problems()))
                .singleElement()
                .asString()
                .startsWith("import/child_of.csv:" + line + ":")
                .contains("credibility: 2 on synthetic sources alone, which cannot be judged, so it must be 6");
    }

    @Test
    void aGradeThatNeedsAReasonIsAWarningUntilAGradeNoteGivesOne() throws IOException {
        // The BBC defector (C), quoted by the feature article: one origin graded C.
        int line = copy.set("claims.csv", "C-BBC-01", "credibility", "2");
        copy.set("claims.csv", "C-BBC-01", "gradeNote", "");

        ImportCheck.Report report = check();
        assertThat(report.ok()).as("a warning does not fail the check").isTrue();
        assertThat(texts(report.warnings()))
                .containsExactly("import/claims.csv:" + line + ":4: credibility: 2 (probably true) on 1 independent "
                        + "origin graded C needs a reason; give it in gradeNote (origins: S-BBC-2017-DEFECTOR "
                        + "<- S-FEAT-JOBS (witness P-W0003, C))");

        copy.set("claims.csv", "C-BBC-01", "gradeNote", "Matches the COI's account of assignment by the state.");
        assertThat(check().warnings()).isEmpty();
    }

    @Test
    void aCitationRowOnlyRecordsWhatItPointsAtSoOnlyTheSyntheticPartHolds() throws IOException {
        copy.set("cites.csv", "R-CIT-0001", "credibility", "1");

        assertThat(texts(check().problems())).isEmpty();
    }

    @Test
    void aTestimonyMustSayHowItsTellerKnowsFromTheControlledVocabulary() throws IOException {
        int line = copy.set("sources.csv", "S-BBC-2017-DEFECTOR", "knowledge", "");
        int column = copy.read("sources.csv").get(0).indexOf("knowledge") + 1;

        assertThat(texts(check().problems()))
                .containsExactly("import/sources.csv:" + line + ":" + column
                        + ": knowledge: is empty, but every row with kind TESTIMONY needs it");

        copy.set("sources.csv", "S-BBC-2017-DEFECTOR", "knowledge", "SEEN");
        assertThat(texts(check().problems()))
                .containsExactly("import/sources.csv:" + line + ":" + column
                        + ": knowledge: 'SEEN' is not one of DIRECT, DOCUMENT, HEARSAY, OFFICIAL, RUMOUR, UNSTATED");
    }
}
