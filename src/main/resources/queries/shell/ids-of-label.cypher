// All ids of one label, to suggest the nearest ones after a miss. $label is a code constant.
MATCH (n:$($label))
RETURN n.id AS id
