// The sizes and time limits of every connection pool one app server opens, in one place, so they
// can be added up against PostgreSQL's max_connections (docs: README "Connections").
// A connect that waits longer than connectionTimeoutMillis fails (→ 503, or 429 for exports) instead
// of queueing forever; statement_timeout ends a query that runs away.
export const POOL_SETTINGS = {
  /** Prisma: pages, the JSON API, every write. */
  prisma: { max: 10, connectionTimeoutMillis: 5_000, statementTimeoutMs: 30_000 },
  /** Raw pg: the chart's COPY, the paged JSON API, the throttles. */
  raw: { max: 8, connectionTimeoutMillis: 5_000, statementTimeoutMs: 30_000 },
  /** CSV/zip exports only: a slow download holds its connection, so they cannot starve the rest. */
  export: { max: 4, connectionTimeoutMillis: 5_000, statementTimeoutMs: 15 * 60_000 },
} as const;

/** libpq `options` that set the statement timeout on every connection of a pool. */
export const statementTimeoutOption = (ms: number) => `-c statement_timeout=${ms}`;
