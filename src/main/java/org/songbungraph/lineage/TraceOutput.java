package org.songbungraph.lineage;

import org.songbungraph.corroboration.KnowledgeFilter;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.source.SourceRefs;

/** Prints a trace, or one person's page, in the format asked: a tree for people, JSON or CSV for scripts. */
public final class TraceOutput {

    private TraceOutput() {}

    /**
     * One person's page: the profile given, then the person's songbun, the policies and what happened to them, of
     * which {@code knows} keeps the facts told on the bases it names.
     */
    public static String personPage(
            Trace trace, Profile profile, KnowledgeFilter knows, OutputFormat format, SourceRefs.Grades grades) {
        return render(TraceReport.forPerson(trace, profile).keeping(knows, grades.knowledge()), format, grades);
    }

    static String render(TraceReport report, OutputFormat format, SourceRefs.Grades grades) {
        return switch (format) {
            case TABLE -> TraceTree.render(report, grades);
            case JSON -> TraceJson.render(report, grades);
            case CSV -> TraceCsv.render(report, grades);
        };
    }
}
