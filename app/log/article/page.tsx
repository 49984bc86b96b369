// Paste a whole article, tick the numbers to log, save them together (one transaction).
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleLogForm } from "@/components/log/article-log-form";
import { SavedValues } from "@/components/log/saved-values";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listFigureOptions } from "@/lib/figures/list-figure-options";
import { listObservationsById } from "@/lib/observations/list-observations-by-id";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { logArticleAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log a whole article" };

export default async function ArticleLogPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePageRole({ need: "editor", path: "/log/article" });
  const { saved } = await searchParams;
  const [figures, outlets, savedValues] = await Promise.all([
    listFigureOptions({}),
    listOutlets({}),
    listObservationsById({ ids: saved ? saved.split(",") : [] }),
  ]);
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href="/log">Log a value</Link>
          </p>
          <h1>Log a whole article</h1>
          <p className="muted">Paste the article, tick the numbers worth keeping, say which figure each belongs to, and save them together.</p>
        </div>
      </div>
      <SavedValues saved={savedValues} />
      <ArticleLogForm key={saved ?? "new"} figures={figures} outlets={outlets} today={new Date().toISOString().slice(0, 10)} action={logArticleAction} />
    </>
  );
}
