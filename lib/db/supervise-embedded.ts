// `npm start`'s watch over the embedded PostgreSQL: an unexpected exit (a crash, a kill -9) is
// restarted on the same data dir with growing pauses, and PostgreSQL's crash recovery replays its
// WAL, so no acknowledged write is lost. After `maxFailures` failed restarts in a row it gives up,
// and the caller exits non-zero so an outer supervisor (systemd, a container runtime) can act.
import type { EmbeddedServer } from "./embedded";

const BACKOFF_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

export function superviseEmbedded(opts: {
  server: EmbeddedServer;
  log: (line: string) => void;
  onGiveUp: (reason: string) => void;
  maxFailures?: number;
}): { stop: () => void } {
  const maxFailures = opts.maxFailures ?? 5;
  let isWatching = true;

  const watch = () => {
    const child = opts.server.process();
    child?.once("exit", (code, signal) => {
      if (!isWatching) return;
      opts.log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      void restart();
    });
  };

  const restart = async () => {
    for (let failures = 0; isWatching; failures++) {
      if (failures >= maxFailures) {
        opts.onGiveUp(`PostgreSQL did not come back after ${failures} attempts`);
        return;
      }
      await new Promise((r) => setTimeout(r, BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)]));
      if (!isWatching) return;
      try {
        await opts.server.restart();
        opts.log("PostgreSQL is running again (crash recovery done)");
        watch();
        return;
      } catch (e) {
        opts.log(`PostgreSQL restart ${failures + 1} of ${maxFailures} failed: ${(e as Error).message}`);
      }
    }
  };

  watch();
  return {
    stop: () => {
      isWatching = false;
    },
  };
}
