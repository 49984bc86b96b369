// /compare?figures=a,b — two or more figures with the same unit on one chart.
import type { Metadata } from "next";
import Link from "next/link";
import { CompareChart } from "@/components/compare/compare-chart";
import { AppError } from "@/lib/errors";
import { compareFigures } from "@/lib/figures/compare-figures";
import { listFigureOptions, type FigureOption } from "@/lib/figures/list-figure-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare figures" };

/** Figures grouped by unit: only figures with the same unit can share a chart. */
function byUnit(options: FigureOption[]): [string, FigureOption[]][] {
  const groups = new Map<string, FigureOption[]>();
  for (const o of options) groups.set(o.unit, [...(groups.get(o.unit) ?? []), o]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ figures?: string | string[] }> }) {
  const { figures: given = [] } = await searchParams;
  // `?figures=a,b` (a shared link) or `?figures=a&figures=b` (the picker's checkboxes).
  const slugs = [given].flat().flatMap((f) => f.split(",")).map((s) => s.trim()).filter(Boolean);
  const isEmpty = slugs.length === 0;
  let result: Awaited<ReturnType<typeof compareFigures>> | null = null;
  let problem: string | null = null;
  if (!isEmpty) {
    try {
      result = await compareFigures({ slugs });
    } catch (e) {
      if (!(e instanceof AppError) || (e.code !== "validation_failed" && e.code !== "not_found")) throw e;
      problem = e.message;
    }
  }
  const groups = byUnit(await listFigureOptions({}));
  const comparable = groups.filter(([, figures]) => figures.length >= 2);
  const chosen = new Set(slugs);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Compare figures</h1>
          <p className="muted">Figures with the same unit on one chart: each line is what its outlets’ latest reports agree on (a gap where they disagree).</p>
        </div>
      </div>
      {problem && (
        <p className="empty" role="alert">
          {problem}
        </p>
      )}
      {result && (
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
      {isEmpty && (
        <p className="empty" data-testid="compare-empty">
          {comparable.length > 0
            ? "Nothing to compare yet. Tick two or more figures that share a unit below, then press Compare. The page's address keeps your choice, so you can share it."
            : "No two figures share a unit yet, so there is nothing to put on one chart. Figures can be compared once at least two of them are counted in the same unit."}
        </p>
      )}
      {comparable.length > 0 && (
        <section aria-labelledby="compare-pick">
          <h2 id="compare-pick">{isEmpty ? "Pick figures" : "Pick other figures"}</h2>
          <div className="compare-picker">
            {comparable.map(([unit, figures]) => (
              <form key={unit} action="/compare" className="panel">
                <fieldset>
                  <legend>In {unit}</legend>
                  {figures.map((f) => (
                    <label key={f.slug} className="check">
                      <input type="checkbox" name="figures" value={f.slug} defaultChecked={chosen.has(f.slug)} /> {f.title}
                    </label>
                  ))}
                </fieldset>
                <button type="submit" className="button">
                  Compare
                </button>
              </form>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
