// The standalone picture of a chart (downloads, /embed/figures/:slug.svg|.png): it carries its
// words (title, unit, the marker key, the events, the outlets named) and nothing interactive.
import { describe, expect, it } from "vitest";
import { layoutChart } from "@/components/charts/chart-layout";
import { buildChartSvg, buildMiniChartSvg, wrapText } from "@/components/charts/chart-svg";
import { imageWords, type EmbedT } from "@/components/charts/image-words";
import type { FigureChartData } from "@/lib/figures/chart-series";
import { DEFAULT_CHART_STATE } from "@/lib/figures/chart-state";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "next-intl";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const point = (
  id: string,
  date: string,
  y: number,
  qualifier: "exact" | "at_least" | "approximately",
  outletName: string,
  checkStatus: "checked" | "unchecked" = "checked",
) => ({
  t: day(date),
  tr: day(date),
  y,
  band: [y, y] as [number, number],
  id,
  display: `${y} people`,
  qualifier,
  checkStatus,
  isRetracted: false,
  reportedOn: date,
  period: date,
  citedSources: [],
  quote: "",
  url: null,
  outletName,
  origin: "",
});
const chart: FigureChartData = {
  series: [
    {
      outletId: "a",
      outletSlug: "ap",
      outletName: "AP",
      color: "#E69F00",
      dash: null,
      origin: "",
      points: [point("1", "2025-09-02", 11, "exact", "AP"), point("2", "2025-10-20", 43, "at_least", "AP")],
    },
    {
      outletId: "r",
      outletSlug: "reuters",
      outletName: "Reuters & Co",
      color: "#0072B2",
      dash: "6 3",
      origin: "",
      points: [point("3", "2025-10-01", 30, "approximately", "Reuters & Co", "unchecked")],
    },
  ],
  consensus: [],
  publishedCount: 3,
  retractedCount: 0,
};
const events = [{ id: "e1", date: "2025-09-15", title: "Strike on a boat off Venezuela", url: null, description: "" }];

function picture(locale: "en" | "es", theme: "light" | "dark" = "light") {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "embed" }) as unknown as EmbedT;
  const layout = layoutChart({ chart, events, state: DEFAULT_CHART_STATE });
  const words = imageWords({
    t,
    locale,
    title: "People killed in US strikes",
    subtitle: "at least 43 people",
    unit: "people",
    layout,
    events,
    date: "2026-12-02",
  });
  return buildChartSvg({ layout, scale: "linear", words, locale, theme });
}

describe("buildChartSvg", () => {
  it("says what the chart says: title, unit, the marker key, the events, the outlets and the date", () => {
    const { svg } = picture("en");
    for (const text of [
      "People killed in US strikes",
      "at least 43 people",
      "Unit: people",
      "How to read the markers",
      "at least / more than",
      "approximately",
      "hollow: not yet checked by a second editor",
      "1. Sep 15, 2025: Strike on a boat off Venezuela",
      "Source: AP and Reuters &amp; Co; compiled by Tally",
      "Data: Tally, Dec 2, 2026",
    ]) {
      expect(svg).toContain(text);
    }
  });

  it("draws each outlet's line in its colour and dash, and every marker shape", () => {
    const { svg } = picture("en");
    expect(svg).toMatch(/stroke="#0072B2" stroke-width="2" stroke-dasharray="6 3"/);
    expect(svg).toMatch(
      /<path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+ Z" stroke="#E69F00" stroke-width="2" fill="#E69F00"/,
    ); // ▲ filled: checked
    expect(svg).toMatch(/stroke="#0072B2" stroke-width="2" fill="#ffffff" stroke-dasharray="2 1.5"/); // ◆ hollow: unchecked
  });

  it("is a clean document: no classes, data-*, event handlers or styles", () => {
    const { svg, width, height } = picture("en");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="\d+"/);
    expect(svg).not.toMatch(/\s(class|style|data-[\w-]+|on\w+|aria-live|tabindex)=/);
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(600);
  });

  it("speaks Spanish when the reader does, and paints dark paper for ?theme=dark", () => {
    const { svg } = picture("es", "dark");
    expect(svg).toContain("Cómo leer los marcadores");
    expect(svg).toContain("Fuente: AP y Reuters &amp; Co; recopilado por Tally");
    expect(svg).toContain("Datos: Tally, 2 dic 2026");
    expect(svg).toContain('fill="#15171c"');
  });

  it("wraps long text to the width", () => {
    expect(wrapText("one two three four five six", 10, 60)).toEqual(["one two", "three four", "five six"]);
  });

  it("has a word-free small chart for the social card", () => {
    const mini = buildMiniChartSvg({
      layout: layoutChart({ chart, events, state: DEFAULT_CHART_STATE }),
      scale: "linear",
      width: 600,
      height: 200,
    });
    expect(mini).not.toContain("<text");
    expect(mini).toContain('stroke="#E69F00"');
  });
});
