"use client";
// A figure's reported values over reported date: one step line per outlet (a reported value
// holds until that outlet reports again), qualifier markers, and event annotations.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint, ChartSeries } from "@/lib/figures/chart-series";
import type { EventDto } from "@/lib/events/list-events-for-figure";
import { formatDate } from "@/lib/format/format-date";
import { QUALIFIER_LEGEND, QualifierDot } from "./qualifier-dot";

const DAY_MS = 86_400_000;
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

type Props = { series: ChartSeries[]; events: EventDto[]; unit: string; highlightId?: string | null; summary: string };

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload: ChartPoint }[] }) {
  const p = active ? payload?.[0]?.payload : undefined;
  if (!p) return null;
  return (
    <div className="panel small" style={{ maxWidth: 340, boxShadow: "0 4px 16px rgba(0,0,0,.12)" }} role="status">
      <strong>{p.display}</strong>
      <div>{p.outletName} · reported {formatDate(p.reportedOn)}</div>
      <div className="muted">Source: {p.citedSources.join(" › ")}</div>
      {p.period && <div className="muted">Refers to: {p.period}</div>}
      <blockquote className="quote" style={{ marginTop: ".4rem" }}>
        “{p.quote}”
      </blockquote>
    </div>
  );
}

export function FigureChart({ series, events, unit, highlightId, summary }: Props) {
  const times = series.flatMap((s) => s.points.map((p) => p.t)).concat(events.map((e) => Date.parse(`${e.date}T00:00:00Z`)));
  if (series.length === 0) {
    return <p className="empty">No published values to chart yet.</p>;
  }
  // Pad the time axis so points never sit on its edges, and so a figure whose reports all fall
  // on one day still gets a readable axis.
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(7 * DAY_MS, (last - first) * 0.05);
  const [min, max] = [first - pad, last + pad];
  return (
    <figure className="panel" style={{ margin: 0 }} data-testid="figure-chart">
      <div role="img" aria-label={summary} style={{ height: 380 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[min, max]}
              tickFormatter={(t: number) => formatDate(new Date(t).toISOString())}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              tickFormatter={(v: number) => compact.format(v)}
              tick={{ fontSize: 12 }}
              width={64}
              label={{ value: unit, angle: -90, position: "insideLeft", style: { fontSize: 12, fill: "#5b6270" } }}
            />
            <Tooltip content={<PointTooltip />} shared={false} />
            {events.map((e, i) => (
              <ReferenceLine
                key={e.id}
                x={Date.parse(`${e.date}T00:00:00Z`)}
                stroke="#8a909c"
                strokeDasharray="4 4"
                label={{ value: String(i + 1), position: "top", fontSize: 12, fill: "#5b6270" }}
              />
            ))}
            {series.map((s) => (
              <Line
                key={s.outletId}
                data={s.points}
                dataKey="y"
                name={s.outletName}
                type="stepAfter"
                stroke={s.color}
                strokeWidth={2}
                isAnimationActive={false}
                dot={({ key, ...p }) => <QualifierDot key={key} {...p} stroke={s.color} highlightId={highlightId} />}
                activeDot={({ key, ...p }) => <QualifierDot key={key} {...p} stroke={s.color} highlightId={(p.payload as ChartPoint)?.id} />}
              />
            ))}
            <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 13 }} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart-legend">
        {QUALIFIER_LEGEND.map((q) => (
          <span key={q.label}>
            <span aria-hidden="true">{q.symbol}</span> {q.label}
          </span>
        ))}
      </figcaption>
      {events.length > 0 && (
        <ol className="small muted" style={{ margin: ".75rem 0 0", paddingLeft: "1.25rem" }} aria-label="Events marked on the chart">
          {events.map((e) => (
            <li key={e.id}>
              {formatDate(e.date)}: {e.url ? <a href={e.url}>{e.title}</a> : e.title}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
