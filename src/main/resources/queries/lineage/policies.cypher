// The class-level rules that apply to the given songbun classes and categories, with their domain.
MATCH (policy:Policy)-[a:APPLIES_TO]->(target)
WHERE (target:SongbunClass OR target:SongbunCategory) AND target.id IN $targets
RETURN target.id AS target, policy.id AS id, policy.name AS name, policy.domain AS domain,
       policy.statement AS statement, policy.sources AS sources, policy.credibility AS credibility
ORDER BY target, domain, id
