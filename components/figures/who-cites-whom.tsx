// Who cites whom: per outlet, each report's chain from the outlet through whom it cites to the
// origin, as nested lists (a screen reader announces the levels; each outlet is a <details> a
// keyboard opens and closes). Above it, the independent sources in words.
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/format-date";
import type { CitationStep, CitationTree } from "@/lib/sources/get-citation-tree";
import { sourcesInWords } from "@/lib/sources/origins";

function Step({ step, isOrigin }: { step: CitationStep; isOrigin: boolean }) {
  const td = useTranslations("directory");
  const t = useTranslations("sources");
  return (
    <>
      <q>{step.text}</q>
      {step.source ? (
        <>
          {" "}
          ({isOrigin ? <strong>{step.source.name}</strong> : step.source.name},{" "}
          {td("sourceKind", { kind: step.source.kind })})
        </>
      ) : (
        t("noKnownSource")
      )}
    </>
  );
}

export function WhoCitesWhom({ tree }: { tree: CitationTree }) {
  const t = useTranslations("sources");
  const locale = useLocale();
  const outletCount = tree.outlets.length + tree.moreOutlets;
  if (tree.outlets.length === 0) return null;
  return (
    <section className="who-cites-whom" aria-labelledby="who-cites-whom-title" data-testid="who-cites-whom">
      <h2 id="who-cites-whom-title">{t("title")}</h2>
      <p data-testid="figure-sources">
        {t("summary", {
          outlets: t("outlets", { count: outletCount }),
          sources: t("independent", sourcesInWords(tree.latest)),
        })}
      </p>
      <ul className="cite-tree">
        {tree.outlets.map((o) => (
          <li key={o.outlet}>
            <details open={outletCount <= 6}>
              <summary>
                {o.outlet} — {t("reports", { count: o.reports.length + o.more })}
              </summary>
              <ul>
                {o.reports.map((r) => (
                  <li key={r.id}>
                    <a href={`/observations/${r.id}`}>
                      {r.display}, {formatDate(r.reportedOn, locale)}
                    </a>
                    <ul aria-label={t("chain")}>
                      {r.steps.map((step, i) => (
                        <li key={i}>
                          {i === r.steps.length - 1 ? t("origin") : t("cites")}
                          <Step step={step} isOrigin={i === r.steps.length - 1} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
                {o.more > 0 && <li className="muted">{t("more", { count: o.more })}</li>}
              </ul>
            </details>
          </li>
        ))}
        {tree.moreOutlets > 0 && (
          <li className="muted" data-testid="cite-tree-more">
            {t("moreOutlets", { count: tree.moreOutlets })}
          </li>
        )}
      </ul>
    </section>
  );
}
