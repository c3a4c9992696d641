package org.songbungraph.lineage;

import java.util.List;
import org.songbungraph.surveillance.Surveillance;

/**
 * Something that happened to a member in fact, beside what the class means in principle. Each keeps the record
 * it was read from whole, because JSON prints that record; the report adds the evidence the statement rests on.
 */
sealed interface Fact permits Fact.Life, Fact.Watched, Fact.Reported {

    Evidence evidence();

    /** A life-course edge: an assignment, schooling, military service, a denial, a residence, detention, trading. */
    record Life(Trace.LifeFact fact, Evidence evidence) implements Fact {

        static Life of(Trace.LifeFact fact) {
            return new Life(fact, new Evidence(fact.sources(), fact.credibility()));
        }
    }

    /** Someone or some unit watching the member, and each reporting chain from the watcher upwards. */
    record Watched(Surveillance.Watch watch, Evidence evidence, List<ReportingChain> chains) implements Fact {

        static Watched of(Surveillance.Watch watch) {
            return new Watched(
                    watch,
                    new Evidence(watch.sources(), watch.credibility()),
                    watch.lines().stream()
                            .map(line -> new ReportingChain(line.stream()
                                    .map(hop -> new ReportingStep(
                                            hop.unitId(),
                                            hop.unit(),
                                            hop.kind(),
                                            new Evidence(hop.sources(), hop.credibility())))
                                    .toList()))
                            .toList());
        }
    }

    /** The units a watcher's reports travel through, nearest first. */
    record ReportingChain(List<ReportingStep> steps) {}

    /** One unit reached on a reporting chain, on the evidence of the link that reaches it. */
    record ReportingStep(String unitId, String unit, String kind, Evidence evidence) {}

    /** A sourced claim about the member. */
    record Reported(Trace.Reported claim, Evidence evidence) implements Fact {

        static Reported of(Trace.Reported claim) {
            return new Reported(claim, new Evidence(claim.sources(), claim.credibility()));
        }
    }
}
