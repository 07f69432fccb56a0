// Derives the name and aliases of nodes from the name claims they still hold, after a
// document's claims were taken away ($nodeIds: element ids; $fullestLabels: labels shown by
// their fullest name). The same rule as merge-nodes.cypher: the longest form for those labels,
// else the name the first document by file name gives; every other form is an alias.
UNWIND $nodeIds AS nodeId
MATCH (n)
WHERE elementId(n) = nodeId AND size(coalesce(n.nameClaims, [])) > 0
WITH n,
     COLLECT { UNWIND n.nameClaims AS c RETURN DISTINCT substring(c, size(split(c, '/')[0]) + 3) AS form ORDER BY form } AS forms
WITH n, forms,
     CASE WHEN any(label IN labels(n) WHERE label IN $fullestLabels)
          THEN COLLECT { UNWIND forms AS form RETURN form ORDER BY size(form) DESC, form LIMIT 1 }[0]
          ELSE [c IN n.nameClaims WHERE split(c, '/')[1] = 'N' | substring(c, size(split(c, '/')[0]) + 3)][0]
     END AS name
SET n.name = coalesce(name, n.name),
    n.aliases = [form IN forms WHERE form <> coalesce(name, n.name)];
