// /embed/figures/:slug — a figure's chart without the site's header, for other sites' iframes.
// (The root layout's header is hidden by the `body:has(.embed)` rule in globals.css.)
import type { Metadata } from "next";
import { cache } from "react";
import { EmbedView } from "@/components/figures/embed-view";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => orNotFound(getFigureChart({ slug })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { figure } = await load((await params).slug);
  return { title: figure.title, robots: { index: false } };
}

export default async function EmbedPage({ params }: Props) {
  return <EmbedView initial={await load((await params).slug)} />;
}
