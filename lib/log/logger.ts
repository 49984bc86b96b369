// The server's log: one JSON line per event (pino), at TALLY_LOG_LEVEL. Errors are written as their
// name, message, code and (for bugs) stack — never the whole object, which for pg errors drags in
// the client, its socket and its pool.
import pino from "pino";
import { env } from "../env";

type LoggedError = { type: string; message: string; code?: string; severity?: string; stack?: string };

/** What of an error goes into a log line: enough to act on, nothing that dumps a connection. */
export function serializeError(err: unknown): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err).slice(0, 500) };
  const e = err as Error & { code?: unknown; severity?: unknown };
  const isDatabase = typeof e.code === "string" && (/^[0-9A-Z]{5}$/.test(e.code) || /^E[A-Z]+$/.test(e.code));
  // Prisma's messages open with a code excerpt of the call site; the cause is the last line.
  const message = e.name.startsWith("PrismaClient") ? e.message.trim().split("\n").pop()! : e.message;
  return {
    type: e.name,
    message: message.slice(0, 1_000),
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.severity === "string" ? { severity: e.severity } : {}),
    // A database or network error's stack only shows pg's internals; a bug's shows where it is.
    ...(!isDatabase && e.stack ? { stack: e.stack.split("\n").slice(0, 8).join("\n") } : {}),
  };
}

export const logger = pino({
  level: env.TALLY_LOG_LEVEL,
  base: { service: "tally" },
  serializers: { err: serializeError },
});
