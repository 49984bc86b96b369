// The chart's data as a table (the accessible alternative to the drawing): every point the
// chart draws, by outlet, oldest first.
import { useLocale, useTranslations } from "next-intl";
import type { ChartSeries } from "@/lib/figures/chart-series";
import { formatDate } from "@/lib/format/format-date";
import { DataTable } from "@/components/ui/data-table";

const LIMIT = 300;

export function ChartDataTable({ series, hidden }: { series: ChartSeries[]; hidden: string[] }) {
  const t = useTranslations("chartData");
  const locale = useLocale();
  const rows = series
    .filter((s) => !hidden.includes(s.outletSlug))
    .flatMap((s) => s.points.filter((p) => !p.isRetracted))
    .sort((a, b) => a.t - b.t);
  return (
    <details className="chart-data">
      <summary>{t("summary", { count: rows.length })}</summary>
      <DataTable caption={t("caption")} head={[t("reported"), t("outlet"), t("value"), t("refersTo")]}>
        {rows.slice(0, LIMIT).map((p) => (
          <tr key={p.id}>
            <td>{formatDate(p.reportedOn, locale)}</td>
            <td>{p.outletName}</td>
            <td className="num">{p.display}</td>
            <td>{p.period}</td>
          </tr>
        ))}
      </DataTable>
      {rows.length > LIMIT && <p className="small muted">{t("limit", { limit: LIMIT })}</p>}
    </details>
  );
}
