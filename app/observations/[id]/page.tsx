// One reported value: everything about it, its own revision timeline and, for editors, Edit,
// Retract and Check / Send back.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckForm } from "@/components/corrections/check-form";
import { DoneToast } from "@/components/corrections/done-toast";
import { RetractForm } from "@/components/corrections/retract-form";
import { RevisionTimeline } from "@/components/corrections/revision-timeline";
import { CheckBadge } from "@/components/corrections/check-badge";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { formatDate, formatPeriodWithWords } from "@/lib/format/format-date";
import { formatStamp } from "@/lib/format/format-stamp";
import { formatReportedValue } from "@/lib/values/format-value";
import { getObservation } from "@/lib/observations/get-observation";
import { isLoggerOf } from "@/lib/observations/is-logger-of";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { revisionsForReader } from "@/lib/revisions/revisions-for-reader";
import { checkObservationAction, retractObservationAction } from "./actions";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("title") };
}

export default async function ObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await orNotFound(getObservation({ id }));
  const { observation: o, figure } = found;
  const [revisions, actor, t, locale] = await Promise.all([
    listRevisions({ entityIds: [o.id] }),
    getPageActor(),
    getTranslations("observation"),
    getLocale(),
  ]);
  const stamp = (iso: string) => formatStamp(iso, locale);
  const isEditor = actor !== null && hasRole(actor, "editor");
  const isRetracted = o.status === "retracted";
  return (
    <>
      <DoneToast />
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href={`/figures/${figure.slug}`}>{localizedFigureText(figure, locale).title}</Link>
          </p>
          <h1 className={isRetracted ? "struck" : undefined}>
            {formatReportedValue({ ...o, unit: figure.unit }, locale)} <span className="muted">· {o.outlet.name}</span>
          </h1>
          <p className="badges">
            {isRetracted && <span className="badge retracted">{t("retracted")}</span>}
            <CheckBadge status={o.checkStatus} />
          </p>
        </div>
        {isEditor && !isRetracted && (
          <Link className="button" href={`/observations/${o.id}/edit`}>
            {t("edit")}
          </Link>
        )}
      </div>

      {isRetracted && (
        <p className="notice" role="note">
          {t("retractedNote", { reason: o.statusReason ?? "" })}
        </p>
      )}
      {o.checkStatus === "returned" && (
        <p className="notice" role="note">
          {actor
            ? t("sentBackSignedIn", { by: o.checkedBy ?? "", comment: o.checkComment ?? "" })
            : t("sentBackAnonymous", { by: o.checkedBy ?? "" })}
        </p>
      )}

      <div className="panel">
        <blockquote className="quote big">“{o.quote}”</blockquote>
        <dl className="facts">
          <dt>{t("outlet")}</dt>
          <dd>{o.outlet.name}</dd>
          <dt>{t("citedSource")}</dt>
          <dd>{o.citedSources.join(" › ")}</dd>
          <dt>{t("reported")}</dt>
          <dd>{o.reportedAt ? stamp(o.reportedAt) : formatDate(o.reportedOn, locale)}</dd>
          <dt>{t("refersTo")}</dt>
          <dd>{formatPeriodWithWords(o, locale)}</dd>
          <dt>{t("article")}</dt>
          <dd>
            {o.url ? (
              <a href={o.url} rel="noopener noreferrer">
                {o.url}
              </a>
            ) : (
              t("noLink")
            )}
          </dd>
          {o.note && (
            <>
              <dt>{t("note")}</dt>
              <dd>{o.note}</dd>
            </>
          )}
          <dt>{t("logged")}</dt>
          <dd>{t("loggedBy", { when: stamp(o.loggedAt), by: o.loggedBy })}</dd>
          <dt>{t("check")}</dt>
          <dd>
            {o.checkStatus === "unchecked"
              ? t("notChecked")
              : o.checkedAt
                ? t("checkedByAt", { status: o.checkStatus, by: o.checkedBy ?? "", when: stamp(o.checkedAt) })
                : t("checkedBy", { status: o.checkStatus, by: o.checkedBy ?? "" })}
          </dd>
          <dt>{t("version")}</dt>
          <dd>{o.version}</dd>
        </dl>
      </div>

      {isEditor && !isRetracted && (
        <section aria-labelledby="desk-actions">
          <h2 id="desk-actions">{t("deskActions")}</h2>
          <div className="desk-actions">
            {o.checkStatus !== "checked" && (
              <CheckForm id={o.id} version={o.version} isOwn={isLoggerOf(actor, o)} action={checkObservationAction} />
            )}
            <RetractForm id={o.id} version={o.version} action={retractObservationAction} />
          </div>
        </section>
      )}

      <h2>{t("history")}</h2>
      <RevisionTimeline revisions={revisionsForReader({ revisions, actor })} unit={figure.unit} />
    </>
  );
}
