"use client";
// Under the compare chart: each figure in words (the figure page's summary, in the reader's
// language), also the chart's long description (aria-describedby).
import Link from "next/link";
import { useFigureSummary } from "@/components/figures/figure-view";
import type { FigureStats } from "@/lib/figures/summarize-figure";

type Figure = { slug: string; title: string; unit: string; stats: FigureStats };

function Summary({ figure }: { figure: Figure }) {
  return <>{useFigureSummary(figure.unit, figure.stats)}</>;
}

export function CompareSummaries({ id, figures }: { id: string; figures: Figure[] }) {
  return (
    <ul className="compare-list" id={id}>
      {figures.map((f) => (
        <li key={f.slug}>
          <Link href={`/figures/${f.slug}`}>{f.title}</Link>: <Summary figure={f} />
        </li>
      ))}
    </ul>
  );
}
