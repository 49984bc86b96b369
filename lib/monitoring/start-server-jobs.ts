import "server-only";
// The web server's job queue, started once per process. On SIGTERM lib/server/graceful-shutdown.ts
// stops it; a job cut off mid-attempt simply expires and is retried by the next worker. If the
// queue cannot start, the site still serves and says why in the log.
import { logger } from "../log/logger";
import { getDb } from "../db/client";
import { requireDirectDatabaseUrl } from "../env";
import { watchSiteSettings } from "../settings/watch-site-settings";
import { getRunningQueue, setRunningQueue } from "./job-queue";
import { startMonitoringWorker } from "./start-monitoring-worker";

export async function startServerJobs(): Promise<void> {
  if (getRunningQueue()) return;
  watchSiteSettings(); // the proxy's sign-in-only check then needs no query per page view
  try {
    const boss = await startMonitoringWorker({ db: getDb(), databaseUrl: requireDirectDatabaseUrl() });
    setRunningQueue(boss);
    logger.info("job queue started (webhook deliveries, staleness checks)");
  } catch (e) {
    logger.error({ err: e }, "job queue did not start; alerts still open on writes, webhooks wait");
  }
}
