"use client";
// A figure's reported values over time: one step line per outlet (a value holds until that
// outlet reports again), range bands, qualifier markers, the "outlets agree" line, event reference
// lines, and a tooltip with the quote. Everything a reader changes (x mode, scale, hidden
// outlets, zoom, consensus, retracted) is `state`, which the page keeps in the URL.
// The controls, outlet toggles and legend are plain React; the plot is drawn twice over: first
// as a server-rendered SVG snapshot (no JavaScript needed to see it), then by Recharts, whose
// chunk is imported only once the page is idle (with a mouse) or the reader reaches for the chart
// (touch, focus), so it never delays a page's first paint or interactivity. Both draw from
// chart-layout.ts, so nothing moves when one replaces the other.
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useCallback, useEffect, useMemo, useState, type ComponentType } from "react";
import type { FigureChartData } from "@/lib/figures/chart-series";
import type { ChartState } from "@/lib/figures/chart-state";
import type { EventDto } from "@/lib/events/list-events-for-figure";
import { formatDate, formatPeriod } from "@/lib/format/format-date";
import { unitName } from "@/lib/values/format-value";
import { layoutChart } from "./chart-layout";
import { ChartSnapshot } from "./chart-snapshot";
import { downloadPng, downloadSvg } from "./export-chart";
import type { FigurePlotProps } from "./figure-plot";
import { imageWords, markerKey, type EmbedT } from "./image-words";
import { MarkerKey } from "./marker-key";

let plotModule: Promise<ComponentType<FigurePlotProps>> | null = null;
/** One import of the Recharts plot per tab, however many charts ask. */
const loadPlot = () => (plotModule ??= import("./figure-plot").then((m) => m.FigurePlot));

/** Calls `fn` once the browser has nothing better to do (after hydration and first paint). */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(fn, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}

type Props = {
  title: string;
  slug: string;
  unit: string;
  chart: FigureChartData;
  events: EventDto[];
  summary: string;
  state: ChartState;
  onChange: (patch: Partial<ChartState>) => void;
  highlightId?: string | null;
  /** for readers (the embed): outlet toggles and tooltips only, no editor's controls */
  isReader?: boolean;
};

/** The view's choices above the chart: each a value in the URL and its words (messages "chart"). */
const VIEW_CHOICES = [
  {
    key: "x",
    label: "xAxis",
    options: [
      ["reported", "xReported"],
      ["refers", "xRefers"],
    ],
  },
  {
    key: "scale",
    label: "scale",
    options: [
      ["linear", "linear"],
      ["log", "log"],
    ],
  },
  {
    key: "colour",
    label: "colourBy",
    options: [
      ["outlet", "colourOutlet"],
      ["origin", "colourOrigin"],
    ],
  },
] as const;

export function FigureChart({
  title,
  slug,
  unit,
  chart,
  events,
  summary,
  state,
  onChange,
  highlightId,
  isReader = false,
}: Props) {
  const t = useTranslations("chart");
  const te = useTranslations("embed") as EmbedT;
  const locale = useLocale();
  const shownUnit = unitName(unit, locale);
  const [busy, setBusy] = useState(false);
  const [Plot, setPlot] = useState<ComponentType<FigurePlotProps> | null>(null);

  const load = useCallback(() => {
    void loadPlot().then((component) => startTransition(() => setPlot(() => component)));
  }, []);
  // With a mouse, preload at idle so the first hover already gets its tooltip. On touch screens
  // (phones) wait until the reader touches or focuses the chart: Recharts' ~330 KB chunk and its
  // first render cost a throttled phone 0.5–1 s of main thread, which would land in page load.
  useEffect(
    () => (window.matchMedia("(hover: hover) and (pointer: fine)").matches ? whenIdle(load) : undefined),
    [load],
  );

  const layout = useMemo(() => layoutChart({ chart, events, state }), [chart, events, state]);
  const { drawn, showConsensus } = layout;
  const hidden = useMemo(() => new Set(state.hidden), [state.hidden]);

  if (chart.series.length === 0) return <p className="empty">{t("empty")}</p>;

  const toggleOutlet = (outletSlug: string) =>
    onChange({
      hidden: hidden.has(outletSlug) ? state.hidden.filter((h) => h !== outletSlug) : [...state.hidden, outletSlug],
    });

  const exportOpts = (ext: string) => ({
    layout,
    scale: state.scale,
    locale,
    words: imageWords({ t: te, locale, title, unit, layout, events, date: new Date().toISOString() }),
    filename: `tally-${slug}-chart.${ext}`,
  });

  return (
    <figure
      className="panel chart-panel"
      data-testid="figure-chart"
      data-interactive={Plot ? "true" : "false"}
      onPointerEnter={load}
      onTouchStart={load}
      onFocus={load}
    >
      {!isReader && (
        <div className="chart-controls" role="group" aria-label={t("options")}>
          {VIEW_CHOICES.map((c) => (
            <label key={c.key}>
              {t(c.label)}{" "}
              <select
                value={state[c.key]}
                onChange={(e) => onChange({ [c.key]: e.target.value } as Partial<ChartState>)}
              >
                {c.options.map(([value, label]) => (
                  <option key={value} value={value}>
                    {t(label)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label className="check">
            <input
              type="checkbox"
              checked={state.consensus}
              onChange={(e) => onChange({ consensus: e.target.checked })}
            />{" "}
            {t("consensusLine")}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={state.retracted}
              onChange={(e) => onChange({ retracted: e.target.checked, page: 1 })}
            />{" "}
            {t("showRetracted")}
            {chart.retractedCount > 0 ? ` (${chart.retractedCount})` : ""}
          </label>
          <label>
            {t("from")}{" "}
            <input type="date" value={state.from ?? ""} onChange={(e) => onChange({ from: e.target.value || null })} />
          </label>
          <label>
            {t("to")}{" "}
            <input type="date" value={state.to ?? ""} onChange={(e) => onChange({ to: e.target.value || null })} />
          </label>
          {(state.from || state.to) && (
            <button
              type="button"
              className="button secondary small-button"
              onClick={() => onChange({ from: null, to: null })}
            >
              {t("resetZoom")}
            </button>
          )}
          <span className="chart-downloads">
            <button
              type="button"
              className="button secondary small-button"
              disabled={busy}
              onClick={() => downloadSvg(exportOpts("svg"))}
            >
              {t("downloadSvg")}
            </button>
            <button
              type="button"
              className="button secondary small-button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                downloadPng(exportOpts("png")).finally(() => setBusy(false));
              }}
            >
              {t("downloadPng")}
            </button>
          </span>
        </div>
      )}

      <div className="chart-outlets" role="group" aria-label={t("outlets")}>
        {drawn.map((s) => (
          <button
            key={s.outletId}
            type="button"
            className="outlet-toggle"
            aria-pressed={!s.isHidden}
            onClick={() => toggleOutlet(s.outletSlug)}
            style={{ ["--swatch" as string]: s.color }}
            data-dash={s.dash ?? undefined}
          >
            {s.outletName}
            {state.colour === "origin" && s.origin ? ` (${s.origin})` : ""}
          </button>
        ))}
        {showConsensus && (
          <span className="consensus-key" aria-hidden="true">
            {t("consensus")}
          </span>
        )}
      </div>

      <div className="chart-plot">
        {Plot ? (
          <Plot
            layout={layout}
            scale={state.scale}
            unit={shownUnit}
            summary={summary}
            highlightId={highlightId}
            onZoom={(range) => onChange(range)}
          />
        ) : (
          <div role="img" aria-label={summary}>
            <ChartSnapshot layout={layout} scale={state.scale} unit={shownUnit} locale={locale} />
          </div>
        )}
      </div>

      {layout.undated.length > 0 && (
        <div className="chart-undated" data-testid="chart-undated">
          <p className="small">
            <strong>{t("undatedLead")}</strong>
            {t("undatedRest")}
          </p>
          <ul className="small">
            {layout.undated.map((p) => (
              <li key={p.id}>
                {t("undatedItem", { value: p.display, outlet: p.outletName, date: formatDate(p.reportedOn, locale) })}
                {p.period !== formatPeriod({ refersStart: null, refersEnd: null, refersLabel: null }, locale)
                  ? ` (“${p.period}”)`
                  : ""}
              </li>
            ))}
          </ul>
        </div>
      )}

      <figcaption className="chart-legend">
        <MarkerKey items={markerKey(te, state.retracted && chart.retractedCount > 0)} title={te("keyTitle")} />
        {showConsensus && <span>{t("consensusNote")}</span>}
      </figcaption>
      {events.length > 0 && (
        <ol className="small muted" style={{ margin: ".75rem 0 0", paddingLeft: "1.25rem" }} aria-label={t("events")}>
          {events.map((e) => (
            <li key={e.id}>
              {formatDate(e.date, locale)}: {e.url ? <a href={e.url}>{e.title}</a> : e.title}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
