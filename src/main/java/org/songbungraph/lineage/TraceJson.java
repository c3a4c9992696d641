package org.songbungraph.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songbungraph.source.SourceRefs;

/**
 * A report as JSON for scripts: member by member, each record as read from the graph with its evidence beside it
 * as data ({@code source}, {@code reliability}, {@code credibility}).
 */
final class TraceJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SourceRefs.Grades grades;

    private TraceJson(SourceRefs.Grades grades) {
        this.grades = grades;
    }

    static String render(TraceReport report, SourceRefs.Grades grades) {
        try {
            return JSON.writeValueAsString(new TraceJson(grades).root(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> root(TraceReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        report.profile().ifPresent(p -> root.put("profile", p.row()));
        root.put("subject", report.subject());
        root.put("subjectEvidence", evidence(report.subjectEvidence()));
        root.put("generations", report.generations());
        root.put("members", report.members().stream().map(this::member).toList());
        root.put(
                "policies",
                report.effects().stream()
                        .map(e -> withEvidence(e.policy(), e.evidence()))
                        .toList());
        report.summary().ifPresent(s -> root.put("summary", summary(s)));
        report.knowledge().ifPresent(k -> root.put("knowledgeFilter", k));
        return root;
    }

    private Map<String, Object> member(TraceReport.Member m) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("person", m.person());
        member.put("generation", m.generation());
        member.put("parents", m.parents());
        member.put("spouses", m.spouses());
        member.put("songbun", songbun(m.songbun()));
        member.put(
                "facts",
                m.life().stream().map(f -> withEvidence(f.fact(), f.evidence())).toList());
        member.put(
                "watchedBy",
                m.watchers().stream()
                        .map(w -> withEvidence(w.watch(), w.evidence()))
                        .toList());
        member.put(
                "reported",
                m.reported().stream()
                        .map(r -> withEvidence(r.claim(), r.evidence()))
                        .toList());
        return member;
    }

    private Map<String, Object> songbun(Songbun songbun) {
        List<Songbun.Contradiction> contradictions = songbun.entries().stream()
                .filter(Songbun.Contradiction.class::isInstance)
                .map(Songbun.Contradiction.class::cast)
                .toList();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", songbun.status().name());
        s.put("class", songbun.songbunClass().orElse(null));
        s.put("contradiction", !contradictions.isEmpty());
        s.put("contradictsClass", contradictions.stream().anyMatch(Songbun.Contradiction::ofClass));
        s.put(
                "documented",
                songbun.entries().stream()
                        .filter(Songbun.Documented.class::isInstance)
                        .map(Songbun.Documented.class::cast)
                        .map(d -> withEvidence(d.classification(), d.evidence()))
                        .toList());
        s.put("derived", songbun.paternalLine().map(this::inheritance).orElse(null));
        return s;
    }

    /** The paternal line under the field names scripts already read. */
    private Map<String, Object> inheritance(Songbun.Inheritance i) {
        Map<String, Object> derived = new LinkedHashMap<>();
        derived.put("ancestorId", i.ancestor().id());
        derived.put("ancestorName", i.ancestor().name());
        derived.put("generations", i.ancestor().generationsUp());
        derived.put("path", i.ancestor().path());
        derived.put("classification", i.classification());
        derived.put("sources", i.evidence().sources());
        derived.put("evidence", evidence(i.evidence()));
        return derived;
    }

    private Map<String, Object> summary(TraceReport.Summary s) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("membersByClass", s.membersByClass());
        summary.put("assignedToMinesFarmsOrConstruction", s.hardLabour());
        summary.put("assignedToOtherWorkOnly", s.otherWork());
        summary.put("neverAssigned", s.neverAssigned());
        summary.put(
                "classFigures",
                s.figures().stream()
                        .map(f -> withEvidence(f.figure(), f.evidence()))
                        .toList());
        return summary;
    }

    /** The record's own fields, then its evidence as data. */
    private Map<String, Object> withEvidence(Object record, Evidence evidence) {
        Map<String, Object> map = JSON.convertValue(
                record, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        map.put("evidence", evidence(evidence));
        return map;
    }

    private List<Map<String, Object>> evidence(Evidence evidence) {
        return grades.structured(evidence.sources(), evidence.credibility());
    }
}
