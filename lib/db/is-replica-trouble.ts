// When a read on a replica should be asked again of the primary: the replica cannot be reached
// (it is down, restarting, out of connections), or it cancelled the query because replaying the
// primary's WAL needed what the query was reading (SQLSTATE 40001, "conflict with recovery").
// Reads are safe to repeat. Anything else — a bug, bad input — is an answer, not trouble.
import { isDatabaseUnavailable } from "./is-unavailable";

const RECOVERY_CONFLICT = /conflict with recovery/i;

export function isReplicaTrouble(err: unknown): boolean {
  return isDatabaseUnavailable(err) || mentionsRecoveryConflict(err, 0);
}

function mentionsRecoveryConflict(err: unknown, depth: number): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.message === "string" && RECOVERY_CONFLICT.test(e.message)) return true;
  return (
    mentionsRecoveryConflict(e.cause, depth + 1) || mentionsRecoveryConflict(e.meta?.driverAdapterError, depth + 1)
  );
}
