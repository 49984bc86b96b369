// One alert on /alerts: what the rule found, the figures and reports involved (value, outlet,
// date, quote, links), who acknowledged or resolved it, and — folded away until asked for —
// the note and buttons. The checkbox belongs to the page's bulk form (form="bulk-alerts").
import Link from "next/link";
import type { AlertDto } from "@/lib/monitoring/alert-dto";
import type { AlertReport } from "@/lib/monitoring/get-alert-reports";
import { RULE_LABELS } from "@/lib/monitoring/types";
import type { FormState } from "@/lib/http/handle-form-action";
import { AlertActions } from "./alert-actions";

export const BULK_FORM_ID = "bulk-alerts";

type Props = {
  alert: AlertDto;
  reports: Record<string, AlertReport>;
  canEdit: boolean;
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

const when = (iso: string) => new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const short = (s: string, n = 180) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function AlertCard({ alert: a, reports, canEdit, action }: Props) {
  const figures = (a.details.figures as { slug: string; title: string }[] | undefined) ?? [];
  const also = (a.details.also as { message: string }[] | undefined) ?? [];
  const isOpenForEdit = canEdit && a.status !== "resolved";
  return (
    <li className={`alert-item status-${a.status}`} data-testid="alert-item">
      <div className="alert-head">
        {isOpenForEdit && (
          <input
            type="checkbox"
            name="alert"
            value={`${a.id}:${a.version}`}
            form={BULK_FORM_ID}
            className="alert-pick"
            aria-label={`Select: ${RULE_LABELS[a.rule]}, ${a.figure.title}`}
          />
        )}
        <span className={`alert-rule rule-${a.rule}`}>{RULE_LABELS[a.rule]}</span>
        <Link href={`/figures/${a.figure.slug}`}>{a.figure.title}</Link>
        <span className="alert-status">{a.status}</span>
        <time dateTime={a.createdAt} className="muted small">
          {when(a.createdAt)}
        </time>
      </div>
      <p className="alert-message">{a.message}</p>
      {figures.length > 1 && (
        <p className="small">
          Figures:{" "}
          {figures.map((f, i) => (
            <span key={f.slug}>
              {i > 0 && " · "}
              <Link href={`/figures/${f.slug}`}>{f.title}</Link>
            </span>
          ))}
        </p>
      )}
      {also.length > 0 && (
        <ul className="alert-also small">
          {also.map((x, i) => (
            <li key={i}>Also: {x.message}</li>
          ))}
        </ul>
      )}
      <ul className="alert-reports" aria-label="Reports involved">
        {a.observationIds.map((id) => {
          const r = reports[id];
          if (!r) return <li key={id} className="muted small">A report that no longer exists</li>;
          return (
            <li key={id}>
              <Link href={`/observations/${r.id}`} className="alert-report-value">
                {r.display}
              </Link>{" "}
              <span className="muted small">
                {r.outlet}, {r.reportedOn}
                {r.isRetracted && " (retracted)"}
              </span>
              {r.url && (
                <>
                  {" · "}
                  <a href={r.url} rel="noopener noreferrer" target="_blank" className="small">
                    article
                  </a>
                </>
              )}
              <q className="alert-quote" title={r.quote}>
                {short(r.quote)}
              </q>
            </li>
          );
        })}
      </ul>
      {a.acknowledgedAt && (
        <p className="small">
          Acknowledged by {a.acknowledgedBy} ({when(a.acknowledgedAt)}): {a.acknowledgeNote}
        </p>
      )}
      {a.resolvedAt && (
        <p className="small">
          Resolved by {a.resolvedBy} ({when(a.resolvedAt)}): {a.resolveNote}
        </p>
      )}
      {isOpenForEdit && (
        <details className="alert-more">
          <summary>{a.status === "open" ? "Acknowledge or resolve…" : "Resolve…"}</summary>
          <AlertActions alert={{ id: a.id, version: a.version, status: a.status as "open" | "acknowledged" }} action={action} />
        </details>
      )}
    </li>
  );
}
