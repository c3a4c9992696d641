package org.songbungraph.lineage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The opening of a person's page: who they are and how they may be named, their families, relatives and the
 * testimony they gave, each with its evidence. The person command reads it; the page's renderers print it.
 *
 * @param personId the id, and {@code name} the name, as the profile gives them: a protected person's witness code
 * @param person the person as the trace read them, for the same description the lineage gives
 * @param protection PUBLIC, PSEUDONYM or PROTECTED, which decides how the page says they may be named
 * @param relatives in the order the page lists them
 * @param row the profile as the query returned it, which JSON prints whole under "profile"
 */
public record Profile(
        String personId,
        String name,
        Trace.Person person,
        String protection,
        String witnessCode,
        Evidence evidence,
        Optional<String> note,
        List<Family> families,
        List<Relative> relatives,
        List<Testimony> gave,
        Map<String, Object> row) {

    /** A family the person is a member of. */
    public record Family(String id, String name, Evidence evidence) {}

    /** A parent, spouse or child; {@code relation} is father, mother, parent, spouse, son, daughter or child. */
    public record Relative(String relation, String id, String name, Integer birthYear, Evidence evidence) {}

    /** A source the person gave, such as an interview. */
    public record Testimony(String id, String title, String kind, Evidence evidence) {}
}
