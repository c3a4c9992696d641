package org.songbungraph.corroboration;

/**
 * Which credibility a fact may carry, given its independent origins (docs/model.md, Grade rule). An error is a
 * grade its origins cannot bear; a warning is a grade they bear only with a reason, given in a gradeNote.
 */
public final class GradeRule {

    /** How a grade stands against its origins. */
    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    /** The outcome, with the reason in words for check's listing (empty when OK). */
    public record Verdict(Level level, String reason) {
        static final Verdict OK = new Verdict(Level.OK, "");

        static Verdict warning(String reason) {
            return new Verdict(Level.WARNING, reason);
        }

        static Verdict error(String reason) {
            return new Verdict(Level.ERROR, reason);
        }
    }

    private GradeRule() {}

    /**
     * @param evidence false for rows that only record what a claim or document points at (CITES, ABOUT): for them
     *     only the synthetic part of the rule holds
     */
    public static Verdict judge(int credibility, Corroboration corroboration, boolean evidence) {
        if (corroboration.syntheticOnly()) {
            return credibility == 6
                    ? Verdict.OK
                    : Verdict.error(
                            credibility + " on synthetic sources alone, which cannot be judged, so it must be 6");
        }
        if (!evidence) {
            return Verdict.OK;
        }
        int n = corroboration.independent();
        long judged = corroboration.gradedAtLeast('C');
        char best = corroboration.best();
        String origins = n + (n == 1 ? " independent origin" : " independent origins");
        return switch (credibility) {
            case 1 ->
                n < 2
                        ? Verdict.error("1 (confirmed) needs two independent origins; it has " + n)
                        : judged < 2
                                ? Verdict.warning("1 (confirmed) with fewer than two of its " + origins
                                        + " graded A-C needs a reason")
                                : Verdict.OK;
            case 2 ->
                n == 1 && best >= 'D'
                        ? Verdict.error("2 (probably true) cannot rest on one origin graded " + best)
                        : (n == 1 && best == 'C') || (n >= 2 && judged == 0)
                                ? Verdict.warning("2 (probably true) on " + origins + " graded "
                                        + (n == 1 ? "C" : "D-F") + " needs a reason")
                                : Verdict.OK;
            case 3 ->
                best >= 'E'
                        ? Verdict.warning(
                                "3 (possibly true) on " + origins + " graded at best " + best + " needs a reason")
                        : Verdict.OK;
            default -> Verdict.OK;
        };
    }
}
