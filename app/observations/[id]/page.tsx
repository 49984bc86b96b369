// One reported value: everything about it, its own revision timeline and, for editors, Edit,
// Retract and Check / Send back.
import type { Metadata } from "next";
import Link from "next/link";
import { CheckForm } from "@/components/corrections/check-form";
import { DoneToast } from "@/components/corrections/done-toast";
import { RetractForm } from "@/components/corrections/retract-form";
import { RevisionTimeline } from "@/components/corrections/revision-timeline";
import { CheckBadge } from "@/components/corrections/check-badge";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { formatDate, formatPeriod } from "@/lib/format/format-date";
import { getObservation } from "@/lib/observations/get-observation";
import { isLoggerOf } from "@/lib/observations/is-logger-of";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { revisionsForReader } from "@/lib/revisions/revisions-for-reader";
import { checkObservationAction, retractObservationAction } from "./actions";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reported value" };

const stamp = (iso: string) => `${formatDate(iso)}, ${iso.slice(11, 16)} UTC`;

export default async function ObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await orNotFound(getObservation({ id }));
  const { observation: o, figure } = found;
  const [revisions, actor] = await Promise.all([listRevisions({ entityIds: [o.id] }), getPageActor()]);
  const isEditor = actor !== null && hasRole(actor, "editor");
  const isRetracted = o.status === "retracted";
  return (
    <>
      <DoneToast />
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
          </p>
          <h1 className={isRetracted ? "struck" : undefined}>
            {o.display} <span className="muted">· {o.outlet.name}</span>
          </h1>
          <p className="badges">
            {isRetracted && <span className="badge retracted">Retracted</span>}
            <CheckBadge status={o.checkStatus} />
          </p>
        </div>
        {isEditor && !isRetracted && (
          <Link className="button" href={`/observations/${o.id}/edit`}>
            Edit
          </Link>
        )}
      </div>

      {isRetracted && (
        <p className="notice" role="note">
          Retracted: {o.statusReason}
        </p>
      )}
      {o.checkStatus === "returned" && (
        <p className="notice" role="note">
          Sent back by {o.checkedBy}
          {actor ? `: ${o.checkComment ?? ""}` : " (signed-in people see why)"}
        </p>
      )}

      <div className="panel">
        <blockquote className="quote big">“{o.quote}”</blockquote>
        <dl className="facts">
          <dt>Outlet</dt>
          <dd>{o.outlet.name}</dd>
          <dt>Cited source</dt>
          <dd>{o.citedSources.join(" › ")}</dd>
          <dt>Reported</dt>
          <dd>{o.reportedAt ? stamp(o.reportedAt) : formatDate(o.reportedOn)}</dd>
          <dt>Refers to</dt>
          <dd>{formatPeriod(o)}</dd>
          <dt>Article</dt>
          <dd>{o.url ? <a href={o.url} rel="noopener noreferrer">{o.url}</a> : "no link"}</dd>
          {o.note && (
            <>
              <dt>Note</dt>
              <dd>{o.note}</dd>
            </>
          )}
          <dt>Logged</dt>
          <dd>
            {stamp(o.loggedAt)} by {o.loggedBy}
          </dd>
          <dt>Check</dt>
          <dd>
            {o.checkStatus === "unchecked" ? "not checked yet" : `${o.checkStatus === "checked" ? "checked" : "sent back"} by ${o.checkedBy}${o.checkedAt ? `, ${stamp(o.checkedAt)}` : ""}`}
          </dd>
          <dt>Version</dt>
          <dd>{o.version}</dd>
        </dl>
      </div>

      {isEditor && !isRetracted && (
        <section aria-labelledby="desk-actions">
          <h2 id="desk-actions">Check or correct</h2>
          <div className="desk-actions">
            {o.checkStatus !== "checked" && <CheckForm id={o.id} version={o.version} isOwn={isLoggerOf(actor, o)} action={checkObservationAction} />}
            <RetractForm id={o.id} version={o.version} action={retractObservationAction} />
          </div>
        </section>
      )}

      <h2>History of this value</h2>
      <RevisionTimeline revisions={revisionsForReader({ revisions, actor })} />
    </>
  );
}
