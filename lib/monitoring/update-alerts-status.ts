import "server-only";
// Bulk acknowledge/resolve: the ticked alerts with one note, in ONE transaction — every alert
// changes (each with its own revision and version check), or none does.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { parseInput } from "../validate";
import type { AlertDto } from "./alert-dto";
import { changeAlertStatus } from "./change-alert-status";
import { systemClock, type Clock } from "./clock";
import { ZUpdateAlertsStatus } from "./schemas";

export async function updateAlertsStatus(opts: {
  db?: Db;
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<AlertDto[]> {
  const input = parseInput(ZUpdateAlertsStatus, opts.input);
  const now = (opts.clock ?? systemClock)();
  return (opts.db ?? getDb()).$transaction(async (tx) => {
    const out: AlertDto[] = [];
    for (const a of input.alerts) {
      out.push(
        await changeAlertStatus({
          tx,
          actor: opts.actor,
          alertId: a.alertId,
          version: a.version,
          action: input.action,
          note: input.note,
          now,
        }),
      );
    }
    return out;
  });
}
