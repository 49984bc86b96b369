"use client";
// The chart for readers, inside another site's iframe, in the manner of Datawrapper's embeds:
// title, subtitle and the honest headline; the chart (the server-drawn SVG first, Recharts with
// its tooltips once the reader reaches for it); a key for every marker; the outlets by name in the
// source line; when it was updated; a link back. A reader may hide or show outlets and read
// tooltips, nothing else. The embed tells its host page how tall it is (postMessage), and
// public/embed.js on the host page sizes the iframe to it.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { FigureChart } from "@/components/charts/figure-chart";
import { layoutChart } from "@/components/charts/chart-layout";
import { sourceLine, type EmbedT } from "@/components/charts/image-words";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import type { PackedChartView } from "@/lib/figures/pack-chart";
import { summarizeFigure } from "@/lib/figures/summarize-figure";
import { formatDate } from "@/lib/format/format-date";
import { useLiveChart } from "./use-live-chart";

/** The message the host page's script listens for. */
export const EMBED_HEIGHT_MESSAGE = "tally:embed-height";
/** The host page's script asks when it starts, in case the embed spoke before it listened. */
export const EMBED_ASK_MESSAGE = "tally:embed-ask";

type Props = { initial: PackedChartView; theme: "light" | "dark"; updatedOn: string };

export function EmbedView({ initial, theme, updatedOn }: Props) {
  const t = useTranslations("embed") as EmbedT;
  const locale = useLocale();
  const slug = initial.figure.slug;
  const { data, state, chartProps } = useLiveChart(initial);
  const summary = summarizeFigure({ unit: data.figure.unit, stats: data.stats });
  const layout = useMemo(() => layoutChart({ chart: data.chart, events: data.events, state }), [data, state]);
  const root = useRef<HTMLDivElement>(null);

  // Tell the host page how tall the embed is, now and whenever it changes (a hidden outlet, a
  // narrower frame that wraps the key). The height is the content's, not the frame's, so a
  // frame that is too tall shrinks too.
  useEffect(() => {
    const el = root.current;
    if (!el || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(
        el.getBoundingClientRect().bottom +
          window.scrollY +
          parseFloat(getComputedStyle(el.parentElement!).paddingBottom || "0"),
      );
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, slug, height }, "*");
    };
    const onAsk = (e: MessageEvent) => {
      if (e.source !== window.parent || (e.data as { type?: string } | null)?.type !== EMBED_ASK_MESSAGE) return;
      last = 0;
      post();
    };
    window.addEventListener("message", onAsk);
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onAsk);
    };
  }, [slug]);

  const headline = data.stats.headline;
  const text = localizedFigureText(data.figure, locale);
  return (
    <div className="embed" data-theme={theme} data-testid="embed" ref={root}>
      <h1 className="embed-title">{text.title}</h1>
      {text.description && <p className="embed-subtitle">{text.description}</p>}
      {headline && (
        <p className="embed-headline" data-testid="embed-headline">
          <strong>{headline.display}</strong>
          {headline.period && <span className="muted"> · {t("socialLatest", { period: headline.period })}</span>}
        </p>
      )}
      <FigureChart {...chartProps} title={text.title} summary={summary} isReader />
      <footer className="embed-footer small">
        <p data-testid="embed-source">
          {sourceLine(
            t,
            layout.visible.map((s) => s.outletName),
            locale,
          )}
        </p>
        <p>
          {t("updated", { date: formatDate(updatedOn, locale) })} ·{" "}
          <a href={`/figures/${slug}`} target="_blank" rel="noopener">
            {t("seeAll")}
          </a>
        </p>
      </footer>
    </div>
  );
}
