"use client";
// Several figures with the same unit on one chart: each figure's "outlets agree" line (what its
// outlets' latest reports agree on), coloured by figure, with a table of the same numbers beside it.
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { colorFor } from "@/lib/figures/chart-series";
import type { ConsensusPoint } from "@/lib/figures/consensus";
import { formatDate } from "@/lib/format/format-date";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";
import { unitName } from "@/lib/values/format-value";

export type CompareSeries = { slug: string; title: string; consensus: ConsensusPoint[] };

const compact = (locale: Locale) =>
  new Intl.NumberFormat(INTL_TAG[locale], { notation: "compact", maximumFractionDigits: 1 });
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** `describedBy`: the id of the figures said in words (the chart's long description). */
export function CompareChart({
  series,
  unit,
  describedBy,
}: {
  series: CompareSeries[];
  unit: string;
  describedBy: string;
}) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const yFormat = compact(locale);
  const unitLabel = unitName(unit, locale);
  const xs = series.flatMap((s) => s.consensus.map((p) => p.t));
  const DAY = 86_400_000;
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const pad = Math.max(7 * DAY, (last - first) * 0.05);
  // With no point at all, Recharts picks the axis itself.
  const domain = xs.length ? [first - pad, last + pad] : ["auto", "auto"];
  return (
    <figure className="panel chart-panel" data-testid="compare-chart">
      <div
        role="img"
        aria-label={t("chartLabel", { titles: series.map((s) => s.title).join(", "), unit: unitLabel })}
        aria-describedby={describedBy}
        style={{ height: 380 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={domain}
              tickFormatter={(x: number) => formatDate(iso(x), locale)}
              tick={{ fontSize: 12, fill: "#4a505c" }}
            />
            <YAxis
              tickFormatter={(v: number) => yFormat.format(v)}
              tick={{ fontSize: 12, fill: "#4a505c" }}
              width={64}
              label={{ value: unitLabel, angle: -90, position: "insideLeft", style: { fontSize: 12, fill: "#4a505c" } }}
            />
            {series.map((s) => (
              <Line
                key={s.slug}
                data={s.consensus}
                dataKey="y"
                name={s.title}
                type="stepAfter"
                stroke={colorFor(s.slug)}
                strokeWidth={2.5}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
            <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 13 }} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart-legend">{t("caption")}</figcaption>
    </figure>
  );
}
