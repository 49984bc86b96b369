import "server-only";
// An editor acknowledges ("I'm looking") or resolves ("done: here is what I found") an alert,
// with a note. Optimistic concurrency on `version`; a revision and a live notice in the same
// transaction. Resolved is final: a resolved alert stays searchable but does not change again.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { parseInput } from "../validate";
import type { AlertDto } from "./alert-dto";
import { changeAlertStatus } from "./change-alert-status";
import type { Clock } from "./clock";
import { systemClock } from "./clock";
import { ZUpdateAlertStatus } from "./schemas";

export async function updateAlertStatus(opts: {
  db?: Db;
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<AlertDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateAlertStatus, opts.input);
  const now = (opts.clock ?? systemClock)();
  return db.$transaction((tx) => changeAlertStatus({ tx, actor: opts.actor, ...input, now }));
}
