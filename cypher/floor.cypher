// The cheapest question there is: what one round trip to Neo4j costs (the benchmark's floor).
RETURN 1 AS one;
