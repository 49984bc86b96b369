// Observations of a figure, newest first, one page at a time, with their full provenance and
// check status. Retracted values (shown only when the reader asks) are struck through.
// Columns are a list so later features can add one (e.g. actions) without touching the rest.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CheckBadge } from "@/components/corrections/check-badge";
import type { Locale } from "@/lib/i18n/locales";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import { formatReportedValue } from "@/lib/values/format-value";
import { formatDate, formatPeriod, periodAsReported } from "@/lib/format/format-date";
import { DataTable } from "@/components/ui/data-table";

export type ObservationColumn = { header: string; cell: (o: ObservationDto) => ReactNode; className?: string };
type T = ReturnType<typeof useTranslations<"table">>;

/** The columns in the reader's language; `unit` (the figure's) lets values read in it too. */
export function observationColumns(t: T, locale: Locale, unit?: string): ObservationColumn[] {
  const display = (o: ObservationDto) => (unit === undefined ? o.display : formatReportedValue({ ...o, unit }, locale));
  return [
    {
      header: t("value"),
      className: "num",
      cell: (o) => (
        <>
          <Link href={`/observations/${o.id}`}>{display(o)}</Link>
          {o.status === "retracted" && <span className="sr-only">{t("retractedSr")}</span>}
        </>
      ),
    },
    { header: t("outlet"), cell: (o) => o.outlet.name },
    { header: t("cited"), cell: (o) => o.citedSources.join(" › ") },
    { header: t("reported"), cell: (o) => <time dateTime={o.reportedOn}>{formatDate(o.reportedOn, locale)}</time> },
    { header: t("refersTo"), cell: (o) => <PeriodCell o={o} locale={locale} /> },
    {
      header: t("quote"),
      cell: (o) => (
        <>
          <blockquote className="quote">“{o.quote}”</blockquote>
          {o.url && (
            <a href={o.url} rel="noopener noreferrer" className="small">
              {t("readArticle")}
            </a>
          )}
          {o.note && <div className="small muted">{t("note", { note: o.note })}</div>}
        </>
      ),
    },
    {
      header: t("status"),
      cell: (o) =>
        o.status === "retracted" ? (
          <span className="retraction-reason">{t("retracted", { reason: o.statusReason ?? "" })}</span>
        ) : (
          <CheckBadge status={o.checkStatus} />
        ),
    },
  ];
}

type Props = {
  observations: ObservationDto[];
  /** the figure's unit: values are then written in the reader's language */
  unit?: string;
  highlightId?: string | null;
  columns?: ObservationColumn[];
  /** values an unresolved alert involves (lib/monitoring) */
  alertedIds?: string[];
  pagination?: { page: number; pageSize: number; total: number; onPage: (page: number) => void };
};

export function ObservationTable({
  observations,
  unit,
  highlightId,
  columns: given,
  pagination,
  alertedIds = [],
}: Props) {
  const t = useTranslations("table");
  const locale = useLocale();
  const columns = given ?? observationColumns(t, locale, unit);
  if (observations.length === 0) return <p className="empty">{t("empty")}</p>;
  const pages = pagination ? Math.max(1, Math.ceil(pagination.total / pagination.pageSize)) : 1;
  return (
    <>
      <DataTable
        caption={t("caption")}
        head={columns.map((c) => c.header)}
        testId="observation-table"
        className="stack-on-phone"
      >
        {observations.map((o) => (
          <tr
            key={o.id}
            id={`obs-${o.id}`}
            className={
              [
                o.status === "retracted" ? "retracted" : "",
                o.id === highlightId ? "highlight" : "",
                alertedIds.includes(o.id) ? "alerted" : "",
              ]
                .join(" ")
                .trim() || undefined
            }
            data-alerted={alertedIds.includes(o.id) || undefined}
          >
            {columns.map((c) => (
              <td key={c.header} className={c.className} data-label={c.header}>
                {c.cell(o)}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      {pagination && pages > 1 && (
        <nav className="pager" aria-label={t("pages")}>
          <button
            type="button"
            className="button secondary"
            disabled={pagination.page <= 1}
            onClick={() => pagination.onPage(pagination.page - 1)}
          >
            {t("previous")}
          </button>
          <span>{t("pageOf", { page: pagination.page, pages, total: pagination.total })}</span>
          <button
            type="button"
            className="button secondary"
            disabled={pagination.page >= pages}
            onClick={() => pagination.onPage(pagination.page + 1)}
          >
            {t("next")}
          </button>
        </nav>
      )}
    </>
  );
}

/** The period in the reader's language; the reporter's words beneath where the page named it from its dates. */
function PeriodCell({ o, locale }: { o: ObservationDto; locale: Locale }) {
  const words = periodAsReported(o, locale);
  return (
    <>
      {formatPeriod(o, locale)}
      {words && <div className="small muted">{words}</div>}
    </>
  );
}
