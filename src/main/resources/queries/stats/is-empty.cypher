// True when the database holds no knowledge-graph node: the first start, before anything was loaded, or after
// loads that recorded their LoadRun (chain of custody) and wrote nothing else.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:LoadRun AND NOT n:LoadedFile AND NOT n:AuditRecord } AS empty
