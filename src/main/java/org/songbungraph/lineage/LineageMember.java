package org.songbungraph.lineage;

import java.util.List;
import java.util.Optional;

/**
 * One member as the lineage tree draws them, in drawing order (see {@link LineageTree}).
 *
 * @param lastChild one flag per level below the top, down to this member: whether the member, or their ancestor
 *     at that level, is the last child drawn under its parent, where the tree's rail stops
 * @param parent the CHILD_OF link the member hangs from; empty for a member drawn at the top
 * @param evidence the parent link's, or for a member at the top their own record's
 * @param marriages spouses drawn beside the member rather than on a line of their own
 */
record LineageMember(
        Trace.Person person,
        List<Boolean> lastChild,
        Optional<Trace.Link> parent,
        Evidence evidence,
        List<Marriage> marriages) {

    /** Generations below the member the tree starts from. */
    int depth() {
        return lastChild.size();
    }

    /** A spouse drawn on the member's line, and the MARRIED_TO link's years and evidence. */
    record Marriage(Trace.Person spouse, Integer from, Integer to, Evidence evidence) {}
}
