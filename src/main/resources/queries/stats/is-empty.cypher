// True when the database holds no node at all: the first start, before anything was loaded.
RETURN NOT EXISTS { MATCH (n) } AS empty
