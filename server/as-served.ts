/**
 * Process settings of the served API (`npm run serve` with NODE_ENV=production); the API
 * benchmark applies them too, so it measures the server as served.
 *
 * tsx turns on Node's source-mapped stack traces, and neo4j-driver records a stack trace for
 * every query it sends (to attach to an error that may come later). With source maps, each
 * maps every frame of the stack: in a CPU profile of the server under load, a tenth of its
 * time. Served, stack traces stay unmapped: the server logs few (unexpected errors only), and
 * their frames still name the functions.
 */
export function applyServedProcessSettings(): void {
  process.setSourceMapsEnabled(false);
}
