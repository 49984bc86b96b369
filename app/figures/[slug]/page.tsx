// A figure: how its reported values moved across outlets, and every report behind them.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FigureView } from "@/components/figures/figure-view";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseChartState } from "@/lib/figures/chart-state";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { listFigureObservations } from "@/lib/figures/list-figure-observations";
import { EmbedSnippet } from "@/components/figures/embed-snippet";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

// Once per request: generateMetadata and the page share it.
const load = cache(async (slug: string) => {
  try {
    return await getFigureChart({ db: getDb(), slug });
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { figure } = await load(slug);
  return { title: figure.title, description: figure.description };
}

export default async function FigurePage({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const view = parseChartState({ get: (k) => search[k] ?? null });
  const [detail, actor, table] = await Promise.all([
    load(slug),
    getPageActor(),
    listFigureObservations({ db: getDb(), slug, query: { page: view.page, retracted: view.retracted } }),
  ]);
  const { figure } = detail;
  const canEdit = actor !== null && hasRole(actor, "editor");
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href="/">Figures</Link> · {figure.topics.join(" · ")}
          </p>
          <h1>{figure.title}</h1>
          {figure.description && <p className="muted">{figure.description}</p>}
        </div>
        <div style={{ display: "flex", gap: ".5rem" }}>
          <a className="button secondary" href={`/api/figures/${figure.slug}/history.csv`} download>
            Download CSV
          </a>
          {canEdit && (
            <Link className="button" href={`/figures/${figure.slug}/log`}>
              Log a new value
            </Link>
          )}
        </div>
      </div>
      <FigureView initial={detail} initialTable={{ ...table, retracted: view.retracted }} loggedId={search.logged ?? null} />
      <EmbedSnippet slug={figure.slug} title={figure.title} />
    </>
  );
}
