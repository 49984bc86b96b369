import "server-only";
// SIGTERM/SIGINT in the web server process. Next's own handler stops taking connections and waits
// for in-flight requests (exports included) before it exits; what would keep it waiting forever or
// lose work is ours to end: open live streams get a retry hint and close (browsers reconnect to
// another server, or to this one after a restart, and replay by Last-Event-ID), and the job queue
// stops taking jobs and lets the running ones finish for a few seconds. scripts/start.ts then stops
// PostgreSQL, and kills the web server if all this took longer than its deadline.
import { logger } from "../log/logger";
import { closeLiveStreams } from "../live/open-live-stream";
import { getRunningQueue, setRunningQueue } from "../monitoring/job-queue";

const QUEUE_STOP_MS = 5_000;
const g = globalThis as unknown as { tallyShutdownRegistered?: boolean };

export function registerGracefulShutdown(): void {
  if (g.tallyShutdownRegistered) return;
  g.tallyShutdownRegistered = true;
  const onSignal = (signal: NodeJS.Signals) => {
    const closed = closeLiveStreams();
    logger.info({ signal, liveStreamsClosed: closed }, "shutting down: finishing in-flight requests");
    const boss = getRunningQueue();
    setRunningQueue(undefined);
    void boss?.stop({ graceful: true, timeout: QUEUE_STOP_MS }).catch(() => {});
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
