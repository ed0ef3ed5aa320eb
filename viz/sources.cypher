// name: viz-sources
// description: Sources by id (the reports quotations were first reported in, for pictures).
// param: ids (list) = ["report:…"] — Source ids
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s
