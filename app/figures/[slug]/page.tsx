// A figure: how its reported values moved across outlets, and every report behind them.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureView } from "@/components/figures/figure-view";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getFigure } from "@/lib/figures/get-figure";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ logged?: string }> };

async function load(slug: string) {
  try {
    return await getFigure({ db: getDb(), slug });
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { figure } = await load(slug);
  return { title: figure.title, description: figure.description };
}

export default async function FigurePage({ params, searchParams }: Props) {
  const [{ slug }, { logged }] = await Promise.all([params, searchParams]);
  const [detail, actor] = await Promise.all([load(slug), getPageActor()]);
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
      <FigureView initial={detail} loggedId={logged ?? null} />
    </>
  );
}
