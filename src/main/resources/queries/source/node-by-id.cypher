// The node with this id, whatever its label (ids are unique across labels through their prefix), or the
// protected person whose witness code it is, since protected people are shown by that code only.
// Returns its id and its label (Mine folded into Unit), or no row.
// The lookup has no label, so it scans every node: fine at this size; at scale, look the id up through the
// per-label id index (the uniqueness constraints) of the label its prefix names.
MATCH (n)
WHERE n.id = $id OR (n:Person AND n.witnessCode = $id)
RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Mine', 'Protected']][0] AS label
ORDER BY n.id = $id DESC
LIMIT 1
