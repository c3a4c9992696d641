// Fact: Per the UN report, forced labourers work in unbearable, often hazardous settings lacking wages, choice, any way out, protection, health care, rest, food and shelter.
// Source: S-OHCHR-2020 (B), S-FEAT-JOBS (F)
// Expect: one row listing the eight things the UN report said are absent
MATCH (c:Claim {id: 'C-OHCHR-02'})-[:CITES]->(:Source {id: 'S-OHCHR-2020'})
WHERE size(c.items) = 8 AND 'ability to leave' IN c.items AND 'medical care' IN c.items
RETURN c.items AS absent, c.statement AS claim;
