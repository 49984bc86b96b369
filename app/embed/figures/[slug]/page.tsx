// /embed/figures/:slug — a figure's chart for readers, in other sites' iframes (?theme=light|dark).
// (The root layout's header is hidden by the `body:has(.embed)` rule in globals.css.)
// The static pictures /embed/figures/:slug.svg and .png are app/embed/figure-image/ (next.config.ts).
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { EmbedView } from "@/components/figures/embed-view";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { orNotFound } from "@/lib/http/or-not-found";
import { packChartView } from "@/lib/figures/pack-chart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ theme?: string }> };

const load = cache(async (slug: string) => orNotFound(getFigureChart({ slug, locale: await getLocale() })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ figure }, locale] = await Promise.all([load((await params).slug), getLocale()]);
  return { title: localizedFigureText(figure, locale).title, robots: { index: false } };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const [{ slug }, { theme }] = await Promise.all([params, searchParams]);
  const view = await load(slug);
  // Updated: when the figure or its newest value last changed.
  const updatedOn = [view.figure.updatedAt, view.stats.latest?.loggedAt ?? ""].sort().at(-1)!;
  return <EmbedView initial={packChartView(view)} theme={theme === "dark" ? "dark" : "light"} updatedOn={updatedOn} />;
}
