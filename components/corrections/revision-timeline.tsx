// A revision timeline: who did what when, what changed (before → after) and why. Server-rendered.
import Link from "next/link";
import { formatDate } from "@/lib/format/format-date";
import type { RevisionDto } from "@/lib/revisions/revision-dto";

const ACTION_WORDS: Record<string, string> = {
  create: "created",
  update: "edited",
  retract: "retracted",
  check: "checked",
  return: "sent back",
  merge: "merged",
};

const time = (iso: string) => `${formatDate(iso)}, ${iso.slice(11, 16)} UTC`;

/** What the revision was about, for a timeline that mixes a figure and its observations. */
function Subject({ r }: { r: RevisionDto }) {
  if (r.entityType !== "observation") return <>the {r.entityType}</>;
  const a = r.after as { display?: string; outlet?: { name?: string } } | null;
  return (
    <Link href={`/observations/${r.entityId}`}>
      {a?.display ?? "a value"}
      {a?.outlet?.name ? ` (${a.outlet.name})` : ""}
    </Link>
  );
}

export function RevisionTimeline({ revisions, showSubject = false }: { revisions: RevisionDto[]; showSubject?: boolean }) {
  if (revisions.length === 0) return <p className="empty">No changes recorded yet.</p>;
  return (
    <ol className="timeline" data-testid="revision-timeline">
      {revisions.map((r) => (
        <li key={r.id} data-action={r.action}>
          <div className="timeline-head">
            <time dateTime={r.createdAt}>{time(r.createdAt)}</time> · <strong>{r.actor}</strong> {ACTION_WORDS[r.action] ?? r.action}{" "}
            {showSubject && <Subject r={r} />}
          </div>
          {r.changes.length > 0 && (
            <ul className="changes">
              {r.changes.map((c) => (
                <li key={c.field}>
                  <span className="change-label">{c.label}:</span> <del>{c.before}</del> <span aria-hidden="true">→</span>
                  <span className="sr-only"> changed to </span> <ins>{c.after}</ins>
                </li>
              ))}
            </ul>
          )}
          {r.reason && <p className="small">Reason: {r.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
