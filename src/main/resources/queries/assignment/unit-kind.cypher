// The kind of one unit ($id) and the ids of all mines, to tell a user who gave a non-mine unit where to look.
MATCH (u:Unit {id: $id})
RETURN u.kind AS kind, COLLECT { MATCH (m:Mine) RETURN m.id ORDER BY m.id } AS mines
