// /compare?figures=a,b — two or more figures with the same unit on one chart.
import type { Metadata } from "next";
import Link from "next/link";
import { CompareChart } from "@/components/compare/compare-chart";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { compareFigures } from "@/lib/figures/compare-figures";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare figures" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ figures?: string }> }) {
  const { figures = "" } = await searchParams;
  let result: Awaited<ReturnType<typeof compareFigures>> | null = null;
  let problem: string | null = null;
  try {
    result = await compareFigures({ db: getDb(), slugs: figures.split(",") });
  } catch (e) {
    if (!(e instanceof AppError) || (e.code !== "validation_failed" && e.code !== "not_found")) throw e;
    problem = e.message;
  }
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Compare figures</h1>
          <p className="muted">Figures with the same unit on one chart: each line is the consensus of its outlets.</p>
        </div>
      </div>
      <form className="dashboard-search" action="/compare">
        <label htmlFor="compare-figures">Figures (slugs, comma-separated)</label>
        <input id="compare-figures" name="figures" defaultValue={figures} placeholder="us-boat-strike-deaths,us-sanctions-petro-people" />
        <button type="submit" className="button">
          Compare
        </button>
      </form>
      {problem || !result ? (
        <p className="empty" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <CompareChart series={result.figures} unit={result.unit} summary={result.figures.map((f) => `${f.title}: ${f.summary}`).join(" ")} />
          <ul className="compare-list">
            {result.figures.map((f) => (
              <li key={f.slug}>
                <Link href={`/figures/${f.slug}`}>{f.title}</Link>: {f.summary}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
