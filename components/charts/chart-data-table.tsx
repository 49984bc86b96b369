// The chart's data as a table (the accessible alternative to the drawing): every point the
// chart draws, by outlet, oldest first.
import type { ChartSeries } from "@/lib/figures/chart-series";
import { formatDate } from "@/lib/format/format-date";

const LIMIT = 300;

export function ChartDataTable({ series, hidden }: { series: ChartSeries[]; hidden: string[] }) {
  const rows = series
    .filter((s) => !hidden.includes(s.outletSlug))
    .flatMap((s) => s.points.filter((p) => !p.isRetracted))
    .sort((a, b) => a.t - b.t);
  return (
    <details className="chart-data">
      <summary>Chart data as a table ({rows.length} points)</summary>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Values drawn on the chart, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Reported</th>
              <th scope="col">Outlet</th>
              <th scope="col">Value</th>
              <th scope="col">Refers to</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, LIMIT).map((p) => (
              <tr key={p.id}>
                <td>{formatDate(p.reportedOn)}</td>
                <td>{p.outletName}</td>
                <td className="num">{p.display}</td>
                <td>{p.period}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > LIMIT && <p className="small muted">The first {LIMIT} points; the table below holds every reported value.</p>}
    </details>
  );
}
