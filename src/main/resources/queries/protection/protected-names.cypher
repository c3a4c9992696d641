// The confidential names of PROTECTED people and the witness code that stands for each, so that every
// command's output can be checked for them before it is printed.
MATCH (p:Person {protection: 'PROTECTED'})
UNWIND [p.name, p.nameKo] AS secret
WITH p, secret
WHERE secret IS NOT NULL AND size(trim(secret)) >= 2
RETURN DISTINCT secret, coalesce(p.witnessCode, 'W-????') AS code
