// The person a witness code stands for, so analysts can use the code they see wherever an id is asked for.
MATCH (p:Person {witnessCode: $code})
RETURN p.id AS id
