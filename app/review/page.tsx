// The review queue (editors only): values waiting for a second pair of eyes, oldest first. The editor who
// logged a value sees it here too, with its Check button greyed out and the reason beside it.
import type { Metadata } from "next";
import Link from "next/link";
import { CheckBadge } from "@/components/corrections/check-badge";
import { CheckForm } from "@/components/corrections/check-form";
import { DoneToast } from "@/components/corrections/done-toast";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { formatDate } from "@/lib/format/format-date";
import { isLoggerOf } from "@/lib/observations/is-logger-of";
import { listReviewQueue } from "@/lib/observations/list-review-queue";
import { checkObservationAction } from "../observations/[id]/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage() {
  // Desk work: the queue is for editors (each value is public on its figure page all the same).
  const actor = await requirePageRole({ need: "editor", path: "/review" });
  const queue = await listReviewQueue({});
  return (
    <>
      <DoneToast />
      <div className="page-head">
        <div>
          <h1>Review queue</h1>
          <p className="muted">
            {queue.total === 0
              ? "Every published value has been checked."
              : `${queue.total} ${queue.total === 1 ? "value waits" : "values wait"} for a second editor, oldest first.`}
          </p>
        </div>
      </div>
      {queue.items.length === 0 ? (
        <p className="empty">Nothing to review. New values appear here as soon as they are logged.</p>
      ) : (
        <ol className="review-list" data-testid="review-queue">
          {queue.items.map(({ observation: o, figure }) => (
            <li key={o.id} className="panel review-item" data-testid="review-item" id={`review-${o.id}`}>
              <div className="review-head">
                <Link href={`/observations/${o.id}`} className="value">
                  {o.display}
                </Link>
                <span className="muted">
                  {" "}
                  · {o.outlet.name} · <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
                </span>
                <CheckBadge status={o.checkStatus} />
              </div>
              <blockquote className="quote">“{o.quote}”</blockquote>
              <p className="small muted">
                Reported {formatDate(o.reportedOn)}, citing {o.citedSources.join(" › ")} · logged by {o.loggedBy} on {formatDate(o.loggedAt)}
                {o.url && (
                  <>
                    {" · "}
                    <a href={o.url} rel="noopener noreferrer">
                      Read the article
                    </a>
                  </>
                )}
              </p>
              {o.checkStatus === "returned" && (
                <p className="notice small">
                  Sent back by {o.checkedBy}: {o.checkComment}
                </p>
              )}
              <CheckForm id={o.id} version={o.version} returnTo="/review" isOwn={isLoggerOf(actor, o)} action={checkObservationAction} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
