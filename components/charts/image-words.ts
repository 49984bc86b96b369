// The words an image of a chart carries (chart-svg.ts), in the reader's language, from the
// "embed" messages: the same for the figure page's downloads, the embed and the static images.
import type { EventDto } from "@/lib/events/list-events-for-figure";
import { formatDate } from "@/lib/format/format-date";
import type { Messages } from "@/lib/i18n/messages";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";
import { unitName } from "@/lib/values/format-value";
import type { ChartLayout } from "./chart-layout";
import type { ChartImageWords } from "./chart-svg";

export type EmbedKey = keyof Messages["embed"];
export type EmbedT = (key: EmbedKey, values?: Record<string, string | number>) => string;

/** "AP, Reuters and The Guardian" / "AP, Reuters y The Guardian". */
export function listOutlets(names: string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_TAG[locale], { style: "long", type: "conjunction" }).format(names);
}

/** The source line: the outlets on the chart by name. */
export function sourceLine(t: EmbedT, names: string[], locale: Locale): string {
  return names.length ? t("source", { outlets: listOutlets(names, locale) }) : t("sourceNone");
}

export function markerKey(t: EmbedT, hasRetracted: boolean): ChartImageWords["key"] {
  return [
    { kind: "exact" as const, label: t("keyExact") },
    { kind: "atLeast" as const, label: t("keyAtLeast") },
    { kind: "atMost" as const, label: t("keyAtMost") },
    { kind: "about" as const, label: t("keyAbout") },
    { kind: "range" as const, label: t("keyRange") },
    { kind: "unchecked" as const, label: t("keyUnchecked") },
    ...(hasRetracted ? [{ kind: "retracted" as const, label: t("keyRetracted") }] : []),
  ];
}

type Options = {
  t: EmbedT;
  locale: Locale;
  title: string;
  subtitle?: string | null;
  unit: string;
  layout: ChartLayout;
  events: EventDto[];
  /** ISO date the data was taken (today, for a download) */
  date: string;
};

export function imageWords({ t, locale, title, subtitle, unit, layout, events, date }: Options): ChartImageWords {
  const shownUnit = unitName(unit, locale);
  return {
    title,
    subtitle: subtitle?.trim() || null,
    unitLine: t("unitLine", { unit: shownUnit }),
    unit: shownUnit,
    keyTitle: t("keyTitle"),
    key: markerKey(
      t,
      layout.visible.some((s) => s.retracted.length > 0),
    ),
    consensus: t("consensus"),
    // The chart numbers its event lines 1, 2, 3… in this order (chart-layout.ts).
    events: events.map((e, i) => t("event", { n: i + 1, date: formatDate(e.date, locale), title: e.title })),
    source: sourceLine(
      t,
      layout.visible.map((s) => s.outletName),
      locale,
    ),
    data: t("data", { date: formatDate(date, locale) }),
  };
}
