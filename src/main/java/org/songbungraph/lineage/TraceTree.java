package org.songbungraph.lineage;

import org.songbungraph.source.SourceRefs;

/** A report as text for people: a heading, then each section under its title, one statement a line. */
final class TraceTree {

    private static final String EVIDENCE_KEY =
            "Evidence: [source reliability(A-F) credibility(1-6)]; `sources --for ID` expands a source.";

    private TraceTree() {}

    static String render(TraceReport report, SourceRefs.Grades grades) {
        StringBuilder out = new StringBuilder();
        out.append(heading(report, grades)).append('\n');
        TraceText.Section section = null;
        for (TraceText.Statement s : TraceText.statements(report, grades)) {
            if (s.section() != section) {
                section = s.section();
                // A person's page leaves out sections 1 and 5, so its titles go unnumbered.
                out.append('\n')
                        .append(
                                report.page() == TraceReport.Page.TRACE
                                        ? section.title
                                        : section.title.replaceFirst("^\\d\\. ", ""))
                        .append('\n');
            }
            out.append("  ".repeat(s.nested() ? 2 : 1));
            // The lineage draws its own branches, so its label stays out of the tree.
            if (s.label().isEmpty() || section == TraceText.Section.LINEAGE) {
                out.append(s.text());
            } else {
                out.append(String.format("%-11s %s", s.label(), s.text()));
            }
            String refs = s.refs(grades);
            if (!refs.isEmpty()) {
                out.append(' ').append(refs);
            }
            out.append(s.trailer()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String heading(TraceReport report, SourceRefs.Grades grades) {
        Trace.Subject s = report.subject();
        if (report.page() == TraceReport.Page.PERSON) {
            return "Person " + s.id() + "  " + s.name() + "\n" + EVIDENCE_KEY;
        }
        boolean family = s.kind().equals("family");
        String what = (family ? "Family " : "Lineage around ") + s.id() + "  " + s.name();
        String reach = report.generations() == null
                ? "all generations in the data"
                : report.generations() + (family ? " generation(s) from the top" : " generation(s) up and down");
        String synthetic = Boolean.TRUE.equals(s.synthetic()) ? "  (synthetic: invented for illustration)" : "";
        Evidence evidence = report.subjectEvidence();
        String refs = evidence.isEmpty() ? "" : "  " + grades.refs(evidence.sources(), evidence.credibility());
        return what + synthetic + refs + "\n" + report.members().size() + " member(s), " + reach + ". " + EVIDENCE_KEY;
    }
}
