// What a revision timeline shows a reader who is not signed in (SECURITY.md, "What is public"):
// the same changes, without the desk's internal fields — send-back comments and account ids —
// neither in the listed changes nor in the snapshot handed to the page.
import type { Actor } from "../auth/actor";
import { INTERNAL_FIELDS, redactValue } from "../http/redact-for-anonymous";
import type { RevisionDto } from "./revision-dto";

export function revisionsForReader(opts: { revisions: RevisionDto[]; actor: Actor | null }): RevisionDto[] {
  if (opts.actor) return opts.revisions;
  return opts.revisions.map((r) => ({
    ...r,
    // A send-back's reason is its comment (lib/observations/check-observation.ts).
    reason: r.reason !== null && r.reason === r.after?.checkComment ? null : r.reason,
    before: redactValue(r.before) as RevisionDto["before"],
    after: redactValue(r.after) as RevisionDto["after"],
    changes: r.changes.filter((c) => !INTERNAL_FIELDS.includes(c.field)),
  }));
}
