// Who cites whom: per outlet, each report's chain from the outlet through whom it cites to the
// origin, as nested lists (a screen reader announces the levels; each outlet is a <details> a
// keyboard opens and closes). Above it, the independent sources in words.
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/format-date";
import type { CitationStep, CitationTree } from "@/lib/sources/get-citation-tree";
import { describeSources } from "@/lib/sources/origins";

function Step({ step, isOrigin }: { step: CitationStep; isOrigin: boolean }) {
  const td = useTranslations("directory");
  return (
    <>
      <q>{step.text}</q>
      {step.source ? (
        <>
          {" "}
          ({isOrigin ? <strong>{step.source.name}</strong> : step.source.name}, {td("sourceKind", { kind: step.source.kind })})
        </>
      ) : (
        " (no known source)"
      )}
    </>
  );
}

export function WhoCitesWhom({ tree }: { tree: CitationTree }) {
  const outletCount = tree.outlets.length;
  if (tree.outlets.length === 0) return null;
  return (
    <section className="who-cites-whom" aria-labelledby="who-cites-whom-title" data-testid="who-cites-whom">
      <h2 id="who-cites-whom-title">Who cites whom</h2>
      <p data-testid="figure-sources">
        {outletCount} {outletCount === 1 ? "outlet" : "outlets"} · {describeSources(tree.latest)} in the latest reports for the
        latest period. Outlets that repeat one origin are one voice.
      </p>
      <ul className="cite-tree">
        {tree.outlets.map((o) => (
          <li key={o.outlet}>
            <details open={tree.outlets.length <= 6}>
              <summary>
                {o.outlet} — {o.reports.length + o.more} {o.reports.length + o.more === 1 ? "report" : "reports"}
              </summary>
              <ul>
                {o.reports.map((r) => (
                  <li key={r.id}>
                    <a href={`/observations/${r.id}`}>
                      {r.display}, {formatDate(r.reportedOn)}
                    </a>
                    <ul aria-label="cited chain, nearest first">
                      {r.steps.map((step, i) => (
                        <li key={i}>
                          {i === r.steps.length - 1 ? "origin: " : "cites: "}
                          <Step step={step} isOrigin={i === r.steps.length - 1} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
                {o.more > 0 && <li className="muted">…and {o.more} older reports</li>}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
