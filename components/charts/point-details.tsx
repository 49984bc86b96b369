"use client";
// The part of a chart tooltip that is not inlined in the page: cited sources, quote and link,
// read from GET /api/observations/:id when the reader hovers a point (TanStack Query keeps each
// answer, so moving back and forth asks once). Points that bring their details (the as-of view,
// which must show them as they were) use those instead.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { PointDetails as Details } from "@/lib/figures/chart-series";

async function fetchDetails(id: string): Promise<Details> {
  const res = await fetch(`/api/observations/${encodeURIComponent(id)}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`observation ${id}: ${res.status}`);
  const o = (await res.json()) as Details;
  return { citedSources: o.citedSources, quote: o.quote, url: o.url };
}

export function PointDetails({ id, inline }: { id: string; inline?: Details }) {
  const t = useTranslations("chart");
  const tp = useTranslations("pointDetails");
  const { data, isError } = useQuery({
    queryKey: ["observation", id, "details"],
    queryFn: () => fetchDetails(id),
    enabled: !inline,
    staleTime: 60_000,
  });
  const details = inline ?? data;
  if (!details) {
    return (
      <div className="muted" role="status">
        {isError ? tp("failed") : tp("loading")}
      </div>
    );
  }
  return (
    <>
      <div className="muted">{t("cited", { sources: details.citedSources.join(" › ") || t("noneGiven") })}</div>
      <blockquote className="quote" data-testid="chart-tooltip-quote">
        “{details.quote}”
      </blockquote>
      {details.url && (
        <a href={details.url} rel="noopener noreferrer" target="_blank">
          {t("readArticle")}
        </a>
      )}
    </>
  );
}
