package org.songbungraph.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The assignments to one mine that began in one year (the intake), and how each stands now.
 *
 * <p>Retention rate = (still there + completed) ÷ assignments whose status is known, in per cent. ACTIVE counts as
 * still there and COMPLETED (served out the term or retired) as retained too; leaving without permission,
 * transfer and discharge do not. An assignment with no recorded status says nothing either way, so it is left out
 * of the rate rather than counted as a leaver; the rate is absent when no status in the cohort is known.
 */
record Cohort(Integer intake, int assigned, List<String> statuses, List<Evidence> evidence) {

    /** The statuses of the model (docs/model.md, ASSIGNED_TO.status), in the order the table shows them. */
    static final List<String> STATUSES =
            List.of("ACTIVE", "COMPLETED", "LEFT_WITHOUT_PERMISSION", "TRANSFERRED", "DISCHARGED");

    /** The sources and credibility of one assignment counted in the cohort. */
    record Evidence(List<String> sources, Integer credibility) {}

    int count(String status) {
        return Collections.frequency(statuses, status);
    }

    /** Assignments without a status, or with one the model does not define. */
    int statusUnknown() {
        return assigned - STATUSES.stream().mapToInt(this::count).sum();
    }

    /** Per cent with one decimal, or null when no assignment in the cohort has a known status. */
    Double retentionPercent() {
        int known = assigned - statusUnknown();
        if (known == 0) {
            return null;
        }
        double rate = 100.0 * (count("ACTIVE") + count("COMPLETED")) / known;
        return Math.round(rate * 10) / 10.0;
    }

    /** All cohorts together, with no intake year. */
    static Cohort total(List<Cohort> cohorts) {
        List<String> statuses = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        int assigned = 0;
        for (Cohort c : cohorts) {
            statuses.addAll(c.statuses());
            evidence.addAll(c.evidence());
            assigned += c.assigned();
        }
        return new Cohort(null, assigned, statuses, evidence);
    }
}
