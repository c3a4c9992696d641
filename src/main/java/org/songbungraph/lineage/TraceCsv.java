package org.songbungraph.lineage;

import java.util.List;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;
import org.songbungraph.source.SourceRefs;

/** A report as CSV for scripts: one row per statement the tree prints, with its evidence in columns. */
final class TraceCsv {

    private static final List<String> COLUMNS = List.of(
            "section",
            "personId",
            "person",
            "item",
            "detail",
            "from",
            "to",
            "fromDate",
            "toDate",
            "dateQualifier",
            "status",
            "sources",
            "credibility",
            "refs");

    private TraceCsv() {}

    static String render(TraceReport report, SourceRefs.Grades grades) {
        List<List<Object>> rows = TraceText.statements(report, grades).stream()
                .map(s -> List.<Object>of(
                        s.section().key,
                        orEmpty(s.personId()),
                        orEmpty(s.person()),
                        s.label(),
                        (s.text() + s.trailer()).strip(),
                        s.when().from() == null ? "" : s.when().from(),
                        s.when().to() == null ? "" : s.when().to(),
                        orEmpty(s.when().fromDate()),
                        orEmpty(s.when().toDate()),
                        orEmpty(s.when().qualifier()),
                        orEmpty(s.status()),
                        String.join("|", s.evidence().sources()),
                        s.evidence().credibility() == null ? "" : s.evidence().credibility(),
                        s.refs(grades)))
                .toList();
        return new Table(COLUMNS, rows).render(OutputFormat.CSV);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
