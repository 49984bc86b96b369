// Runs once when the Next.js server starts. Starts the job queue's workers (webhook deliveries,
// the staleness schedule) in the web server's own process: server actions enqueue through the
// same instance, and there is no second process to supervise. See ARCHITECTURE.md, "Monitoring".
export async function register() {
  // NEXT_RUNTIME / NEXT_PHASE are Next's own markers, not Tally configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerJobs } = await import("./lib/monitoring/start-server-jobs");
  await startServerJobs();
  const { registerGracefulShutdown } = await import("./lib/server/graceful-shutdown");
  registerGracefulShutdown();
}

/**
 * Next calls this for every error a request throws (pages included): a lost database marks itself
 * down here, so the proxy answers the next page views with a 503 page instead of more failures.
 */
export async function onRequestError(err: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/db/is-unavailable");
  if (!isDatabaseUnavailable(err)) return;
  const { markDatabaseDown } = await import("./lib/db/availability");
  markDatabaseDown();
}
