// One alert on /alerts: what the rule found, the figures and reports involved (value, outlet,
// date, quote, links), who acknowledged or resolved it, and — folded away until asked for —
// the note and buttons. The checkbox belongs to the page's bulk form (form="bulk-alerts").
// Words follow the reader's language; the message is written from the alert's data
// (lib/monitoring/describe-alert.ts), titles, outlets, quotes and notes stay as written.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/format-date";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";
import type { AlertDto } from "@/lib/monitoring/alert-dto";
import { describeAlert } from "@/lib/monitoring/describe-alert";
import type { AlertReport } from "@/lib/monitoring/get-alert-reports";
import type { FormState } from "@/lib/http/handle-form-action";
import { AlertActions } from "./alert-actions";

export const BULK_FORM_ID = "bulk-alerts";

type Props = {
  alert: AlertDto;
  reports: Record<string, AlertReport>;
  canEdit: boolean;
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

const when = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleString(INTL_TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const short = (s: string, n = 180) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function AlertCard({ alert: a, reports, canEdit, action }: Props) {
  const t = useTranslations("alerts");
  const locale = useLocale() as Locale;
  const figures = (a.details.figures as { slug: string; title: string }[] | undefined) ?? [];
  const also = (a.details.also as { message: string; details?: Record<string, unknown> }[] | undefined) ?? [];
  const isOpenForEdit = canEdit && a.status !== "resolved";
  const rule = t("ruleName", { rule: a.rule });
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
            aria-label={t("select", { rule, figure: a.figure.title })}
          />
        )}
        <span className={`alert-rule rule-${a.rule}`}>{rule}</span>
        <Link href={`/figures/${a.figure.slug}`}>{a.figure.title}</Link>
        <span className="alert-status">{t("statusName", { status: a.status })}</span>
        <time dateTime={a.createdAt} className="muted small">
          {when(a.createdAt, locale)}
        </time>
      </div>
      <p className="alert-message">{describeAlert(a, { unit: a.figure.unit, locale })}</p>
      {figures.length > 1 && (
        <p className="small">
          {t("figures")}{" "}
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
            <li key={i}>
              {t("also", {
                message: describeAlert(
                  { rule: a.rule, message: x.message, details: x.details ?? {} },
                  { unit: a.figure.unit, locale },
                ),
              })}
            </li>
          ))}
        </ul>
      )}
      <ul className="alert-reports" aria-label={t("reportsInvolved")}>
        {a.observationIds.map((id) => {
          const r = reports[id];
          if (!r)
            return (
              <li key={id} className="muted small">
                {t("reportGone")}
              </li>
            );
          return (
            <li key={id}>
              <Link href={`/observations/${r.id}`} className="alert-report-value">
                {r.display}
              </Link>{" "}
              <span className="muted small">
                {r.outlet}, {formatDate(r.reportedOn, locale)}
                {r.isRetracted && ` ${t("retracted")}`}
              </span>
              {r.url && (
                <>
                  {" · "}
                  <a href={r.url} rel="noopener noreferrer" target="_blank" className="small">
                    {t("article")}
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
          {t("acknowledgedBy", {
            name: a.acknowledgedBy ?? "",
            when: when(a.acknowledgedAt, locale),
            note: a.acknowledgeNote ?? "",
          })}
        </p>
      )}
      {a.resolvedAt && (
        <p className="small">
          {t("resolvedBy", { name: a.resolvedBy ?? "", when: when(a.resolvedAt, locale), note: a.resolveNote ?? "" })}
        </p>
      )}
      {isOpenForEdit && (
        <details className="alert-more">
          <summary>{t("more", { status: a.status })}</summary>
          <AlertActions
            alert={{ id: a.id, version: a.version, status: a.status as "open" | "acknowledged" }}
            action={action}
          />
        </details>
      )}
    </li>
  );
}
