// A figure's chart as the picture the static images serve (/embed/figures/:slug.svg and .png):
// the whole figure, every outlet shown, in the embed's default view, words in the reader's
// language. The same builder (chart-svg.ts) as the figure page's downloads.
import { DEFAULT_CHART_STATE } from "@/lib/figures/chart-state";
import type { FigureChartView } from "@/lib/figures/get-figure-chart";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import type { Locale } from "@/lib/i18n/locales";
import { layoutChart } from "./chart-layout";
import { buildChartSvg, type ChartTheme } from "./chart-svg";
import { imageWords, type EmbedT } from "./image-words";

/** The honest headline (lib/values/headline.ts) and its period: what the outlets' latest reports say together. */
function headlineLine(view: FigureChartView): string | null {
  const h = view.stats.headline;
  return h ? (h.period ? `${h.display} (${h.period})` : h.display) : null;
}

export function figurePicture({
  view,
  t,
  locale,
  theme,
  today,
}: {
  view: FigureChartView;
  t: EmbedT;
  locale: Locale;
  theme: ChartTheme;
  today: string;
}) {
  const layout = layoutChart({ chart: view.chart, events: view.events, state: DEFAULT_CHART_STATE });
  const text = localizedFigureText(view.figure, locale);
  const words = imageWords({
    t,
    locale,
    title: text.title,
    subtitle: headlineLine(view) ?? text.description,
    unit: view.figure.unit,
    layout,
    events: view.events,
    date: today,
  });
  return buildChartSvg({ layout, scale: DEFAULT_CHART_STATE.scale, words, locale, theme });
}
